import type { InstanceAnalyzer } from './instance-analysis';
import type { RequestLogEntry } from './log-entry';

/** Status families of the status-mix chart; "network" is a request that got no HTTP answer (status 0). */
export type StatusFamily = '2xx' | '3xx' | '4xx' | '5xx' | 'network';

/** Version label of requests no model version answered (rejected before the model, or network errors). */
export const NO_VERSION = '(none)';

/** Counters of one group (a bucket, a version, the totals); durations are kept apart in typed arrays. */
export interface Acc {
  requests: number;
  errors: number;
  statusMix: Record<StatusFamily, number>;
  predicted: Record<string, number>;
  labelled: number;
  correct: number;
}

export const newAcc = (): Acc => ({ requests: 0, errors: 0, statusMix: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, network: 0 }, predicted: {}, labelled: 0, correct: 0 });

function family(status: number): StatusFamily | null {
  if (status === 0) return 'network';
  if (status >= 200 && status < 300) return '2xx';
  if (status >= 300 && status < 400) return '3xx';
  if (status >= 400 && status < 500) return '4xx';
  if (status >= 500 && status < 600) return '5xx';
  return null;
}

function add(acc: Acc, e: RequestLogEntry, fam: StatusFamily | null, labels: readonly string[] | undefined): void {
  acc.requests++;
  if (e.status === 0 || e.status >= 400) acc.errors++;
  if (fam) acc.statusMix[fam]++;
  const preds = e.predictions;
  if (!preds) return;
  for (let i = 0; i < preds.length; i++) {
    const p = preds[i] as string;
    acc.predicted[p] = (acc.predicted[p] ?? 0) + 1;
    if (labels && i < labels.length) {
      acc.labelled++;
      if (labels[i] === p) acc.correct++;
    }
  }
}

/** The counters of several groups added up (the window's totals from its buckets: cheaper than a third add per entry). */
export function sumOf(groups: readonly Acc[]): Acc {
  const sum = newAcc();
  for (const g of groups) {
    sum.requests += g.requests;
    sum.errors += g.errors;
    sum.labelled += g.labelled;
    sum.correct += g.correct;
    for (const k of Object.keys(g.statusMix) as StatusFamily[]) sum.statusMix[k] += g.statusMix[k];
    for (const [k, c] of Object.entries(g.predicted)) sum.predicted[k] = (sum.predicted[k] ?? 0) + c;
  }
  return sum;
}

/**
 * Scratch buffers reused between recomputations. Large typed arrays live outside the JS heap; allocating
 * ~300 KB of them twice a second makes V8 run full garbage collections for the external memory, which
 * costs more than the aggregation itself. Nothing returned to callers points into them.
 */
const scratch = { durations: new Float64Array(1024), bucketOf: new Int32Array(1024), versionOf: new Int32Array(1024), coldOf: new Int32Array(1024), grouped: new Float64Array(1024) };

function ensureScratch(n: number): typeof scratch {
  if (scratch.durations.length < n) {
    const size = Math.max(n, scratch.durations.length * 2);
    scratch.durations = new Float64Array(size);
    scratch.bucketOf = new Int32Array(size);
    scratch.versionOf = new Int32Array(size);
    scratch.coldOf = new Int32Array(size);
    scratch.grouped = new Float64Array(size);
  }
  return scratch;
}

/**
 * Durations grouped by `groupOf` (a counting sort into the shared scratch buffer): group g is
 * out.subarray(offsets[g], offsets[g + 1]). The buffer is overwritten by the next call: use it before.
 */
export function groupDurations(durations: Float64Array, groupOf: Int32Array, m: number, groups: number): { out: Float64Array; offsets: Int32Array } {
  const offsets = new Int32Array(groups + 1);
  for (let i = 0; i < m; i++) {
    const slot = (groupOf[i] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let g = 0; g < groups; g++) offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
  const fill = offsets.slice(0, groups);
  const out = ensureScratch(m).grouped;
  for (let i = 0; i < m; i++) {
    const g = groupOf[i] as number;
    out[fill[g] as number] = durations[i] as number;
    fill[g] = (fill[g] as number) + 1;
  }
  return { out, offsets };
}

/** Where the window is and how it is cut, for scanWindow. */
export interface ScanPlan {
  endpoint: string;
  /** Start of the first bucket and the present, ms since the Unix epoch. */
  firstStart: number;
  now: number;
  bucketMs: number;
  bucketCount: number;
  analyzer: InstanceAnalyzer;
}

/** A model load seen in the window: the request that paid for it, and how many others waited on it. */
export interface ColdStart {
  /** The version that loaded (X-Model-Version of the loading request). */
  version: string;
  /** When the loading request started, ms since the Unix epoch. */
  startedAt: number;
  /** How long the loading request took, ms (the load plus the prediction). */
  durationMs: number;
  /** Other invocations that started while the load ran (they queued behind it). */
  waited: number;
}

/** The window's raw sums: counters per bucket and version, durations with their groups, drift bin counts. */
export interface Scan {
  buckets: Acc[];
  versions: Acc[];
  versionNames: string[];
  /** Number of requests in the window: the used length of durations, bucketOf and versionOf (shared scratch buffers, valid until the next scan). */
  count: number;
  durations: Float64Array;
  bucketOf: Int32Array;
  versionOf: Int32Array;
  /** 1 for a cold-start request (it loaded the model, or started while a load ran), else 0. */
  coldOf: Int32Array;
  /** Number of cold-start requests per bucket. */
  coldPerBucket: number[];
  /** Model loads whose request started in the window, oldest first. */
  coldStarts: ColdStart[];
  /** Counts per flat drift bin (see InstanceAnalyzer.binOffsets). */
  binCounts: Float64Array;
  qualityIssues: number;
}

/**
 * The one pass over the log. Kept apart from the result building on purpose: V8 optimizes this hot loop on
 * its own, and a deoptimization in the (cold) building code cannot throw the loop back to the interpreter.
 */
export function scanWindow(entries: readonly RequestLogEntry[], plan: ScanPlan): Scan {
  const { endpoint, firstStart, now, bucketMs, analyzer } = plan;
  // Accepted feedback (2xx) for any time: the label may arrive long after the prediction.
  const labelsById = new Map<string, readonly string[]>();
  for (const e of entries) {
    if (e.kind === 'feedback' && e.feedback && e.status >= 200 && e.status < 300 && e.endpoint === endpoint) for (const f of e.feedback) labelsById.set(f.requestId, f.labels);
  }
  const buckets = Array.from({ length: plan.bucketCount }, newAcc);
  const versionNames: string[] = [];
  const versionIndex = new Map<string, number>();
  const versions: Acc[] = [];
  const { durations, bucketOf, versionOf, coldOf } = ensureScratch(entries.length);
  // Model loads of any version: a request that starts while one runs waits behind it (the same main thread, the same
  // loading promise), so it is as much a cold start as the request that triggered the load.
  // (The log is in order of answers, so a request that waited may come before the load it waited on: loads first.)
  const loads: { start: number; end: number; event: ColdStart | null }[] = [];
  const coldStarts: ColdStart[] = [];
  for (const e of entries) {
    if (e.coldStart !== true || e.kind !== 'invocation' || e.endpoint !== endpoint) continue;
    const inWindow = e.startedAt >= firstStart && e.startedAt <= now;
    const event = inWindow ? { version: e.modelVersion ?? NO_VERSION, startedAt: e.startedAt, durationMs: e.durationMs, waited: 0 } : null;
    if (event) coldStarts.push(event);
    loads.push({ start: e.startedAt, end: e.startedAt + e.durationMs, event });
  }
  coldStarts.sort((a, b) => a.startedAt - b.startedAt);
  const coldPerBucket = new Array<number>(plan.bucketCount).fill(0);
  const binCounts = new Float64Array(analyzer.binOffsets[analyzer.binOffsets.length - 1] as number);
  let count = 0;
  let qualityIssues = 0;

  for (const e of entries) {
    if (e.kind !== 'invocation' || e.endpoint !== endpoint || e.startedAt < firstStart || e.startedAt > now) continue;
    const labels = e.predictions === null || e.requestId === null ? undefined : labelsById.get(e.requestId);
    const fam = family(e.status);
    const b = Math.floor((e.startedAt - firstStart) / bucketMs);
    const name = e.modelVersion ?? NO_VERSION;
    let v = versionIndex.get(name);
    if (v === undefined) {
      v = versionNames.length;
      versionIndex.set(name, v);
      versionNames.push(name);
      versions.push(newAcc());
    }
    add(buckets[b] as Acc, e, fam, labels);
    add(versions[v] as Acc, e, fam, labels);
    durations[count] = e.durationMs;
    bucketOf[count] = b;
    versionOf[count] = v;
    let cold = e.coldStart === true;
    for (const load of loads) {
      if (e.coldStart !== true && load.start <= e.startedAt && e.startedAt < load.end) {
        cold = true;
        if (load.event) load.event.waited++;
      }
    }
    coldOf[count] = cold ? 1 : 0;
    if (cold) coldPerBucket[b] = (coldPerBucket[b] as number) + 1;
    count++;
    qualityIssues += analyzer.analyze(e, binCounts);
  }
  return { buckets, versions, versionNames, count, durations, bucketOf, versionOf, coldOf, coldPerBucket, coldStarts, binCounts, qualityIssues };
}
