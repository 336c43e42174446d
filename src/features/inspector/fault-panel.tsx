import { useId, useState } from 'react';
import type { FaultConfig } from '../../core/serving/faults';
import { NO_FAULTS } from '../../core/serving/faults';
import { useFaults } from '../../ui/use-faults';

type StatusChoice = 'none' | '429' | '500' | '503';

/** The form as it starts, and as "Clear all faults" leaves it: nothing ticked, so the next Apply injects nothing. */
const FORM_START = { minMs: 300, maxMs: 800, latencyOn: false, status: 'none' as StatusChoice, networkError: false, limited: true, count: 2, cold: 0 };

/** The instructor panel: inject latency, forced statuses, network errors and cold starts into the API. */
export function FaultPanel() {
  const id = useId();
  const faults = useFaults(true);
  const [minMs, setMinMs] = useState(FORM_START.minMs);
  const [maxMs, setMaxMs] = useState(FORM_START.maxMs);
  const [latencyOn, setLatencyOn] = useState(FORM_START.latencyOn);
  const [status, setStatus] = useState<StatusChoice>(FORM_START.status);
  const [networkError, setNetworkError] = useState(FORM_START.networkError);
  const [limited, setLimited] = useState(FORM_START.limited);
  const [count, setCount] = useState(FORM_START.count);
  const [cold, setCold] = useState(FORM_START.cold);
  const badRange = latencyOn && (!(minMs >= 0) || !(maxMs >= minMs) || maxMs > 10_000);
  const badCount = limited && !(Number.isInteger(count) && count >= 1 && count <= 100);
  const badCold = !(Number.isInteger(cold) && cold >= 0 && cold <= 30);
  const invalid = badRange || badCount || badCold;

  const apply = () => {
    const config: FaultConfig = {
      ...NO_FAULTS,
      latency: latencyOn ? { minMs, maxMs } : null,
      status: status === 'none' ? null : (Number(status) as 429 | 500 | 503),
      networkError,
      remaining: limited ? count : null,
      coldStartSeconds: cold,
    };
    faults.injector?.set(config);
  };

  // Clearing the API alone left the boxes ticked, and the next Apply silently brought the faults back.
  const clearAll = () => {
    faults.injector?.clear();
    setMinMs(FORM_START.minMs);
    setMaxMs(FORM_START.maxMs);
    setLatencyOn(FORM_START.latencyOn);
    setStatus(FORM_START.status);
    setNetworkError(FORM_START.networkError);
    setLimited(FORM_START.limited);
    setCount(FORM_START.count);
    setCold(FORM_START.cold);
  };

  return (
    <details className="fault-panel bench-section" id="fault-panel">
      <summary>Instructor panel: inject faults</summary>
      <p className="measure">
        Real networks are slow, servers fail and models take time to load. Switch a fault on, send requests, and see what a client meets. Turn on “robust client” in the request form
        to watch timeouts and retries deal with it.
      </p>
      <p role="status" className={faults.active ? 'fault-state on' : 'fault-state'}>
        Active faults: {faults.description}.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!invalid) apply();
        }}
      >
        <fieldset>
          <legend>Latency</legend>
          <label>
            <input type="checkbox" checked={latencyOn} onChange={(e) => setLatencyOn(e.target.checked)} /> Add a delay
          </label>
          <div className="inline-fields">
            <label htmlFor={`${id}-min`}>From (ms)</label>
            <input id={`${id}-min`} type="number" min={0} max={10000} value={minMs} disabled={!latencyOn} onChange={(e) => setMinMs(e.target.valueAsNumber)} aria-invalid={badRange} />
            <label htmlFor={`${id}-max`}>to (ms)</label>
            <input id={`${id}-max`} type="number" min={0} max={10000} value={maxMs} disabled={!latencyOn} onChange={(e) => setMaxMs(e.target.valueAsNumber)} aria-invalid={badRange} />
          </div>
          {badRange && <p className="field-error">Use 0–10,000 ms, with “to” at least “from”.</p>}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-status`}>Force a status</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as StatusChoice)}>
            <option value="none">No: answer normally</option>
            <option value="429">429 Too Many Requests (with Retry-After)</option>
            <option value="500">500 Internal Server Error</option>
            <option value="503">503 Service Unavailable (with Retry-After)</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={networkError} onChange={(e) => setNetworkError(e.target.checked)} /> Network error (the connection drops; fetch rejects)
        </label>
        <fieldset>
          <legend>For how long</legend>
          <label className="check">
            <input type="radio" name={`${id}-scope`} checked={limited} onChange={() => setLimited(true)} /> The next
            <input className="count-input" type="number" min={1} max={100} value={count} aria-label="Number of requests" onChange={(e) => setCount(e.target.valueAsNumber)} aria-invalid={badCount} /> requests
          </label>
          <label className="check">
            <input type="radio" name={`${id}-scope`} checked={!limited} onChange={() => setLimited(false)} /> Until I clear it
          </label>
          {badCount && <p className="field-error">Use 1–100 requests.</p>}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-cold`}>Cold start after each deploy (seconds, 0 = off)</label>
          <input id={`${id}-cold`} type="number" min={0} max={30} value={cold} onChange={(e) => setCold(e.target.valueAsNumber)} aria-invalid={badCold} />
          {badCold && <p className="field-error">Use 0–30 seconds.</p>}
        </div>
        <div className="button-row">
          <button type="submit" className="primary" disabled={invalid || !faults.injector}>
            Apply faults
          </button>
          <button type="button" onClick={() => faults.injector?.startColdStart(Math.max(1, cold || 5))} disabled={!faults.injector}>
            Start a cold start now
          </button>
          <button type="button" onClick={clearAll} disabled={!faults.injector}>
            Clear all faults
          </button>
        </div>
      </form>
    </details>
  );
}
