import { z } from 'zod';
import type { Dashboard } from './dashboard';

/** When an alert fires: error share (0..1), 95th-percentile latency (ms) and PSI of any feature. */
export interface AlertThresholds {
  errorRate: number;
  p95Ms: number;
  psi: number;
}

/** 5% errors, p95 over 100 ms, PSI over 0.25 (the "major shift" band). */
export const DEFAULT_THRESHOLDS: AlertThresholds = { errorRate: 0.05, p95Ms: 100, psi: 0.25 };

/** A condition that holds now. */
export interface Alert {
  /** 'error-rate' | 'p95' | `drift:${feature}` — stable, so `since` survives recomputation. */
  id: string;
  title: string;
  /** The measured value (same unit as the threshold). */
  value: number;
  threshold: number;
  /** When it first crossed, ms since the Unix epoch. */
  since: number;
  /** One sentence: what to look at. */
  lookAt: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Alerts active now (p95 over warm requests only: cold starts never fire it); keeps `since` of alerts already active in `previous`. Pure. */
export function evaluateAlerts(dashboard: Dashboard, thresholds: AlertThresholds, previous: readonly Alert[]): Alert[] {
  const since = (id: string) => previous.find((a) => a.id === id)?.since ?? dashboard.now;
  const out: Alert[] = [];
  const t = dashboard.totals;
  if (t.requests > 0 && t.errorRate > thresholds.errorRate) {
    out.push({
      id: 'error-rate',
      title: `Error rate ${pct(t.errorRate)} is above ${pct(thresholds.errorRate)}`,
      value: t.errorRate,
      threshold: thresholds.errorRate,
      since: since('error-rate'),
      lookAt: t.statusMix['4xx'] >= t.statusMix['5xx'] + t.statusMix.network ? 'Mostly 4xx: look at what clients send (the data-quality violations and the 422 details).' : 'Mostly 5xx or network errors: look at the server side (injected faults, a version that fails to load).',
    });
  }
  // Cold starts are left out: a model load is a known one-off cost (listed as such on the dashboard), not a slow endpoint.
  const warm = t.warmLatency;
  if (warm.count > 0 && warm.p95 > thresholds.p95Ms) {
    const cold = t.coldRequests > 0 ? ` (${t.coldRequests} cold-start request${t.coldRequests === 1 ? '' : 's'} left out)` : '';
    out.push({
      id: 'p95',
      title: `p95 latency ${warm.p95.toFixed(0)} ms is above ${thresholds.p95Ms} ms${cold}`,
      value: warm.p95,
      threshold: thresholds.p95Ms,
      since: since('p95'),
      lookAt: 'Look at the latency chart per version and the Server-Timing header: a busy main thread or an injected delay.',
    });
  }
  for (const d of dashboard.drift) {
    if (d.psi === null || d.psi <= thresholds.psi) continue;
    const id = `drift:${d.feature}`;
    out.push({
      id,
      title: `${d.feature} drifted: PSI ${d.psi.toFixed(2)} is above ${thresholds.psi}`,
      value: d.psi,
      threshold: thresholds.psi,
      since: since(id),
      lookAt: `Compare the ${d.feature} histogram with training: a new population or a unit mistake upstream.`,
    });
  }
  return out;
}

const thresholdsSchema = z.object({
  errorRate: z.number().min(0).max(1),
  p95Ms: z.number().min(1).max(60_000),
  psi: z.number().min(0.01).max(10),
});

/** Validates thresholds from a form or storage (errorRate 0..1, p95Ms 1..60,000, psi 0.01..10); null when invalid. */
export function parseThresholds(input: unknown): AlertThresholds | null {
  const r = thresholdsSchema.safeParse(input);
  return r.success ? r.data : null;
}
