import type { Baseline, FeatureRange } from './baseline';
import type { Acc, StatusFamily } from './dashboard-scan';
import { groupDurations, NO_VERSION, scanWindow, sumOf } from './dashboard-scan';
import { createInstanceAnalyzer, driftFromCounts } from './instance-analysis';
import type { RequestLogEntry } from './log-entry';
import type { LatencySummary } from './percentiles';
import { summarizeBySelection, summarizeSorted } from './percentiles';
import type { DriftBand } from './psi';
import { DEFAULT_MIN_SAMPLES } from './violations';

export type { StatusFamily } from './dashboard-scan';
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
}

/** Traffic answered by one model version (canary comparisons). */
export interface VersionStats {
  /** The X-Model-Version that answered, or NO_VERSION for requests no model answered. */
  version: string;
  requests: number;
  latency: LatencySummary;
  errorRate: number;
  predicted: Record<string, number>;
  labelled: number;
  accuracy: number | null;
}

/** Drift of one feature in the time span against the training baseline. */
export interface FeatureDrift {
  feature: string;
  /** PSI, or null below the minimum sample count. */
  psi: number | null;
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
  totals: Omit<TimeBucket, 'start' | 'perSecond'> & { perSecond: number };
  /** Sorted by version name, NO_VERSION last. */
  versions: VersionStats[];
  drift: FeatureDrift[];
  /** Data-quality issues (checkInstance) over the time span's instances; 0 without `features`. */
  qualityIssues: number;
}

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
  /** Fewest values of a feature before a PSI is given (default 30). */
  minSamples?: number;
}

/** The rates and summaries of one group's counters and latency. */
function finish(acc: Acc, latency: LatencySummary) {
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
  };
}

const byVersionName = (a: string, b: string) => (a === NO_VERSION ? 1 : b === NO_VERSION ? -1 : a.localeCompare(b, 'en', { numeric: true }));

/**
 * Aggregates the log into the live dashboard; only invocation entries of `endpoint` inside the time span count
 * for traffic charts; accuracy joins feedback entries to invocations by requestId (prediction i vs label i).
 * Buckets are aligned to multiples of `bucketMs` so a bar keeps its place between recomputations; the time span
 * therefore starts at the first bucket's start (up to one bucket more than `windowMs` back). One pass over
 * the entries (see scanWindow); latency percentiles by small sorts per bucket, linear-time selection for larger groups.
 */
export function computeDashboard(entries: readonly RequestLogEntry[], options: DashboardOptions): Dashboard {
  const { now, baseline, features } = options;
  const windowMs = Math.max(1, options.windowMs ?? 60_000);
  const bucketMs = Math.max(1, options.bucketMs ?? 1_000);
  const bucketCount = Math.max(1, Math.ceil(windowMs / bucketMs));
  const firstStart = Math.floor(now / bucketMs) * bucketMs - (bucketCount - 1) * bucketMs;
  const analyzer = createInstanceAnalyzer(baseline, features);
  const scan = scanWindow(entries, { endpoint: options.endpoint ?? 'penguins', firstStart, now, bucketMs, bucketCount, analyzer });
  const m = scan.count;

  // Buckets, then versions, then the totals: each step reuses (and overwrites) the scratch buffers of the last.
  const perBucket = groupDurations(scan.durations, scan.bucketOf, m, bucketCount);
  const buckets: TimeBucket[] = [];
  for (let i = 0; i < bucketCount; i++) {
    const s = finish(scan.buckets[i] as Acc, summarizeSorted(perBucket.out.subarray(perBucket.offsets[i], perBucket.offsets[i + 1]).sort()));
    buckets.push({ start: firstStart + i * bucketMs, ...s, perSecond: s.requests / (bucketMs / 1000) });
  }
  const perVersion = groupDurations(scan.durations, scan.versionOf, m, scan.versionNames.length);
  const order = scan.versionNames.map((_, v) => v).sort((a, b) => byVersionName(scan.versionNames[a] as string, scan.versionNames[b] as string));
  const versions: VersionStats[] = [];
  for (const v of order) {
    const s = finish(scan.versions[v] as Acc, summarizeBySelection(perVersion.out.subarray(perVersion.offsets[v], perVersion.offsets[v + 1])));
    versions.push({ version: scan.versionNames[v] as string, requests: s.requests, latency: s.latency, errorRate: s.errorRate, predicted: s.predicted, labelled: s.labelled, accuracy: s.accuracy });
  }
  const totals = finish(sumOf(scan.buckets), summarizeBySelection(scan.durations.subarray(0, m)));
  return {
    now,
    windowMs,
    buckets,
    totals: { ...totals, perSecond: totals.requests / (Math.max(bucketMs, now - firstStart) / 1000) },
    versions,
    drift: driftFromCounts(baseline?.features ?? [], scan.binCounts, analyzer.binOffsets, options.minSamples ?? DEFAULT_MIN_SAMPLES),
    qualityIssues: scan.qualityIssues,
  };
}
