// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Alert } from './alerts';
import { DEFAULT_THRESHOLDS, evaluateAlerts } from './alerts';
import { computeDashboard } from './dashboard';
import { entry } from './test-fixtures';

// Mutation testing found these alerts' titles and `since` bookkeeping untested: each case below kills one survivor.
const now = 9_000;
function dashboard(errors: number, ms: number, psi: number | null) {
  const log = Array.from({ length: 10 }, (_, i) => entry({ startedAt: now - 100 - i, status: i < errors ? 500 : 200, durationMs: ms }));
  const d = computeDashboard(log, { now });
  d.drift = [{ feature: 'body_mass_g', psi, band: null, edges: [], expected: [], actual: [], samples: 0 }];
  return d;
}

describe('evaluateAlerts: what each alert says', () => {
  it('titles give the measured value and the threshold in their units', () => {
    const alerts = evaluateAlerts(dashboard(3, 150, 0.4), DEFAULT_THRESHOLDS, []);
    expect(alerts.map((a) => a.title)).toEqual(['Error rate 30.0% is above 5.0%', 'p95 latency 150 ms is above 100 ms', 'body_mass_g drifted: PSI 0.40 is above 0.25']);
  });

  it('keeps `since` per alert id: an alert that just fired starts now, even when another alert was already active', () => {
    const earlier: Alert = { id: 'p95', title: '', value: 150, threshold: 100, since: 1_000, lookAt: '' };
    const alerts = evaluateAlerts(dashboard(3, 150, 0.4), DEFAULT_THRESHOLDS, [earlier]);
    expect(Object.fromEntries(alerts.map((a) => [a.id, a.since]))).toEqual({ 'error-rate': now, p95: 1_000, 'drift:body_mass_g': now });
  });
});
