// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { Baseline } from './baseline';
import { computeDashboard, NO_VERSION } from './dashboard';
import { psi } from './psi';
import { simulateLog } from './simulated-log';
import { entry, referenceMonitoring, V1_FEATURES } from './test-fixtures';

const feedback = (startedAt: number, requestId: string, labels: string[], status = 202) =>
  entry({ kind: 'feedback', path: '/api/endpoints/penguins/feedback', startedAt, status, modelVersion: null, feedback: [{ requestId, labels }] });

// Window: now 10,500, 3 s in 1 s buckets aligned to whole seconds → buckets start at 8,000, 9,000, 10,000.
const log = [
  entry({ startedAt: 7_999, requestId: 'old', predictions: ['Adelie'] }),
  entry({ startedAt: 8_000, requestId: 'a', durationMs: 10, predictions: ['Adelie'], instances: [{ bill_length_mm: 39, body_mass_g: 4000 }] }),
  entry({ startedAt: 8_500, status: 422, modelVersion: null, durationMs: 2, instances: [{ body_mass_g: 3.75 }] }),
  entry({ startedAt: 9_000, endpoint: 'other', path: '/api/endpoints/other/invocations', predictions: ['Chinstrap'] }),
  entry({ startedAt: 9_100, requestId: 'b', modelVersion: 'v2', durationMs: 30, predictions: ['Gentoo', 'Adelie'], instances: [{ bill_length_mm: 50, body_mass_g: 5000 }, { bill_length_mm: 50, body_mass_g: 'x' }] }),
  entry({ startedAt: 9_200, kind: 'other', method: 'GET', path: '/api/ping', endpoint: null }),
  entry({ startedAt: 9_500, status: 400, modelVersion: null, durationMs: 1, instances: null }),
  entry({ startedAt: 10_200, status: 0, modelVersion: null, durationMs: 5 }),
  entry({ startedAt: 10_300, status: 500, durationMs: 20 }),
  entry({ startedAt: 10_600, predictions: ['Adelie'] }),
  feedback(9_000, 'a', ['Adelie']),
  feedback(12_000, 'b', ['Gentoo', 'Gentoo']),
  feedback(12_100, 'a', ['Gentoo'], 422),
  feedback(12_200, 'old', ['Gentoo']),
];
const features = [
  { name: 'bill_length_mm', min: 10, max: 100 },
  { name: 'body_mass_g', min: 1000, max: 10000 },
];
const baseline: Baseline = { features: [{ name: 'body_mass_g', edges: [1000], expected: [0.5, 0.5], count: 2, mean: 0, std: 0 }] };

describe('computeDashboard on a hand-made log', () => {
  // Computed inside each test: Stryker activates a mutant per test, so a result computed at collection time would never see it.
  const compute = () => computeDashboard(log, { now: 10_500, windowMs: 3_000, bucketMs: 1_000, baseline, features, minSamples: 1 });

  it('cuts the window into aligned buckets and counts only invocations of the endpoint inside it', () => {
    const d = compute();
    expect(d.buckets.map((b) => b.start)).toEqual([8_000, 9_000, 10_000]);
    expect(d.buckets.map((b) => b.requests)).toEqual([2, 2, 2]);
    expect(d.buckets.map((b) => b.perSecond)).toEqual([2, 2, 2]);
    expect(d.totals.requests).toBe(6);
    expect(d.totals.perSecond).toBeCloseTo(6 / 2.5, 12);
  });

  it('counts errors (≥ 400 or no answer) and the status mix', () => {
    const d = compute();
    expect(d.buckets.map((b) => b.errors)).toEqual([1, 1, 2]);
    expect(d.buckets.map((b) => b.errorRate)).toEqual([0.5, 0.5, 1]);
    expect(d.buckets[2]?.statusMix).toEqual({ '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 1, network: 1 });
    expect(d.totals.statusMix).toEqual({ '2xx': 2, '3xx': 0, '4xx': 2, '5xx': 1, network: 1 });
    expect(d.totals.errorRate).toBeCloseTo(4 / 6, 12);
  });

  it('summarizes latency per bucket and overall (numpy linear percentiles)', () => {
    const d = compute();
    expect(d.buckets[0]?.latency).toMatchObject({ count: 2, p50: 6 });
    expect(d.totals.latency.p50).toBe(7.5); // np.percentile([1, 2, 5, 10, 20, 30], 50)
    expect(d.totals.latency.p95).toBeCloseTo(27.5, 10);
  });

  it('counts predictions and joins accepted feedback by request id, label i to prediction i', () => {
    const d = compute();
    expect(d.buckets[1]?.predicted).toEqual({ Gentoo: 1, Adelie: 1 });
    expect(d.buckets.map((b) => [b.labelled, b.correct, b.accuracy])).toEqual([
      [1, 1, 1],
      [2, 1, 0.5],
      [0, 0, null],
    ]);
    expect(d.totals).toMatchObject({ labelled: 3, correct: 2 });
    expect(d.totals.accuracy).toBeCloseTo(2 / 3, 12);
  });

  it('splits traffic per version, requests without a version last', () => {
    const d = compute();
    expect(d.versions.map((v) => [v.version, v.requests, v.errorRate, v.accuracy])).toEqual([
      ['v1', 2, 0.5, 1],
      ['v2', 1, 0, 0.5],
      [NO_VERSION, 3, 1, null],
    ]);
  });

  it('bins the window’s feature values against the baseline and counts quality issues', () => {
    const d = compute();
    expect(d.drift).toHaveLength(1);
    const drift = d.drift[0];
    expect(drift).toMatchObject({ feature: 'body_mass_g', samples: 3, edges: [1000], expected: [0.5, 0.5] });
    expect(drift?.actual[0]).toBeCloseTo(1 / 3, 12);
    expect(drift?.psi).toBeCloseTo(psi([0.5, 0.5], [1 / 3, 2 / 3]), 12);
    expect(drift?.band).toBe('moderate');
    // missing bill_length_mm + body_mass_g out of range (8,500), body_mass_g "x" (9,100)
    expect(d.qualityIssues).toBe(3);
  });

  it('gives no PSI below minSamples (default 30) and no drift without a baseline', () => {
    const defaults = computeDashboard(log, { now: 10_500, windowMs: 3_000, baseline });
    expect(defaults.drift[0]).toMatchObject({ psi: null, band: null, samples: 3 });
    expect(defaults.buckets).toHaveLength(3);
    const bare = computeDashboard(log, { now: 10_500 });
    expect(bare.buckets).toHaveLength(60);
    expect(bare.drift).toEqual([]);
    expect(bare.qualityIssues).toBe(0);
  });

  it('is empty but well-formed for an empty log', () => {
    const empty = computeDashboard([], { now: 1_000_000 });
    expect(empty.totals).toMatchObject({ requests: 0, errorRate: 0, accuracy: null, perSecond: 0 });
    expect(empty.totals.latency.p95).toBeNaN();
    expect(empty.versions).toEqual([]);
  });
});

describe('computeDashboard on simulated traffic', () => {
  it('never throws on malformed traffic and sees the drift of a unit mistake', () => {
    const { baseline: training, trafficRows } = referenceMonitoring();
    const rng = createRng(5);
    const sim = simulateLog({ rows: trafficRows, features: V1_FEATURES, random: rng, count: 600, scenario: (i) => (i < 300 ? 'broken-client' : 'unit-mistake'), start: 0, gapMs: 100, feedbackShare: 0.3 });
    const d = computeDashboard(sim, { now: 59_999, baseline: training, features: V1_FEATURES });
    expect(d.totals.requests).toBe(600);
    expect(d.drift.find((f) => f.feature === 'body_mass_g')?.band).toBe('major');
    expect(d.drift.find((f) => f.feature === 'bill_length_mm')?.band).toBe('none');
    expect(d.totals.statusMix['4xx']).toBeGreaterThan(300);
  });
});

describe('computeDashboard options and versions', () => {
  it('clamps the time span and bucket to at least 1 ms and rounds the bucket count up', () => {
    const tiny = computeDashboard([], { now: 10, windowMs: 5, bucketMs: 0 });
    expect(tiny.buckets.map((b) => b.start)).toEqual([6, 7, 8, 9, 10]);
    expect(computeDashboard([], { now: 10, windowMs: 0 })).toMatchObject({ windowMs: 1, buckets: [{ start: 0 }] });
    expect(computeDashboard([], { now: 10_000, windowMs: 2_200, bucketMs: 1_000 }).buckets.map((b) => b.start)).toEqual([8_000, 9_000, 10_000]);
  });

  it('gives requests per second of each bucket and of the time span up to now (at least one bucket long)', () => {
    const log = [entry({ startedAt: 9_600 }), entry({ startedAt: 10_000 }), entry({ startedAt: 10_000 }), entry({ startedAt: 10_000 })];
    const half = computeDashboard(log, { now: 10_000, windowMs: 1_000, bucketMs: 500 });
    expect(half.buckets.map((b) => [b.start, b.requests, b.perSecond])).toEqual([
      [9_500, 1, 2],
      [10_000, 3, 6],
    ]);
    expect(half.totals.perSecond).toBe(8); // 4 requests over 500 ms
    // now is a bucket's first millisecond: the span so far is 0 ms long, so it counts as one bucket.
    expect(computeDashboard(log, { now: 10_000, windowMs: 1_000 }).totals.perSecond).toBe(3);
  });

  it('counts the chosen endpoint only', () => {
    const d = computeDashboard([entry({ startedAt: 100, endpoint: 'other' }), entry({ startedAt: 200 })], { now: 500, endpoint: 'other' });
    expect(d.totals.requests).toBe(1);
  });

  it('sorts versions by name with numbers in order (v2 before v10), NO_VERSION last, each with its latency and warm latency', () => {
    // v1: a 500 ms model load, then 100 warm requests of 1…100 ms (enough for the selection path); v10, v2 and no version: a few each.
    const log = [
      entry({ startedAt: 600, modelVersion: null, status: 422, durationMs: 2 }),
      entry({ startedAt: 0, durationMs: 500, coldStart: true }),
      ...Array.from({ length: 100 }, (_, i) => entry({ startedAt: 1_000 + i, durationMs: i + 1 })),
      entry({ startedAt: 2_000, modelVersion: 'v10', durationMs: 30 }),
      entry({ startedAt: 2_001, modelVersion: null, status: 400, durationMs: 1 }),
      entry({ startedAt: 2_002, modelVersion: 'v2', durationMs: 30 }),
      entry({ startedAt: 2_003, modelVersion: 'v2', durationMs: 10 }),
      entry({ startedAt: 2_004, modelVersion: 'v2', durationMs: 20 }),
    ];
    const d = computeDashboard(log, { now: 50_000 });
    expect(d.versions.map((v) => [v.version, v.requests, v.coldRequests])).toEqual([
      ['v1', 101, 1],
      ['v2', 3, 0],
      ['v10', 1, 0],
      [NO_VERSION, 2, 0],
    ]);
    const v1 = d.versions[0];
    // np.percentile([1..100, 500], [50, 95, 99]) and np.percentile([1..100], …)
    expect(v1?.latency).toEqual({ count: 101, p50: 51, p95: 96, p99: 100 });
    expect(v1?.warmLatency.count).toBe(100);
    expect(v1?.warmLatency.p50).toBeCloseTo(50.5, 10);
    expect(v1?.warmLatency.p95).toBeCloseTo(95.05, 10);
    expect(v1?.warmLatency.p99).toBeCloseTo(99.01, 10);
    expect(d.versions[1]).toMatchObject({ latency: { count: 3, p50: 20 }, warmLatency: { count: 3, p50: 20 } });
    expect(d.versions[3]).toMatchObject({ latency: { count: 2, p50: 1.5 }, errorRate: 1 });
    // Totals: all 107 durations, and the 106 warm ones (np.percentile).
    expect(d.totals.coldRequests).toBe(1);
    expect(d.totals.latency.count).toBe(107);
    expect(d.totals.warmLatency.count).toBe(106);
    expect(d.totals.warmLatency.p50).toBeCloseTo(47.5, 10);
    expect(d.totals.latency.p50).toBeCloseTo(48, 10);
    expect(d.totals.latency.p99).toBeCloseTo(99.94, 10);
  });
});
