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

/** A dashboard of one request per status (0 = a network error, no HTTP answer), all 10 ms. */
function dashboardOf(statuses: readonly number[], now = 5_000): Dashboard {
  return computeDashboard(
    statuses.map((status, i) => entry({ startedAt: now - 100 - i, status })),
    { now },
  );
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

  it('fires only above the error-rate threshold: exactly the threshold is quiet', () => {
    const thresholds = { ...DEFAULT_THRESHOLDS, errorRate: 0.1 };
    // 1 of 10 is exactly 0.1 (the same double as the literal): ">=" instead of ">" would fire here.
    expect(evaluateAlerts(dashboardWith(1, 10, 5_000), thresholds, [])).toEqual([]);
    expect(evaluateAlerts(dashboardWith(2, 10, 5_000), thresholds, []).map((a) => a.id)).toEqual(['error-rate']);
  });

  it('fires only above the p95 and PSI thresholds: exactly the threshold is quiet', () => {
    const thresholds = { errorRate: 0.5, p95Ms: 250, psi: 0.5 };
    expect(evaluateAlerts(dashboardWith(0, 250, 5_000, 0.5), thresholds, [])).toEqual([]);
    expect(evaluateAlerts(dashboardWith(0, 251, 5_000, 0.51), thresholds, []).map((a) => a.id)).toEqual(['p95', 'drift:body_mass_g']);
  });

  it('counts network errors with 5xx when it says where to look', () => {
    // 2 rejected requests (4xx) against 1 server error and 2 network errors: the server side dominates.
    const serverSide = evaluateAlerts(dashboardOf([422, 422, 500, 0, 0, 200]), DEFAULT_THRESHOLDS, []);
    expect(serverSide[0]?.lookAt).toMatch(/^Mostly 5xx or network errors/);
    // Only network errors and no 4xx: still the server side, never "Mostly 4xx".
    expect(evaluateAlerts(dashboardOf([0, 0, 200]), DEFAULT_THRESHOLDS, [])[0]?.lookAt).toMatch(/^Mostly 5xx/);
    // A tie (2 4xx against 1 5xx + 1 network) points at the clients.
    const tie = evaluateAlerts(dashboardOf([422, 400, 500, 0]), DEFAULT_THRESHOLDS, []);
    expect(tie[0]?.lookAt).toMatch(/^Mostly 4xx/);
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

  it('never throws on arbitrary input, and accepts exactly the values in bounds', () => {
    const inBounds = (t: { errorRate: number; p95Ms: number; psi: number }) =>
      t.errorRate >= 0 && t.errorRate <= 1 && t.p95Ms >= 1 && t.p95Ms <= 60_000 && t.psi >= 0.01 && t.psi <= 10;
    // Around the bounds, so both branches run: values a little outside and inside each interval.
    // Uniform on a grid 10 % beyond each side (fc.double is uniform in bits, so nearly all its values sit next to 0).
    const near = (lo: number, hi: number) => fc.integer({ min: -100, max: 1100 }).map((k) => lo + ((hi - lo) * k) / 1000);
    const candidate = fc.record({ errorRate: near(0, 1), p95Ms: near(1, 60_000), psi: near(0.01, 10) });
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.oneof(candidate, candidate, fc.anything(), fc.record({ errorRate: fc.double(), p95Ms: fc.double(), psi: fc.double() })), (input) => {
        const t = parseThresholds(input);
        const numeric = typeof input === 'object' && input !== null && ['errorRate', 'p95Ms', 'psi'].every((k) => typeof (input as Record<string, unknown>)[k] === 'number');
        if (t === null) {
          refused++;
          if (numeric) expect(inBounds(input as { errorRate: number; p95Ms: number; psi: number })).toBe(false);
          return;
        }
        accepted++;
        expect(inBounds(t)).toBe(true);
        expect(t).toEqual({ errorRate: (input as AlertThresholdsLike).errorRate, p95Ms: (input as AlertThresholdsLike).p95Ms, psi: (input as AlertThresholdsLike).psi });
      }),
      { numRuns: 2000 },
    );
    // A property whose accepted branch never runs proves nothing: each branch must run in a good share of runs.
    expect(accepted).toBeGreaterThan(2000 * 0.15);
    expect(refused).toBeGreaterThan(2000 * 0.15);
  });
});

type AlertThresholdsLike = { errorRate: number; p95Ms: number; psi: number };
