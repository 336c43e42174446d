import type { Baseline, FeatureRange } from './baseline';
import type { Acc, ColdStart, StatusFamily } from './dashboard-scan';
import { groupDurations, NO_VERSION, scanWindow, sumOf } from './dashboard-scan';
import { createInstanceAnalyzer, driftFromCounts } from './instance-analysis';
import type { RequestLogEntry } from './log-entry';
import type { LatencySummary } from './percentiles';
import { summarizeBySelection, summarizeSorted } from './percentiles';
import type { DriftBand } from './psi';
import { MIN_DRIFT_SAMPLES } from './drift-noise';

export type { ColdStart, StatusFamily } from './dashboard-scan';
export { NO_VERSION } from './dashboard-scan';

/** Traffic of one time slice of the time span. */
export interface TimeBucket {
  /** Bucket start, ms since the Unix epoch. */
  start: number;
  requests: number;
  /** Requests per second over the bucket's length. */
  perSecond: number;
  latency: LatencySummary;
  /** Requests answered with status ≥ 400 or not answered (status 0). */
  errors: number;
  /** errors / requests, 0..1 (0 without requests). */
  errorRate: number;
  statusMix: Record<StatusFamily, number>;
  /** Predicted class → number of instances predicted as it. */
  predicted: Record<string, number>;
  /** Instances whose true label came back as feedback. */
  labelled: number;
  /** Labelled instances the model got right. */
  correct: number;
  /** correct / labelled, or null without labels. */
  accuracy: number | null;
  /** Requests that were cold starts (they loaded a model or waited on a load). */
  coldRequests: number;
}

/** Traffic answered by one model version (canary comparisons). */
export interface VersionStats {
  /** The X-Model-Version that answered, or NO_VERSION for requests no model answered. */
  version: string;
  requests: number;
  latency: LatencySummary;
  /** Latency of the requests that were not cold starts: what the version costs once loaded. */
  warmLatency: LatencySummary;
  /** Cold-start requests of this version (left out of warmLatency). */
  coldRequests: number;
  errorRate: number;
  predicted: Record<string, number>;
  labelled: number;
  accuracy: number | null;
}

/** What PSI reads with no drift at all, for one feature's n and baseline (drift-noise.ts). */
export interface DriftNoise {
  /** The fewest values that get a verdict (below it psi and band are null). */
  minSamples: number;
  /** Training values behind the baseline (m). */
  baselineCount: number;
  /** Mean PSI of no-drift windows at this n and m; NaN without samples. */
  mean: number;
  /** PSI that 95 % of no-drift windows of this n stay below; NaN without samples. */
  p95: number;
}

/** Drift of one feature in the time span against the training baseline. */
export interface FeatureDrift {
  feature: string;
  /** PSI, or null below the minimum sample count. */
  psi: number | null;
  /** How big PSI gets from sampling noise alone at this n (computeDashboard always sets it; hand-built values may omit it). */
  noise?: DriftNoise;
  band: DriftBand | null;
  /** The baseline's cut points (raw units). */
  edges: number[];
  /** Training share per bin. */
  expected: number[];
  /** Share per bin in the time span (all zeros without samples). */
  actual: number[];
  /** Finite numeric values of the feature in the time span. */
  samples: number;
}

/** Everything the live dashboard shows, computed from the log. */
export interface Dashboard {
  /** When it was computed, ms since the Unix epoch. */
  now: number;
  windowMs: number;
  /** Oldest first; the last one holds `now`. */
  buckets: TimeBucket[];
  totals: Omit<TimeBucket, 'start' | 'perSecond'> & { perSecond: number; warmLatency: LatencySummary };
  /** Sorted by version name, NO_VERSION last. */
  versions: VersionStats[];
  drift: FeatureDrift[];
  /** Data-quality issues (checkInstance) over the time span's instances; 0 without `features`. */
  qualityIssues: number;
  /** Model loads whose request started in the time span, oldest first. */
  coldStarts: ColdStart[];
}

/** The dashboard's default time span, ms: the last minute, as a monitoring console's default view. */
export const DEFAULT_WINDOW_MS = 60_000;

/** Options of computeDashboard. */
export interface DashboardOptions {
  /** The present, ms since the Unix epoch. */
  now: number;
  /** Length of the time span, ms (default 60,000). */
  windowMs?: number;
  /** Length of one bucket, ms (default 1,000). */
  bucketMs?: number;
  /** Training baseline: needed for drift. */
  baseline?: Baseline;
  /** Valid ranges: needed for the quality-issue count. */
  features?: readonly FeatureRange[];
  /** Endpoint whose invocations count (default "penguins"). */
  endpoint?: string;
  /** Fewest values of a feature before a PSI is given (default MIN_DRIFT_SAMPLES). */
  minSamples?: number;
}

/** The rates and summaries of one group's counters and latency. */
function finish(acc: Acc, latency: LatencySummary, coldRequests: number) {
  return {
    requests: acc.requests,
    latency,
    errors: acc.errors,
    errorRate: acc.requests === 0 ? 0 : acc.errors / acc.requests,
    statusMix: acc.statusMix,
    predicted: acc.predicted,
    labelled: acc.labelled,
    correct: acc.correct,
    accuracy: acc.labelled === 0 ? null : acc.correct / acc.labelled,
    coldRequests,
  };
}

// One collator, made on first use, not localeCompare with options (which builds a collator per call, 10 a second).
let versionCollator: Intl.Collator | undefined;
const byVersionName = (a: string, b: string) => {
  versionCollator ??= new Intl.Collator('en', { numeric: true });
  return a === NO_VERSION ? 1 : b === NO_VERSION ? -1 : versionCollator.compare(a, b);
};

/**
 * Aggregates the log into the live dashboard; only invocation entries of `endpoint` inside the time span count
 * for traffic charts; accuracy joins feedback entries to invocations by requestId (prediction i vs label i).
 * Buckets are aligned to multiples of `bucketMs` so a bar keeps its place between recomputations; the time span
 * therefore starts at the first bucket's start (up to one bucket more than `windowMs` back). One pass over
 * the entries (see scanWindow); latency percentiles by small sorts per bucket, linear-time selection for larger groups.
 */
export function computeDashboard(entries: readonly RequestLogEntry[], options: DashboardOptions): Dashboard {
  const { now, baseline, features } = options;
  const windowMs = Math.max(1, options.windowMs ?? DEFAULT_WINDOW_MS);
  const bucketMs = Math.max(1, options.bucketMs ?? 1_000);
  const bucketCount = Math.max(1, Math.ceil(windowMs / bucketMs));
  const firstStart = Math.floor(now / bucketMs) * bucketMs - (bucketCount - 1) * bucketMs;
  const analyzer = createInstanceAnalyzer(baseline, features);
  const scan = scanWindow(entries, { endpoint: options.endpoint ?? 'penguins', firstStart, now, bucketMs, bucketCount, analyzer });
  const m = scan.count;

  // Buckets, then versions, then the totals: each step reuses (and overwrites) the scratch buffers of the last, and the
  // totals' selection reorders scan.durations in place, so it runs last.
  const perBucket = groupDurations(scan.durations, scan.bucketOf, m, bucketCount);
  const buckets: TimeBucket[] = [];
  for (let i = 0; i < bucketCount; i++) {
    const s = finish(scan.buckets[i] as Acc, summarizeSorted(perBucket.out.subarray(perBucket.offsets[i], perBucket.offsets[i + 1]).sort()), scan.coldPerBucket[i] as number);
    buckets.push({ start: firstStart + i * bucketMs, ...s, perSecond: s.requests / (bucketMs / 1000) });
  }
  const versionCount = scan.versionNames.length;
  const perVersion = groupDurations(scan.durations, scan.versionOf, m, versionCount);
  const allLatency = scan.versionNames.map((_, v) => summarizeBySelection(perVersion.out.subarray(perVersion.offsets[v], perVersion.offsets[v + 1])));
  // Warm requests keep their version's group; cold ones go to one extra group that is not read (bucketOf is free now).
  const warmGroup = scan.bucketOf;
  for (let i = 0; i < m; i++) warmGroup[i] = scan.coldOf[i] === 1 ? versionCount : (scan.versionOf[i] as number);
  const perWarm = groupDurations(scan.durations, warmGroup, m, versionCount + 1);
  const order = scan.versionNames.map((_, v) => v).sort((a, b) => byVersionName(scan.versionNames[a] as string, scan.versionNames[b] as string));
  const versions: VersionStats[] = [];
  for (const v of order) {
    const warmLatency = summarizeBySelection(perWarm.out.subarray(perWarm.offsets[v], perWarm.offsets[v + 1]));
    const cold = (perVersion.offsets[v + 1] as number) - (perVersion.offsets[v] as number) - ((perWarm.offsets[v + 1] as number) - (perWarm.offsets[v] as number));
    const s = finish(scan.versions[v] as Acc, allLatency[v] as LatencySummary, cold);
    versions.push({ version: scan.versionNames[v] as string, requests: s.requests, latency: s.latency, warmLatency, coldRequests: cold, errorRate: s.errorRate, predicted: s.predicted, labelled: s.labelled, accuracy: s.accuracy });
  }
  const perTemperature = groupDurations(scan.durations, scan.coldOf, m, 2);
  const warmLatency = summarizeBySelection(perTemperature.out.subarray(0, perTemperature.offsets[1]));
  const coldTotal = m - (perTemperature.offsets[1] as number);
  const totals = { ...finish(sumOf(scan.buckets), summarizeBySelection(scan.durations.subarray(0, m)), coldTotal), warmLatency };
  return {
    now,
    windowMs,
    buckets,
    totals: { ...totals, perSecond: totals.requests / (Math.max(bucketMs, now - firstStart) / 1000) },
    versions,
    drift: driftFromCounts(baseline?.features ?? [], scan.binCounts, analyzer.binOffsets, options.minSamples ?? MIN_DRIFT_SAMPLES),
    qualityIssues: scan.qualityIssues,
    coldStarts: scan.coldStarts,
  };
}
