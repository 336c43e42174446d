import type { Exchange } from '../../core/http/exchange';
import { headerValue } from '../../core/http/exchange';
import { CodeBlock } from '../../ui/code-block';
import { formatBytes } from '../../ui/exchange-summary';
import { HeadersTable } from '../../ui/headers-table';
import { StatusBadge } from '../../ui/status-badge';
import { TimingBar } from './timing-bar';

/** Re-indents JSON bodies for reading; anything else is shown as it came. */
function prettyBody(body: string, contentType: string | null): string {
  if (contentType?.includes('json')) {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      return body;
    }
  }
  return body;
}

/** What the client should do next, by status family: the lesson of each status code in one line. */
function advice(status: number): string {
  if (status >= 500) return 'A server error: your request may be fine. Wait and retry (see Retry-After when present).';
  if (status >= 400) return 'A client error: the request must change before it can succeed. The body says what to fix.';
  if (status >= 200 && status < 300) return 'Success: the server did what was asked.';
  return '';
}

/** The response to the selected exchange: status with meaning, headers, body; or an empty state. */
export function ResponsePanel({ exchange, sending }: { exchange: Exchange | null; sending: boolean }) {
  return (
    <section className="response-panel" aria-labelledby="response-title" aria-busy={sending}>
      <h2 id="response-title">Response</h2>
      {sending && (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Waiting for the server…
        </p>
      )}
      {!exchange && !sending && <p className="muted">Nothing sent yet. Choose a preset, then press “Send request”. The answer appears here.</p>}
      {exchange && <ExchangeResponse exchange={exchange} />}
    </section>
  );
}

function ExchangeResponse({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  if (!res) {
    return (
      <div role="alert" className="callout error">
        <p>{exchange.error}</p>
      </div>
    );
  }
  const type = headerValue(res.headers, 'Content-Type');
  return (
    <div>
      <p className="request-line" aria-live="polite">
        <span className="http-method">{exchange.request.method}</span> <span className="http-url">{exchange.request.url}</span> → <StatusBadge status={res.status} reason={res.statusText} />
      </p>
      <p className="muted">
        {advice(res.status)} {formatBytes(res.bytes)}.
      </p>
      <TimingBar exchange={exchange} />
      <HeadersTable headers={res.headers} caption="Response headers" />
      <h3>Body</h3>
      {res.body === '' ? (
        <p className="muted">Empty body{res.status === 204 ? ': 204 No Content never has one.' : '.'}</p>
      ) : (
        <CodeBlock label="Response body" className="http-body">
          {prettyBody(res.body, type)}
        </CodeBlock>
      )}
    </div>
  );
}
