// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert } from './alerts';
import { DEFAULT_THRESHOLDS, evaluateAlerts, parseThresholds } from './alerts';
import { computeDashboard } from './dashboard';
import type { Dashboard } from './dashboard';
import { entry } from './test-fixtures';

/** A dashboard with 10 requests, `errors` of them 500s, all with `ms` latency, and one drifted feature. */
function dashboardWith(errors: number, ms: number, now: number, featurePsi: number | null = null): Dashboard {
  const log = Array.from({ length: 10 }, (_, i) => entry({ startedAt: now - 100 - i, status: i < errors ? 500 : 200, durationMs: ms }));
  const d = computeDashboard(log, { now });
  d.drift = [{ feature: 'body_mass_g', psi: featurePsi, band: null, edges: [], expected: [], actual: [], samples: 0 }];
  return d;
}

describe('evaluateAlerts', () => {
  it('is quiet when everything is below the thresholds', () => {
    expect(evaluateAlerts(dashboardWith(0, 10, 5_000, 0.05), DEFAULT_THRESHOLDS, [])).toEqual([]);
  });

  it('fires error-rate, p95 and drift alerts with value, threshold and what to look at', () => {
    const alerts = evaluateAlerts(dashboardWith(3, 250, 5_000, 7.7), DEFAULT_THRESHOLDS, []);
    expect(alerts.map((a) => a.id)).toEqual(['error-rate', 'p95', 'drift:body_mass_g']);
    expect(alerts[0]).toMatchObject({ value: 0.3, threshold: 0.05, since: 5_000 });
    expect(alerts[0]?.lookAt).toMatch(/5xx/);
    expect(alerts[1]).toMatchObject({ value: 250, threshold: 100 });
    expect(alerts[2]).toMatchObject({ value: 7.7, threshold: 0.25 });
    for (const a of alerts) expect(a.lookAt).toMatch(/^[A-Z].*\.$/);
  });

  it('keeps `since` of an alert that stays active, starts it anew after it cleared', () => {
    const first = evaluateAlerts(dashboardWith(3, 10, 5_000), DEFAULT_THRESHOLDS, []);
    const later = evaluateAlerts(dashboardWith(4, 10, 9_000), DEFAULT_THRESHOLDS, first);
    expect(later[0]).toMatchObject({ id: 'error-rate', since: 5_000, value: 0.4 });
    const cleared = evaluateAlerts(dashboardWith(0, 10, 10_000), DEFAULT_THRESHOLDS, later);
    expect(cleared).toEqual([]);
    const again = evaluateAlerts(dashboardWith(5, 10, 11_000), DEFAULT_THRESHOLDS, cleared);
    expect(again[0]?.since).toBe(11_000);
  });

  it('does not alert on an empty window or a PSI below minSamples', () => {
    const empty = computeDashboard([], { now: 1 });
    expect(evaluateAlerts(empty, { errorRate: 0, p95Ms: 1, psi: 0.01 }, [] as Alert[])).toEqual([]);
    expect(evaluateAlerts(dashboardWith(0, 1, 5_000, null), DEFAULT_THRESHOLDS, [])).toEqual([]);
  });
});

describe('parseThresholds', () => {
  it('accepts the defaults and refuses values out of bounds', () => {
    expect(parseThresholds(DEFAULT_THRESHOLDS)).toEqual(DEFAULT_THRESHOLDS);
    expect(parseThresholds({ errorRate: 1.5, p95Ms: 100, psi: 0.25 })).toBeNull();
    expect(parseThresholds({ errorRate: 0.1, p95Ms: 0, psi: 0.25 })).toBeNull();
    expect(parseThresholds({ errorRate: 0.1, p95Ms: 100, psi: 11 })).toBeNull();
    expect(parseThresholds({ errorRate: 0.1, p95Ms: Number.POSITIVE_INFINITY, psi: 1 })).toBeNull();
    expect(parseThresholds({ errorRate: '0.1', p95Ms: 100, psi: 1 })).toBeNull();
    expect(parseThresholds(null)).toBeNull();
  });

  it('never throws on arbitrary input, and what it accepts is in bounds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ errorRate: fc.double(), p95Ms: fc.double(), psi: fc.double() })), (input) => {
        const t = parseThresholds(input);
        if (t === null) return;
        expect(t.errorRate).toBeGreaterThanOrEqual(0);
        expect(t.errorRate).toBeLessThanOrEqual(1);
        expect(t.p95Ms).toBeGreaterThanOrEqual(1);
        expect(t.p95Ms).toBeLessThanOrEqual(60_000);
        expect(t.psi).toBeGreaterThanOrEqual(0.01);
        expect(t.psi).toBeLessThanOrEqual(10);
      }),
      { numRuns: 2000 },
    );
  });
});
