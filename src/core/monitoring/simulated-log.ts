import { FEATURES } from '../data/penguins';
import type { PenguinRow } from '../data/penguins';
import type { Random } from '../rng';
import type { FeatureRange } from './baseline';
import { fitBirdPopulation } from './bird-population';
import { checkInstance } from './data-quality';
import type { RequestLogEntry } from './log-entry';
import type { SourceRow, TrafficScenario } from './traffic';
import { makeTrafficRequest } from './traffic';

/** Held-out penguin rows (complete ones) as traffic source rows, features in raw units. */
export function toSourceRows(rows: readonly PenguinRow[]): SourceRow[] {
  return rows.map((r) => ({ species: r.species, features: Object.fromEntries(FEATURES.map((f) => [f, r[f] as number])) }));
}

/** How to simulate the log: what is sent, how often, and how the server answers. */
export interface SimulationOptions {
  /** Real penguins the traffic's birds are drawn like (per-species normals fitted on them). */
  rows: readonly SourceRow[];
  features: readonly FeatureRange[];
  random: Random;
  /** Requests to simulate. */
  count: number;
  /** Scenario of request i (e.g. all the same, or cycling). */
  scenario: (i: number) => TrafficScenario;
  /** Start of the first request, ms since the Unix epoch. */
  start: number;
  /** Gap between request starts, ms. */
  gapMs: number;
  /** Version that answers request i (default "v1"). */
  version?: (i: number) => string;
  /** Predicted class for a valid instance, given its true class (default: the true class). */
  predict?: (trueClass: string, instance: Record<string, unknown>) => string;
  /** Share of valid requests that fail on the server side with a 500 (default 0). */
  serverErrorShare?: number;
  /** Share of answered requests that get feedback (default 0). */
  feedbackShare?: number;
  endpoint?: string;
}

/**
 * A synthetic request log: traffic requests answered as the endpoint would (415 text/plain, 400 bad JSON,
 * 422 invalid instance, else 200 with predictions), plus feedback entries. For tests and benchmarks.
 */
export function simulateLog(o: SimulationOptions): RequestLogEntry[] {
  const endpoint = o.endpoint ?? 'penguins';
  const out: RequestLogEntry[] = [];
  let seq = 0;
  const population = fitBirdPopulation(o.rows);
  for (let i = 0; i < o.count; i++) {
    const req = makeTrafficRequest(population, o.scenario(i), o.random);
    const startedAt = o.start + i * o.gapMs;
    const requestId = `req-${i}`;
    let instances: Record<string, unknown>[] | null = null;
    let status = 200;
    if (req.contentType !== 'application/json') status = 415;
    else {
      try {
        instances = (JSON.parse(req.body) as { instances: Record<string, unknown>[] }).instances;
      } catch {
        status = 400;
      }
    }
    // instances is set only when the body parsed (status still 200).
    if (instances?.some((x) => checkInstance(x, o.features).length > 0)) status = 422;
    if (status === 200 && o.random() < (o.serverErrorShare ?? 0)) status = 500;
    const answered = status === 200;
    const trueClass = req.labels?.[0] ?? 'Adelie';
    const predictions = answered && instances ? instances.map((x) => (o.predict ? o.predict(trueClass, x) : trueClass)) : null;
    out.push({
      seq: ++seq,
      requestId,
      startedAt,
      durationMs: 4 + o.random() * 12 + (o.random() < 0.02 ? 60 : 0),
      method: 'POST',
      path: `/api/endpoints/${endpoint}/invocations`,
      kind: 'invocation',
      endpoint,
      status,
      modelVersion: answered ? (o.version?.(i) ?? 'v1') : null,
      client: 'traffic-generator',
      instances,
      predictions,
      feedback: null,
      requestBody: null,
    });
    if (answered && req.labels && o.random() < (o.feedbackShare ?? 0)) {
      out.push({
        seq: ++seq,
        requestId: `fb-${i}`,
        startedAt: startedAt + 1,
        durationMs: 2,
        method: 'POST',
        path: `/api/endpoints/${endpoint}/feedback`,
        kind: 'feedback',
        endpoint,
        status: 202,
        modelVersion: null,
        client: 'traffic-generator',
        instances: null,
        predictions: null,
        feedback: [{ requestId, labels: req.labels }],
        requestBody: null,
      });
    }
  }
  return out;
}
