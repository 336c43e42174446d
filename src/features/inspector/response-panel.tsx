import { useEffect, useRef } from 'react';
import type { AttemptRecord, Exchange } from '../../core/http/exchange';
import { headerValue } from '../../core/http/exchange';
import { CodeBlock } from '../../ui/code-block';
import { formatBytes } from '../../ui/exchange-summary';
import { HeadersTable } from '../../ui/headers-table';
import { PredictionSummary } from '../../ui/prediction-summary';
import { StatusBadge } from '../../ui/status-badge';
import { AnsweredBy } from './answered-by';
import { AttemptTimeline } from './attempt-timeline';
import { PointedRequestBody } from './pointed-request-body';
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
export function statusAdvice(status: number): string {
  if (status >= 500) return 'A server error: your request may be fine. Wait and retry (see Retry-After when present).';
  // RFC 6585 §4: 429 asks the client to slow down, not to change the request; the same request can succeed later.
  if (status === 429) return 'Too many requests: the request itself may be fine. Wait for the time in Retry-After, then send it again.';
  if (status >= 400) return 'A client error: usually the request must change before it can succeed (429 is the exception). The body says what to fix.';
  if (status >= 200 && status < 300) return 'Success: the server did what was asked.';
  return '';
}

/** The response to the selected exchange: status with meaning, headers, body; or an empty state. */
/** The tries of a robust client, as they happen and afterwards. */
function Attempts({ attempts, running }: { attempts: readonly AttemptRecord[]; running: boolean }) {
  if (attempts.length === 0) return null;
  return (
    <div className="attempts">
      <h3>Tries of the robust client</h3>
      <ol>
        {attempts.map((a) => (
          <li key={a.attempt}>
            Try {a.attempt}: {a.outcome} after {a.durationMs.toFixed(0)} ms
            {a.waitMs !== null ? (
              <>
                {' '}
                → waits {a.waitMs} ms before trying again
                {running && a.attempt === attempts.length && <span className="wait-bar" style={{ animationDuration: `${a.waitMs}ms` }} aria-hidden="true" />}
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
      <AttemptTimeline attempts={attempts} />
    </div>
  );
}

/**
 * The response to the selected exchange: status with meaning, headers, body; or an empty state. The status line sits
 * in the panel's one live region (present from the start, so screen readers announce each change), and after each
 * Send (`sentCount` grows) focus moves to it: the button a learner pressed must not drop focus to the page body.
 */
export function ResponsePanel({ exchange, sending, liveAttempts = [], sentCount = 0 }: { exchange: Exchange | null; sending: boolean; liveAttempts?: readonly AttemptRecord[]; sentCount?: number }) {
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (sentCount > 0) statusRef.current?.focus();
  }, [sentCount]);
  const res = exchange?.response ?? null;
  return (
    <section className="response-panel" aria-labelledby="response-title" aria-busy={sending}>
      <h2 id="response-title">Response</h2>
      <div role="status" className="result-status" ref={statusRef} tabIndex={-1}>
        {sending ? (
          <p className="loading">
            <span className="spinner" aria-hidden="true" /> Waiting for the server…
          </p>
        ) : res && exchange ? (
          <p className="request-line">
            <span className="http-method">{exchange.request.method}</span> <span className="http-url">{exchange.request.url}</span> → <StatusBadge status={res.status} reason={res.statusText} />
          </p>
        ) : exchange ? (
          <p className="callout error">{exchange.error}</p>
        ) : null}
      </div>
      {sending && <Attempts attempts={liveAttempts} running />}
      {!exchange && !sending && <p className="muted">Nothing sent yet. Choose a preset, then press “Send request”. The answer appears here.</p>}
      {exchange && !sending && <Attempts attempts={exchange.attempts ?? []} running={false} />}
      {res && exchange && <ExchangeResponse exchange={exchange} />}
    </section>
  );
}

function ExchangeResponse({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  if (!res) return null;
  const type = headerValue(res.headers, 'Content-Type');
  return (
    <div>
      <p className="muted">
        {statusAdvice(res.status)} {formatBytes(res.bytes)}.
      </p>
      <PointedRequestBody exchange={exchange} />
      <AnsweredBy exchange={exchange} />
      <TimingBar exchange={exchange} />
      <HeadersTable headers={res.headers} caption="Response headers" />
      <h3>Body</h3>
      {res.status === 200 && <PredictionSummary body={res.body} />}
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
