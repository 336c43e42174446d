import type { Exchange } from '../../core/http/exchange';
import { headerValue } from '../../core/http/exchange';
import { parseServerTiming } from '../../core/http/server-timing';
import { timingSegments } from './timing-segments';

/** The round trip split into the server's own steps (Server-Timing), the injected delay, the robust client's tries and waits, and everything else (service worker, browser, transfer). */
export function TimingBar({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  if (!res) return null;
  const server = parseServerTiming(headerValue(res.headers, 'Server-Timing')).filter((e) => e.durationMs !== null);
  const total = exchange.durationMs;
  const serverSum = server.reduce((s, e) => s + (e.durationMs as number), 0);
  const segments = timingSegments(exchange);
  const summary = segments.map((s) => `${s.name} ${s.ms.toFixed(1)} ms`).join(', ');
  return (
    <figure className="timing">
      <figcaption>
        <strong>Time:</strong> {total.toFixed(1)} ms round trip, measured by this page.
        {server.length > 0 ? ` The server reports ${serverSum.toFixed(1)} ms of it in Server-Timing.` : ' This response has no Server-Timing header.'}
      </figcaption>
      <div className="timing-bar" role="img" aria-label={`Round trip ${total.toFixed(1)} ms: ${summary}`}>
        {segments.map((s) => (
          <span key={s.kind} className={`timing-seg seg-${s.kind}`} style={{ flexGrow: Math.max(s.ms, total * 0.01) }} />
        ))}
      </div>
      <ul className="timing-legend">
        {segments.map((s) => (
          <li key={s.kind}>
            <span className={`swatch seg-${s.kind}`} aria-hidden="true" /> {s.name}: {s.ms.toFixed(1)} ms
          </li>
        ))}
      </ul>
    </figure>
  );
}
