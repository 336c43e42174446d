import { useId } from 'react';
import type { TrafficScenario } from '../../core/monitoring/traffic';
import { TRAFFIC_LIMITS, TRAFFIC_SCENARIOS } from '../../core/monitoring/traffic';
import type { TrafficCounts } from '../../core/monitoring/traffic-schedule';
import { FEEDBACK_BATCH_MS, FEEDBACK_DELAY_MS, FEEDBACK_SHARE, MAX_IN_FLIGHT } from '../../core/monitoring/traffic-schedule';
import { onceEvery, secondsRange, shareInWords } from './monitor-format';

interface Props {
  running: boolean;
  /** Running but held while the tab is hidden. */
  paused: boolean;
  scenario: TrafficScenario;
  onScenario: (s: TrafficScenario) => void;
  rate: number;
  onRate: (r: number) => void;
  counts: TrafficCounts;
  onStart: () => void;
  onStop: () => void;
  stopReason: string | null;
  /** Why the generator cannot start yet (no held-out rows), or null. */
  disabledReason: string | null;
}

/** The traffic generator's controls: scenario, rate, start/stop and what it sent; only start and stop are announced. */
export function MonitorTrafficControls({ running, paused, scenario, onScenario, rate, onRate, counts, onStart, onStop, stopReason, disabledReason }: Props) {
  const id = useId();
  const status = paused
    ? 'Traffic paused while this tab is hidden: the in-browser API answers the generator only for a visible tab. It goes on when you come back.'
    : running
      ? `Traffic generator running: ${rate} requests per second, scenario ${TRAFFIC_SCENARIOS.find((s) => s.id === scenario)?.label ?? scenario}.` : stopReason ?? (counts.sent > 0 ? 'Traffic generator stopped.' : '');
  return (
    <section className="monitor-section traffic-controls" aria-labelledby="monitor-generator">
      <h2 id="monitor-generator">Send traffic</h2>
      <p className="measure">
        The generator plays the users: it sends new penguins to your endpoint, and the true species of some of them comes back later as feedback.
      </p>
      <details className="under-the-hood">
        <summary>How the generator works</summary>
        <p>
          It runs in a Web Worker, so its timer and <code>fetch</code> calls stay off the page's main thread, where MSW answers every request.
        </p>
      <ul className="measure">
        <li>
          It sends new penguins, drawn per species like the birds in your data but never one of its rows, to <code>POST /api/endpoints/penguins/invocations</code>.
        </li>
        <li>
          For {shareInWords(FEEDBACK_SHARE)} answered requests, the true species comes back {secondsRange(FEEDBACK_DELAY_MS)} later. All the labels due go out{' '}
          {onceEvery(FEEDBACK_BATCH_MS)}, in one call to{' '}
          <code>POST /api/endpoints/penguins/feedback</code>: <code>{'{"feedback": [{"request_id": …, "labels": […]}, …]}'}</code>. Labels from the field come
          late, in batches, and not for every request.
        </li>
        <li>In DevTools (Network panel), the worker shows as the initiator of these requests.</li>
      </ul>
      </details>
      <fieldset className="scenario-group">
        <legend>Scenario</legend>
        {TRAFFIC_SCENARIOS.map((s) => (
          <div className="scenario-option" key={s.id}>
            <input type="radio" id={`${id}-${s.id}`} name={`${id}-scenario`} value={s.id} checked={scenario === s.id} onChange={() => onScenario(s.id)} aria-describedby={`${id}-${s.id}-why`} />
            <label htmlFor={`${id}-${s.id}`}>{s.label}</label>
            <p id={`${id}-${s.id}-why`} className="muted">
              {s.description}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="rate-row">
        <label htmlFor={`${id}-rate`}>Requests per second</label>
        <input
          id={`${id}-rate`}
          type="range"
          min={TRAFFIC_LIMITS.minRate}
          max={TRAFFIC_LIMITS.maxRate}
          step={1}
          value={rate}
          onChange={(e) => onRate(Number(e.target.value))}
        />
        <input
          type="number"
          aria-label="Requests per second (number)"
          min={TRAFFIC_LIMITS.minRate}
          max={TRAFFIC_LIMITS.maxRate}
          step={1}
          value={rate}
          onChange={(e) => e.target.value !== '' && onRate(Number(e.target.value))}
        />
      </div>
      <p className="muted measure">
        {TRAFFIC_LIMITS.minRate}–{TRAFFIC_LIMITS.maxRate} per second. A run stops by itself after {TRAFFIC_LIMITS.maxRequests.toLocaleString('en')} requests or{' '}
        {TRAFFIC_LIMITS.maxMinutes} minutes, or when you press Stop (here or in the header). It keeps running while you visit other pages. At most {MAX_IN_FLIGHT} requests wait for an answer at once; if the endpoint is slower
        than that, the extra ones are dropped and counted.
      </p>
      <div className="generator-actions">
        {running ? (
          <button type="button" onClick={onStop}>
            Stop traffic
          </button>
        ) : (
          <button type="button" className="primary" onClick={onStart} disabled={disabledReason !== null}>
            Start traffic
          </button>
        )}
        {disabledReason && <span className="muted">{disabledReason}</span>}
      </div>
      <dl className="facts generator-counts" aria-label="Traffic generator counts">
        <div>
          <dt>Sent</dt>
          <dd>{counts.sent}</dd>
        </div>
        <div>
          <dt>Answered 2xx</dt>
          <dd>{counts.answered}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd>{counts.failed}</dd>
        </div>
        <div>
          <dt>Dropped</dt>
          <dd>{counts.dropped}</dd>
        </div>
        <div>
          <dt>Labelled requests</dt>
          <dd>{counts.feedback}</dd>
        </div>
      </dl>
      <p role="status" className="generator-status">
        {status}
      </p>
    </section>
  );
}
