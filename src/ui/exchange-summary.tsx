import type { Exchange } from '../core/http/exchange';
import { HeadersTable } from './headers-table';
import { StatusBadge } from './status-badge';
import { formatCount } from '../core/format/count';

/** Formats a byte count for people: "12,431 bytes (12.1 KiB)". */
export function formatBytes(bytes: number): string {
  const exact = `${formatCount(bytes)} byte${bytes === 1 ? '' : 's'}`;
  return bytes >= 1024 ? `${exact} (${(bytes / 1024).toFixed(1)} KiB)` : exact;
}

/** One exchange at a glance: request line, status, headers both ways, size and time. */
export function ExchangeSummary({ exchange }: { exchange: Exchange }) {
  const { request, response } = exchange;
  return (
    <div className="exchange">
      <p className="request-line">
        <span className="http-method">{request.method}</span> <span className="http-url">{request.url}</span>
      </p>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>{response ? <StatusBadge status={response.status} reason={response.statusText} /> : <span className="error-text">{exchange.error}</span>}</dd>
        </div>
        {response && (
          <div>
            <dt>Size</dt>
            <dd>{formatBytes(response.bytes)}</dd>
          </div>
        )}
        <div>
          <dt>Time</dt>
          <dd>{exchange.durationMs.toFixed(1)} ms (measured by this page)</dd>
        </div>
      </dl>
      <div className="headers-pair">
        <HeadersTable headers={request.headers} caption="Request headers" />
        {response && <HeadersTable headers={response.headers} caption="Response headers" />}
      </div>
    </div>
  );
}
