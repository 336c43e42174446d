// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Acc, ScanPlan } from './dashboard-scan';
import { groupDurations, NO_VERSION, newAcc, scanWindow, sumOf } from './dashboard-scan';
import { createInstanceAnalyzer } from './instance-analysis';
import type { RequestLogEntry } from './log-entry';
import { entry } from './test-fixtures';

// Three 1 s buckets: [1000, 2000), [2000, 3000), [3000, now = 3999].
const plan: ScanPlan = { endpoint: 'penguins', firstStart: 1_000, now: 3_999, bucketMs: 1_000, bucketCount: 3, analyzer: createInstanceAnalyzer(undefined, undefined) };
const scan = (entries: RequestLogEntry[], over: Partial<ScanPlan> = {}) => scanWindow(entries, { ...plan, ...over });
const feedback = (requestId: string, labels: string[], over: Partial<RequestLogEntry> = {}) =>
  entry({ kind: 'feedback', startedAt: 5_000, status: 202, modelVersion: null, feedback: [{ requestId, labels }], ...over });

describe('scanWindow: which entries count', () => {
  it('keeps invocations of the endpoint that started from the first bucket start to now, both ends included', () => {
    const s = scan([
      entry({ startedAt: 999, durationMs: 1 }),
      entry({ startedAt: 1_000, durationMs: 2 }),
      entry({ startedAt: 1_999, durationMs: 3 }),
      entry({ startedAt: 2_000, durationMs: 4 }),
      entry({ startedAt: 3_999, durationMs: 5 }),
      entry({ startedAt: 4_000, durationMs: 6 }),
      entry({ startedAt: 2_500, durationMs: 7, endpoint: 'other' }),
      entry({ startedAt: 2_500, durationMs: 8, kind: 'other' }),
    ]);
    expect(s.count).toBe(4);
    expect(Array.from(s.durations.subarray(0, 4))).toEqual([2, 3, 4, 5]);
    expect(Array.from(s.bucketOf.subarray(0, 4))).toEqual([0, 0, 1, 2]);
    expect(s.buckets.map((b) => b.requests)).toEqual([2, 1, 1]);
  });

  it('sorts statuses into families at each boundary; 0 and ≥ 400 are errors, 199 and 600 have no family', () => {
    const statuses = [0, 199, 200, 299, 300, 399, 400, 499, 500, 599, 600];
    const s = scan(statuses.map((status) => entry({ startedAt: 1_500, status })));
    expect(s.buckets[0]?.statusMix).toEqual({ '2xx': 2, '3xx': 2, '4xx': 2, '5xx': 2, network: 1 });
    expect(s.buckets[0]).toMatchObject({ requests: 11, errors: 6 });
  });

  it('groups by version in order of first appearance, requests without one under NO_VERSION', () => {
    const s = scan([entry({ startedAt: 1_000, modelVersion: 'v2' }), entry({ startedAt: 1_100, modelVersion: null, status: 422 }), entry({ startedAt: 1_200, modelVersion: 'v1' }), entry({ startedAt: 1_300, modelVersion: 'v2' })]);
    expect(s.versionNames).toEqual(['v2', NO_VERSION, 'v1']);
    expect(s.versions.map((v) => v.requests)).toEqual([2, 1, 1]);
    expect(Array.from(s.versionOf.subarray(0, 4))).toEqual([0, 1, 2, 0]);
  });

  it('grows its buffers past 1,024 requests', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => entry({ startedAt: 1_000 + i, durationMs: i }));
    const s = scan(many);
    expect(s.count).toBe(3_000);
    expect(s.durations[2_999]).toBe(2_999);
    expect(s.bucketOf[2_999]).toBe(2);
    expect(s.coldOf[2_999]).toBe(0);
  });
});

describe('scanWindow: labels', () => {
  it('joins accepted (2xx) feedback of the endpoint by request id, label i to prediction i, at any time', () => {
    const s = scan([
      entry({ startedAt: 1_000, requestId: 'a', predictions: ['Adelie', 'Gentoo', 'Adelie'] }),
      entry({ startedAt: 1_100, requestId: 'b', predictions: ['Gentoo'] }),
      entry({ startedAt: 1_200, requestId: 'c', predictions: ['Gentoo'] }),
      entry({ startedAt: 1_300, requestId: 'd', predictions: ['Gentoo'] }),
      entry({ startedAt: 1_400, requestId: 'e', predictions: ['Gentoo'] }),
      entry({ startedAt: 1_500, requestId: 'f', predictions: ['Gentoo'] }),
      entry({ startedAt: 1_600, requestId: null, predictions: ['Gentoo'] }),
      // Two labels for three predictions: the third stays unlabelled.
      feedback('a', ['Adelie', 'Adelie']),
      feedback('b', ['Gentoo'], { status: 200 }),
      feedback('c', ['Gentoo'], { status: 299 }),
      feedback('d', ['Gentoo'], { status: 300 }),
      feedback('e', ['Gentoo'], { status: 199 }),
      feedback('f', ['Gentoo'], { endpoint: 'other' }),
      entry({ kind: 'invocation', requestId: 'x', feedback: [{ requestId: 'f', labels: ['Gentoo'] }] }),
      feedback('g', ['Gentoo'], { feedback: null }),
    ]);
    const b = s.buckets[0] as Acc;
    expect(b.predicted).toEqual({ Adelie: 2, Gentoo: 7 });
    // a: 2 labelled, 1 right; b and c: 1 each, right.
    expect([b.labelled, b.correct]).toEqual([4, 3]);
  });

  it('gives no labels to a request without predictions', () => {
    const s = scan([entry({ startedAt: 1_000, requestId: 'a', predictions: null, status: 500 }), feedback('a', ['Adelie'])]);
    expect([s.buckets[0]?.labelled, s.buckets[0]?.predicted]).toEqual([0, {}]);
  });
});

describe('scanWindow: cold starts', () => {
  it('marks a load and the requests that started while it ran (start included, end excluded), oldest load first', () => {
    const s = scan([
      // Answered before the loads they waited on, as the log records them.
      entry({ startedAt: 1_000, durationMs: 50 }), // the first load's start: waited
      entry({ startedAt: 1_499, durationMs: 50 }), // last ms of the first load: waited
      entry({ startedAt: 1_500, durationMs: 50 }), // the first load has ended: warm
      entry({ startedAt: 2_600, durationMs: 50 }), // during the second load
      entry({ startedAt: 2_200, durationMs: 900, coldStart: true, modelVersion: 'v2' }),
      entry({ startedAt: 1_000, durationMs: 500, coldStart: true, modelVersion: null, status: 500 }),
      entry({ startedAt: 3_500, durationMs: 100, coldStart: true, endpoint: 'other' }),
      entry({ startedAt: 3_500, durationMs: 100, coldStart: true, kind: 'feedback' }),
      entry({ startedAt: 3_550, durationMs: 10 }), // only other endpoints' and feedback's "loads" run now: warm
    ]);
    expect(s.coldStarts).toEqual([
      { version: NO_VERSION, startedAt: 1_000, durationMs: 500, waited: 2 },
      { version: 'v2', startedAt: 2_200, durationMs: 900, waited: 1 },
    ]);
    expect(Array.from(s.coldOf.subarray(0, s.count))).toEqual([1, 1, 0, 1, 1, 1, 0]);
    expect(s.coldPerBucket).toEqual([3, 2, 0]);
  });

  it('counts waits on a load that started before the window but lists only loads inside it', () => {
    const s = scan([
      entry({ startedAt: 800, durationMs: 400, coldStart: true }),
      entry({ startedAt: 1_100, durationMs: 10 }),
      entry({ startedAt: 1_300, durationMs: 10 }),
      entry({ startedAt: 3_999, durationMs: 10, coldStart: true }),
      entry({ startedAt: 4_000, durationMs: 10, coldStart: true }),
    ]);
    expect(s.coldStarts).toEqual([{ version: 'v1', startedAt: 3_999, durationMs: 10, waited: 0 }]);
    expect(Array.from(s.coldOf.subarray(0, s.count))).toEqual([1, 0, 1]);
  });
});

describe('scanWindow: instances', () => {
  it('bins the finite values of the window’s instances and counts their quality issues', () => {
    const baseline = { features: [{ name: 'body_mass_g', edges: [3_000, 5_000], expected: [0.3, 0.4, 0.3], count: 10, mean: 0, std: 0 }] };
    const features = [{ name: 'body_mass_g', min: 1_000, max: 10_000 }];
    const s = scan(
      [
        entry({ startedAt: 1_000, instances: [{ body_mass_g: 2_000 }, { body_mass_g: 4_000 }, { body_mass_g: 'x' }] }),
        entry({ startedAt: 2_000, instances: [{ body_mass_g: 6_000 }, { body_mass_g: 12_000 }] }),
        entry({ startedAt: 900, instances: [{ body_mass_g: 2_000 }, {}] }),
      ],
      { analyzer: createInstanceAnalyzer(baseline, features) },
    );
    expect(Array.from(s.binCounts)).toEqual([1, 1, 2]);
    expect(s.qualityIssues).toBe(2);
  });
});

describe('groupDurations', () => {
  it('sorts the first m durations into their groups, keeping the order inside a group', () => {
    const { out, offsets } = groupDurations(Float64Array.from([5, 1, 3, 2, 9]), Int32Array.from([2, 0, 2, 0, 1]), 4, 3);
    expect(Array.from(offsets)).toEqual([0, 2, 2, 4]);
    expect(Array.from(out.subarray(0, 4))).toEqual([1, 2, 5, 3]);
  });
});

describe('sumOf', () => {
  it('adds counters, status families and predicted classes of the groups', () => {
    const a: Acc = { requests: 3, errors: 1, statusMix: { '2xx': 2, '3xx': 0, '4xx': 1, '5xx': 0, network: 0 }, predicted: { Adelie: 2 }, labelled: 2, correct: 1 };
    const b: Acc = { requests: 2, errors: 2, statusMix: { '2xx': 0, '3xx': 1, '4xx': 0, '5xx': 0, network: 1 }, predicted: { Adelie: 1, Gentoo: 4 }, labelled: 1, correct: 1 };
    expect(sumOf([a, b, newAcc()])).toEqual({ requests: 5, errors: 3, statusMix: { '2xx': 2, '3xx': 1, '4xx': 1, '5xx': 0, network: 1 }, predicted: { Adelie: 3, Gentoo: 4 }, labelled: 3, correct: 2 });
    expect(sumOf([])).toEqual(newAcc());
  });
});
