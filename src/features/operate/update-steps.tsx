import { StatusBadge } from '../../ui/status-badge';
import type { ReleaseStep } from './use-update-release';

/** The `detail` and field errors of a problem+json body (e.g. a 422 from the PUT), or the body as it came. */
export function UpdateProblemDetail({ body }: { body: string }) {
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

/** Every request this page sent, in order: what it was for, method, path and status (problem detail when it failed). */
export function UpdateSteps({ steps }: { steps: readonly ReleaseStep[] }) {
  return (
    <section aria-labelledby="update-steps-title" className="bench-section">
      <h2 id="update-steps-title">Requests sent from this page</h2>
      {steps.length === 0 ? (
        <p className="muted">None yet. Registering, canary, promote and rollback each send real requests; they are listed here (and in DevTools' Network tab).</p>
      ) : (
        <ol className="update-steps" aria-live="polite">
          {steps.map((s) => (
            <li key={s.exchange.id}>
              <span>{s.purpose}:</span> <code className="http-method">{s.exchange.request.method}</code> <code className="http-url">{s.exchange.request.url}</code> →{' '}
              {s.exchange.response ? <StatusBadge status={s.exchange.response.status} reason={s.exchange.response.statusText} /> : <span className="error-text">{s.exchange.error}</span>}
              {s.exchange.response && s.exchange.response.status >= 400 && <UpdateProblemDetail body={s.exchange.response.body} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
