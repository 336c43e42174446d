import { memo, useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Alert, AlertThresholds } from '../../core/monitoring/alerts';
import { parseThresholds } from '../../core/monitoring/alerts';
import type { ColdStart } from '../../core/monitoring/dashboard';
import { coldStartSentence, formatClock } from './monitor-format';

interface Draft {
  errorPct: string;
  p95Ms: string;
  psi: string;
}

const toDraft = (t: AlertThresholds): Draft => ({ errorPct: String(Number((t.errorRate * 100).toFixed(2))), p95Ms: String(t.p95Ms), psi: String(t.psi) });

/** Field errors of a draft, in words (empty object: valid). */
function problems(d: Draft): Partial<Record<keyof Draft, string>> {
  const out: Partial<Record<keyof Draft, string>> = {};
  const n = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
  const e = n(d.errorPct);
  if (!(e >= 0 && e <= 100)) out.errorPct = 'Enter a percent from 0 to 100.';
  const p = n(d.p95Ms);
  if (!(p >= 1 && p <= 60_000)) out.p95Ms = 'Enter milliseconds from 1 to 60000.';
  const s = n(d.psi);
  if (!(s >= 0.01 && s <= 10)) out.psi = 'Enter a PSI from 0.01 to 10.';
  return out;
}

const FIELDS: { key: keyof Draft; label: string; step: string; min: number; max: number }[] = [
  { key: 'errorPct', label: 'Error rate above (%)', step: '0.1', min: 0, max: 100 },
  { key: 'p95Ms', label: 'p95 latency above (ms)', step: '1', min: 1, max: 60000 },
  { key: 'psi', label: 'PSI of any feature above', step: '0.01', min: 0.01, max: 10 },
];

const NO_COLD_STARTS: readonly ColdStart[] = [];

/**
 * Alert thresholds (validated inline, stored), the alerts active now (only a newly started alert is announced), and
 * the cold starts of the window, listed apart: a model load is expected once per version, not a reason to page anyone.
 */
export const MonitorAlerts = memo(function MonitorAlerts({
  alerts,
  thresholds,
  onThresholds,
  notice,
  coldStarts = NO_COLD_STARTS,
}: {
  alerts: Alert[];
  thresholds: AlertThresholds;
  onThresholds: (t: AlertThresholds) => void;
  notice: string | null;
  coldStarts?: readonly ColdStart[];
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(thresholds));
  const [announced, setAnnounced] = useState('');
  const known = useRef(new Set<string>());
  const errors = problems(draft);

  useEffect(() => {
    const fresh = alerts.filter((a) => !known.current.has(a.id));
    known.current = new Set(alerts.map((a) => a.id));
    if (fresh.length > 0) setAnnounced(`Alert: ${fresh.map((a) => a.title).join('. ')}.`);
  }, [alerts]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) return;
    const parsed = parseThresholds({ errorRate: Number(draft.errorPct) / 100, p95Ms: Number(draft.p95Ms), psi: Number(draft.psi) });
    if (parsed) onThresholds(parsed);
  };

  return (
    <section className="monitor-section" aria-labelledby="monitor-alerts">
      <h2 id="monitor-alerts">Alerts</h2>
      <p className="measure">
        Nobody watches a dashboard all day. An alert fires when a number crosses a threshold you choose, and tells you where to look.
      </p>
      {notice && <p className="callout">{notice}</p>}
      <form className="alert-form" onSubmit={apply} noValidate aria-label="Alert thresholds">
        {FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`${id}-${f.key}`}>{f.label}</label>
            <input
              id={`${id}-${f.key}`}
              type="number"
              inputMode="decimal"
              step={f.step}
              min={f.min}
              max={f.max}
              value={draft[f.key]}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={errors[f.key] ? `${id}-${f.key}-error` : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
            />
            {errors[f.key] && (
              <p className="field-error" id={`${id}-${f.key}-error`}>
                {errors[f.key]}
              </p>
            )}
          </div>
        ))}
        <div className="alert-form-actions">
          <button type="submit" disabled={Object.keys(errors).length > 0}>
            Apply thresholds
          </button>
        </div>
      </form>
      <div role="alert" className="visually-hidden">
        {announced}
      </div>
      {alerts.length === 0 ? (
        <p className="measure">No alert is active.</p>
      ) : (
        <ul className="alert-list" aria-label="Active alerts">
          {alerts.map((a) => (
            <li key={a.id} className="callout error">
              <p>
                <strong>{a.title}</strong> <span className="muted">since {formatClock(a.since)}</span>
              </p>
              <p>{a.lookAt}</p>
            </li>
          ))}
        </ul>
      )}
      {coldStarts.length > 0 && (
        <>
          <h3>Cold starts (not alerts)</h3>
          <p className="measure">
            The first request a version answers after the page (or a server) starts loads the model: a <strong>cold start</strong>. It is slow once, and the
            requests that arrive meanwhile wait. They are left out of the p95 alert, which watches the endpoint once it is warm.
          </p>
          <ul className="cold-start-list measure" aria-label="Cold starts in the window">
            {coldStarts.map((c) => (
              <li key={`${c.version}-${c.startedAt}`}>{coldStartSentence(c)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
