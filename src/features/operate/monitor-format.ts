import type { ColdStart } from '../../core/monitoring/dashboard';
import { NOISE_COVERAGE } from '../../core/monitoring/drift-noise';
import { DRIFT_BAND_LIMITS } from '../../core/monitoring/psi';
import type { TimeMarker } from './monitor-time-chart';
import { formatClockTime } from '../../core/format/date-time';

/** Milliseconds for the dashboard: "12 ms", "1.4 s", or "—" when there is no value (no requests). */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms < 10 ? ms.toFixed(1) : ms.toFixed(0)} ms`;
}

/** A share 0..1 as a percent with one decimal ("4.0%"), or "—" when unknown. */
export function formatShare(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '—' : `${(x * 100).toFixed(1)}%`;
}

/** A rate in requests per second ("12.0/s"). */
export function formatRate(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(1)}/s` : '—';
}

/** A PSI value with two decimals, or "—" when too few samples gave none. */
export function formatPsi(x: number | null): string {
  return x === null || !Number.isFinite(x) ? '—' : x.toFixed(2);
}

/** A clock time for alert starts ("14:03:27"), in the learner's locale but always with seconds. */
export function formatClock(ms: number): string {
  return formatClockTime(ms);
}

/** A cut point of a histogram as an axis label: whole numbers from 100, one decimal from 10, else two ("3550", "42.3", "3.75"). */
export function edgeLabel(x: number): string {
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A bin of a histogram in words from its edges: "< 3550", "3550–3800", "≥ 5200". */
export function binLabel(edges: readonly number[], i: number): string {
  const fmt = edgeLabel;
  const lo = edges[i - 1];
  const hi = edges[i];
  if (lo === undefined && hi !== undefined) return `< ${fmt(hi)}`;
  if (hi === undefined && lo !== undefined) return `≥ ${fmt(lo)}`;
  if (lo !== undefined && hi !== undefined) return `${fmt(lo)}–${fmt(hi)}`;
  return 'all';
}

/** A share 0..1 in words a class can picture: 0.4 → "about 4 in 10", 0.05 → "about 1 in 20", 1 → "every". */
export function shareInWords(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return 'none';
  if (share >= 1) return 'every';
  const tenths = Math.round(share * 10);
  if (tenths >= 1 && Math.abs(tenths / 10 - share) < 0.005) return `about ${tenths} in 10`;
  return `about 1 in ${Math.round(1 / share)}`;
}

/** How often something happens, from its period in ms: 1000 → "once a second", 2500 → "once every 2.5 seconds". */
export function onceEvery(ms: number): string {
  return ms === 1000 ? 'once a second' : `once every ${Number((ms / 1000).toFixed(1))} seconds`;
}

/** A span in ms as whole seconds ("2–5 seconds"); equal ends give one number. */
export function secondsRange(range: { min: number; max: number }): string {
  const lo = Math.round(range.min / 1000);
  const hi = Math.round(range.max / 1000);
  return lo === hi ? `${lo} second${lo === 1 ? '' : 's'}` : `${lo}–${hi} seconds`;
}

/**
 * What PSI reads with no drift at all at this n, in one sentence, from drift-noise.ts's numbers: "With no drift, PSI
 * from 200 values averages 0.04 and stays below 0.09 in 95 % of windows (5 bins, 235 training values)." Null without values.
 */
export function noiseSentence(noise: { mean: number; p95: number; baselineCount: number }, n: number, bins: number): string | null {
  if (!(n > 0) || !Number.isFinite(noise.mean)) return null;
  const base = `With no drift, PSI from ${n} value${n === 1 ? '' : 's'} averages ${noise.mean.toFixed(2)} and stays below ${noise.p95.toFixed(2)} in ${Math.round(NOISE_COVERAGE * 100)} % of windows (${bins} bins, ${noise.baselineCount} training values).`;
  return noise.p95 >= DRIFT_BAND_LIMITS.moderate ? `${base} Noise alone can reach ${DRIFT_BAND_LIMITS.moderate} here: too few values to tell.` : base;
}

/** One cold start in words: "v1 loaded its model at 14:03:27: the request took 612 ms, and 5 more waited behind it." */
export function coldStartSentence(c: ColdStart): string {
  const waited = c.waited === 0 ? '' : `, and ${c.waited} more request${c.waited === 1 ? '' : 's'} waited behind it`;
  return `${c.version} loaded its model at ${formatClock(c.startedAt)}: the request took ${formatMs(c.durationMs)}${waited}.`;
}

/** The cold starts as markers of a time chart (seconds relative to `now`, ms since the epoch). */
export function coldStartMarkers(coldStarts: readonly ColdStart[], now: number): TimeMarker[] {
  return coldStarts.map((c) => ({ t: Math.round((c.startedAt - now) / 1000), label: `cold start ${c.version}` }));
}
