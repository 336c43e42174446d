// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, evaluateAlerts } from './alerts';
import { computeDashboard } from './dashboard';
import type { RequestLogEntry } from './log-entry';
import { hasModelLoad } from './log-entry';
import { entry } from './test-fixtures';

const NOW = 30_000;

/**
 * The start of a run: the first request loads the model (900 ms, Server-Timing model-load), five more start while
 * it loads and wait behind it, then `warm` requests of `warmMs` each. Entries are in the order the answers came,
 * as the log records them: the waiting ones before the load they waited on.
 */
function coldStartLog(warm: number, warmMs: number): RequestLogEntry[] {
  const waiting = Array.from({ length: 5 }, (_, i) => entry({ startedAt: 10_100 + 100 * i, durationMs: 850 - 100 * i }));
  const load = entry({ startedAt: 10_000, durationMs: 900, coldStart: true });
  const after = Array.from({ length: warm }, (_, i) => entry({ startedAt: 11_000 + 100 * i, durationMs: warmMs }));
  return [...waiting, load, ...after];
}

describe('cold starts on the dashboard', () => {
  it('lists the model load with the requests that waited on it, and counts them apart from the warm latency', () => {
    const d = computeDashboard(coldStartLog(40, 10), { now: NOW });
    expect(d.coldStarts).toEqual([{ version: 'v1', startedAt: 10_000, durationMs: 900, waited: 5 }]);
    expect(d.totals.coldRequests).toBe(6);
    expect(d.totals.latency.p95).toBeGreaterThan(100);
    expect(d.totals.warmLatency).toMatchObject({ count: 40, p95: 10 });
    expect(d.buckets.reduce((s, b) => s + b.coldRequests, 0)).toBe(6);
    expect(d.versions[0]).toMatchObject({ version: 'v1', requests: 46, coldRequests: 6, warmLatency: { count: 40, p95: 10 } });
  });

  it('does not fire the p95 alert from cold-start requests alone', () => {
    const d = computeDashboard(coldStartLog(40, 10), { now: NOW });
    expect(evaluateAlerts(d, DEFAULT_THRESHOLDS, []).map((a) => a.id)).not.toContain('p95');
    // Only the cold start in the window: no warm request, nothing to judge.
    expect(evaluateAlerts(computeDashboard(coldStartLog(0, 10), { now: NOW }), DEFAULT_THRESHOLDS, [])).toEqual([]);
  });

  it('still fires when the warm requests are slow, and says the cold ones were left out', () => {
    const alerts = evaluateAlerts(computeDashboard(coldStartLog(40, 250), { now: NOW }), DEFAULT_THRESHOLDS, []);
    expect(alerts.find((a) => a.id === 'p95')).toMatchObject({ value: 250, title: 'p95 latency 250 ms is above 100 ms (6 cold-start requests left out)' });
  });

  it('marks only requests of the same endpoint that started while the load ran', () => {
    const log = [
      entry({ startedAt: 10_000, durationMs: 900, coldStart: true }),
      entry({ startedAt: 10_900, durationMs: 300 }),
      entry({ startedAt: 10_500, durationMs: 300, endpoint: 'other' }),
    ];
    const d = computeDashboard(log, { now: NOW });
    expect(d.totals.coldRequests).toBe(1);
    expect(d.coldStarts[0]?.waited).toBe(0);
  });
});

describe('hasModelLoad', () => {
  it('finds a model-load metric in a Server-Timing value, and nothing else', () => {
    expect(hasModelLoad('validate;dur=0.40;desc="parse and validate", model-load;dur=612.00;desc="cold start: load weights", inference;dur=3')).toBe(true);
    expect(hasModelLoad('model-load;dur=5')).toBe(true);
    expect(hasModelLoad('validate;dur=0.40, inference;dur=3;desc="model-load"')).toBe(false);
    expect(hasModelLoad('model-loader;dur=1')).toBe(false);
    expect(hasModelLoad(null)).toBe(false);
    expect(hasModelLoad('')).toBe(false);
  });
});
