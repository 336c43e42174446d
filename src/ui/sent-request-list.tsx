import type { Exchange } from '../core/http/exchange';
import { StatusBadge } from './status-badge';

/** One request a page sent, with what it was for ("Register the model"). */
export interface SentRequest {
  purpose: string;
  exchange: Exchange;
}

/** The `detail` and field errors of a problem+json body (e.g. a 422 from a PUT), or the body as it came. */
function ProblemDetail({ body }: { body: string }) {
  let detail = body;
  let errors: { pointer: string; message: string }[] = [];
  try {
    const p = JSON.parse(body) as { detail?: string; errors?: { pointer: string; message: string }[] };
    detail = p.detail ?? body;
    errors = Array.isArray(p.errors) ? p.errors : [];
  } catch {
    // Not JSON: show the text as it came.
  }
  return (
    <div className="problem-detail">
      <p>{detail}</p>
      {errors.length > 0 && (
        <ul>
          {errors.slice(0, 5).map((e) => (
            <li key={`${e.pointer}-${e.message}`}>
              <code>{e.pointer}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Every request a page sent, in order: what it was for, method, path and status (problem detail when it failed); announced as it grows. */
export function SentRequestList({ requests, className }: { requests: readonly SentRequest[]; className: string }) {
  return (
    <ol className={className} aria-live="polite">
      {requests.map((s) => (
        <li key={s.exchange.id}>
          <span>{s.purpose}:</span> <code className="http-method">{s.exchange.request.method}</code> <code className="http-url">{s.exchange.request.url}</code> →{' '}
          {s.exchange.response ? <StatusBadge status={s.exchange.response.status} reason={s.exchange.response.statusText} /> : <span className="error-text">{s.exchange.error}</span>}
          {s.exchange.response && s.exchange.response.status >= 400 && <ProblemDetail body={s.exchange.response.body} />}
        </li>
      ))}
    </ol>
  );
}
