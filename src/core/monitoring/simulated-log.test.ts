// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PenguinRow } from '../data/penguins';
import { createRng } from '../rng';
import type { RequestLogEntry } from './log-entry';
import type { SimulationOptions } from './simulated-log';
import { simulateLog, toSourceRows } from './simulated-log';
import { referenceMonitoring, V1_FEATURES } from './test-fixtures';

const { trafficRows } = referenceMonitoring();
const run = (over: Partial<SimulationOptions>) =>
  simulateLog({ rows: trafficRows, features: V1_FEATURES, random: createRng(11), count: 40, scenario: () => 'normal', start: 1_000, gapMs: 250, ...over });
const invocations = (log: RequestLogEntry[]) => log.filter((e) => e.kind === 'invocation');
const feedbacks = (log: RequestLogEntry[]) => log.filter((e) => e.kind === 'feedback');
const share = (xs: RequestLogEntry[], status: number) => xs.filter((e) => e.status === status).length / xs.length;
// Independent of checkInstance: every model feature is a finite number inside its valid range, and nothing else is sent.
const valid = (x: Record<string, unknown>) =>
  Object.keys(x).length === V1_FEATURES.length && V1_FEATURES.every((f) => typeof x[f.name] === 'number' && (x[f.name] as number) >= f.min && (x[f.name] as number) <= f.max);

describe('toSourceRows', () => {
  it('keeps the species and the four features in raw units, dropping island and sex', () => {
    const row: PenguinRow = { species: 'Gentoo', island: 'Biscoe', bill_length_mm: 46.1, bill_depth_mm: 13.2, flipper_length_mm: 211, body_mass_g: 4500, sex: 'female' };
    expect(toSourceRows([row])).toEqual([{ species: 'Gentoo', features: { bill_length_mm: 46.1, bill_depth_mm: 13.2, flipper_length_mm: 211, body_mass_g: 4500 } }]);
  });
});

describe('simulateLog, normal traffic', () => {
  // Computed inside each test: Stryker activates a mutant per test, so a log made at collection time would never see it.
  const normal = () => run({ feedbackShare: 1 });

  it('numbers entries 1, 2, 3… in log order, requests start every gap ms from start', () => {
    const log = normal();
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    const inv = invocations(log);
    expect(inv).toHaveLength(40);
    expect(inv.map((e) => e.requestId)).toEqual(inv.map((_, i) => `req-${i}`));
    expect(inv.map((e) => e.startedAt)).toEqual(inv.map((_, i) => 1_000 + 250 * i));
  });

  it('answers every valid one-bird request 200 by v1 with the true class as prediction', () => {
    for (const e of invocations(normal())) {
      expect(e).toMatchObject({ method: 'POST', path: '/api/endpoints/penguins/invocations', endpoint: 'penguins', status: 200, modelVersion: 'v1', client: 'traffic-generator', feedback: null, requestBody: null });
      expect(e.instances).toHaveLength(1);
      expect(valid(e.instances?.[0] ?? {})).toBe(true);
      expect(e.predictions).toHaveLength(1);
    }
  });

  it('with feedbackShare 1, sends the true label right after each request: labels equal the default predictions', () => {
    const log = normal();
    const inv = invocations(log);
    const fb = feedbacks(log);
    expect(fb).toHaveLength(inv.length);
    fb.forEach((f, i) => {
      const req = inv[i] as RequestLogEntry;
      expect(log.indexOf(f)).toBe(log.indexOf(req) + 1);
      expect(f).toEqual({
        seq: req.seq + 1,
        requestId: `fb-${i}`,
        startedAt: req.startedAt + 1,
        durationMs: 2,
        method: 'POST',
        path: '/api/endpoints/penguins/feedback',
        kind: 'feedback',
        endpoint: 'penguins',
        status: 202,
        modelVersion: null,
        client: 'traffic-generator',
        instances: null,
        predictions: null,
        feedback: [{ requestId: `req-${i}`, labels: req.predictions }],
        requestBody: null,
      });
    });
    // The birds are drawn per species: more than one species shows up in 40 requests.
    expect(new Set(fb.map((f) => f.feedback?.[0]?.labels[0])).size).toBeGreaterThan(1);
  });

  it('takes 4–16 ms, or 60 ms more for about 2 % of requests (a slow tail)', () => {
    const d = invocations(run({ count: 3_000 })).map((e) => e.durationMs);
    expect(d.every((x) => (x >= 4 && x < 16) || (x >= 64 && x < 76))).toBe(true);
    const slow = d.filter((x) => x >= 64).length / d.length;
    expect(slow).toBeGreaterThan(0.01);
    expect(slow).toBeLessThan(0.03);
    // Spread over the whole 4–16 range, not a constant.
    expect(Math.min(...d)).toBeLessThan(5);
    expect(Math.max(...d.filter((x) => x < 16))).toBeGreaterThan(15);
  });

  it('sends no feedback and no server errors by default', () => {
    const plain = run({});
    expect(feedbacks(plain)).toEqual([]);
    expect(plain.every((e) => e.status === 200)).toBe(true);
  });
});

describe('simulateLog options', () => {
  it('names the endpoint in every path', () => {
    const log = run({ count: 3, endpoint: 'birds', feedbackShare: 1 });
    expect(log.map((e) => [e.endpoint, e.path])).toEqual([
      ['birds', '/api/endpoints/birds/invocations'],
      ['birds', '/api/endpoints/birds/feedback'],
      ['birds', '/api/endpoints/birds/invocations'],
      ['birds', '/api/endpoints/birds/feedback'],
      ['birds', '/api/endpoints/birds/invocations'],
      ['birds', '/api/endpoints/birds/feedback'],
    ]);
  });

  it('lets version(i) answer request i and predict(trueClass, instance) choose the prediction', () => {
    const seen: [string, Record<string, unknown>][] = [];
    const predict = (t: string, x: Record<string, unknown>) => {
      seen.push([t, x]);
      return `not-${t}`;
    };
    const log = run({ count: 4, feedbackShare: 1, version: (i) => `v${i + 1}`, predict });
    const inv = invocations(log);
    expect(inv.map((e) => e.modelVersion)).toEqual(['v1', 'v2', 'v3', 'v4']);
    const labels = feedbacks(log).map((f) => f.feedback?.[0]?.labels[0]);
    expect(inv.map((e) => e.predictions)).toEqual(labels.map((l) => [`not-${l}`]));
    expect(seen).toEqual(inv.map((e, i) => [labels[i], e.instances?.[0]]));
  });

  it('fails every valid request with a 500 at serverErrorShare 1: no version, no prediction, no feedback', () => {
    const log = run({ count: 10, serverErrorShare: 1, feedbackShare: 1 });
    expect(log).toHaveLength(10);
    for (const e of log) {
      expect(e).toMatchObject({ status: 500, modelVersion: null, predictions: null });
      expect(e.instances).toHaveLength(1);
    }
  });

  it('fails about the given share with 500 and sends feedback for about the given share of answers', () => {
    const log = run({ count: 1_000, serverErrorShare: 0.25, feedbackShare: 0.5 });
    const inv = invocations(log);
    expect(share(inv, 500)).toBeGreaterThan(0.2);
    expect(share(inv, 500)).toBeLessThan(0.3);
    const answered = inv.filter((e) => e.status === 200).length;
    expect(feedbacks(log).length / answered).toBeGreaterThan(0.45);
    expect(feedbacks(log).length / answered).toBeLessThan(0.55);
  });
});

describe('simulateLog, malformed traffic', () => {
  it('refuses kilograms with 422 and keeps the instance: no version, no prediction, no feedback', () => {
    const log = run({ count: 20, scenario: () => 'unit-mistake', feedbackShare: 1 });
    expect(log).toHaveLength(20);
    for (const e of log) {
      expect(e).toMatchObject({ status: 422, modelVersion: null, predictions: null });
      expect(e.instances?.[0]?.body_mass_g).toBeLessThan(10);
    }
    // A server error can only hit a request that reached the model.
    expect(run({ count: 20, scenario: () => 'unit-mistake', serverErrorShare: 1 }).map((e) => e.status)).toEqual(Array(20).fill(422));
  });

  it('answers the broken client 415 (text/plain), 400 (bad JSON) or 422 (bad instance), each about 7.5 %, the rest 200', () => {
    const log = run({ count: 2_000, scenario: () => 'broken-client', feedbackShare: 1 });
    const inv = invocations(log);
    expect(inv).toHaveLength(2_000);
    expect(new Set(inv.map((e) => e.status))).toEqual(new Set([200, 400, 415, 422]));
    for (const status of [400, 415]) {
      expect(share(inv, status)).toBeGreaterThan(0.05);
      expect(share(inv, status)).toBeLessThan(0.1);
    }
    // Missing field and string value: two of the four breakages.
    expect(share(inv, 422)).toBeGreaterThan(0.11);
    expect(share(inv, 422)).toBeLessThan(0.19);
    for (const e of inv) {
      if (e.status === 400 || e.status === 415) expect([e.instances, e.predictions, e.modelVersion]).toEqual([null, null, null]);
      if (e.status === 422) expect([valid(e.instances?.[0] ?? {}), e.predictions, e.modelVersion]).toEqual([false, null, null]);
      if (e.status === 200) expect([valid(e.instances?.[0] ?? {}), e.predictions?.length, e.modelVersion]).toEqual([true, 1, 'v1']);
    }
    // Only answered requests get feedback (the malformed ones have no prediction to label).
    expect(feedbacks(log)).toHaveLength(inv.filter((e) => e.status === 200).length);
  });
});
