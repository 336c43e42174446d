import type { AttemptRecord } from '../../core/http/exchange';

/** The robust client's tries and the waits between them, drawn to scale from left to right. */
export function AttemptTimeline({ attempts }: { attempts: readonly AttemptRecord[] }) {
  const steps = attempts.flatMap((a) => [
    { key: `try-${a.attempt}`, kind: 'try', ms: a.durationMs, short: `${a.attempt}`, long: `try ${a.attempt} ${a.outcome}, ${a.durationMs.toFixed(0)} ms` },
    ...(a.waitMs !== null ? [{ key: `wait-${a.attempt}`, kind: 'wait', ms: a.waitMs, short: '', long: `wait ${a.waitMs} ms` }] : []),
  ]);
  const total = steps.reduce((s, x) => s + x.ms, 0);
  return (
    <div className="attempt-timeline" role="img" aria-label={`Timeline, ${total.toFixed(0)} ms in all: ${steps.map((s) => s.long).join(', then ')}`}>
      {steps.map((s) => (
        <span key={s.key} className={`timeline-step step-${s.kind}`} style={{ flexGrow: Math.max(s.ms, total * 0.02) }} title={s.long}>
          {s.short}
        </span>
      ))}
    </div>
  );
}
