import { FEATURE_UNITS, FEATURES, VALID_RANGES } from '../data/penguins';
import { referenceSplit, toMatrix } from '../data/reference-split';
import type { Baseline, FeatureRange } from './baseline';
import { computeBaseline } from './baseline';
import type { RequestLogEntry } from './log-entry';
import type { SourceRow } from './traffic';
import { toSourceRows } from './simulated-log';

/** The valid ranges v1 ships in preprocessing.json (the same VALID_RANGES), as the endpoint enforces them. */
export const V1_FEATURES: readonly FeatureRange[] = FEATURES.map((name) => ({ name, min: VALID_RANGES[name][0], max: VALID_RANGES[name][1], unit: FEATURE_UNITS[name] }));

/**
 * The reference split's training baseline, its held-out rows, and every row as the monitor page gives them to the
 * traffic generator (`trafficRows`: the birds are drawn like them), for tests and benchmarks.
 */
export function referenceMonitoring(): { baseline: Baseline; heldOut: SourceRow[]; trafficRows: SourceRow[] } {
  const split = referenceSplit();
  return {
    baseline: computeBaseline(toMatrix(split.train).x, V1_FEATURES),
    heldOut: toSourceRows([...split.validation, ...split.test]),
    trafficRows: toSourceRows([...split.train, ...split.validation, ...split.test]),
  };
}

/** A log entry with defaults (a 200 invocation of "penguins" by v1); override what the test is about. */
export function entry(over: Partial<RequestLogEntry>): RequestLogEntry {
  return {
    seq: 1,
    requestId: null,
    startedAt: 0,
    durationMs: 10,
    method: 'POST',
    path: '/api/endpoints/penguins/invocations',
    kind: 'invocation',
    endpoint: 'penguins',
    status: 200,
    modelVersion: 'v1',
    client: null,
    instances: null,
    predictions: null,
    feedback: null,
    requestBody: null,
    ...over,
  };
}

/**
 * A builder of log entries numbered as a log fills (seq 1, 2, 3…, each started at `startedAt(seq)`), on top of
 * `defaults`: for tests where order and time matter. The count runs on across the tests that share the builder.
 */
export function numberedEntries(defaults: Partial<RequestLogEntry>, startedAt: (seq: number) => number): (over: Partial<RequestLogEntry>) => RequestLogEntry {
  let seq = 0;
  return (over) => {
    seq += 1;
    return entry({ seq, startedAt: startedAt(seq), ...defaults, ...over });
  };
}
