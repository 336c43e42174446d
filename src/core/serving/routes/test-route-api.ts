// Test helper (Node only): the real endpoint function over a context whose every input is pinned, for the route tests.
import { expect } from 'vitest';
import { loadReferenceVersionFromDisk } from '../../../ml/load-predictor-node';
import { statusText } from '../../http/status-text';
import type { ServingContext } from '../context';
import { createEndpoint } from '../endpoint';
import type { EndpointHandler } from '../endpoint';
import type { ModelVersion, Predictor } from '../model-artifact';
import type { Problem } from '../problem';
import { Registry } from '../registry';
import { defaultRegistryState } from '../registry-state';
import type { RegistryState } from '../registry-state';

export const ORIGIN = 'http://localhost';
export const JSON_TYPE = { 'Content-Type': 'application/json' };
/** What ctx.timestamp() answers. */
export const NOW = '2026-12-01T10:00:00.000Z';

/** A predictor that answers the same distribution over three classes for every row. */
export const steadyPredictor: Predictor = { predict: async (rows) => rows.map(() => [0.7, 0.2, 0.1]) };

export interface RouteApi {
  endpoint: EndpointHandler;
  registry: Registry;
  /** The context behind `endpoint`: tests may swap loadPredictor. */
  ctx: ServingContext;
  /** The shipped v1 (its url source). */
  reference: ModelVersion;
  /** false makes every registry change fail to be stored (a full browser storage). */
  setStorageHasRoom: (room: boolean) => void;
  /** Sends one request to the endpoint function. */
  send: (method: string, path: string, headers?: Record<string, string>, body?: string) => Promise<Response>;
}

/**
 * The endpoint over the default registry ("penguins" serving v1 at 100 %) or `state(v1)`: a clock from 1000 ms that ticks 1 ms per
 * read, a fixed timestamp, request ids "req-1", "req-2", …, a predictor that needs no model runtime.
 */
export async function createRouteApi(state?: (v1: ModelVersion) => RegistryState): Promise<RouteApi> {
  const reference = await loadReferenceVersionFromDisk();
  let room = true;
  const registry = new Registry(state ? state(reference) : defaultRegistryState(reference, NOW), () => room);
  let tick = 1000;
  let ids = 0;
  const ctx: ServingContext = {
    registry,
    loadPredictor: async () => steadyPredictor,
    datasetCsv: async () => 'species,island\nAdelie,Torgersen\n',
    random: () => 0.5,
    now: () => tick++,
    timestamp: () => NOW,
    newRequestId: () => `req-${++ids}`,
  };
  const endpoint = createEndpoint(ctx);
  return {
    endpoint,
    registry,
    ctx,
    reference,
    setStorageHasRoom: (r) => {
      room = r;
    },
    send: (method, path, headers = {}, body = undefined) => endpoint(new Request(`${ORIGIN}${path}`, { method, headers, body })),
  };
}

/** v1 under another name with other valid ranges and units: the same schema (feature names, classes), another view. */
export function sibling(v1: ModelVersion, version: string): ModelVersion {
  const features = v1.preprocessing.features.map((f) => ({ ...f, unit: `${f.unit}?`, min: f.min + 1, max: f.max - 1 }));
  return { ...v1, version, preprocessing: { ...v1.preprocessing, features } };
}

/** Asserts an RFC 9457 problem response of `status` (problem+json, status field = HTTP status) and returns its body. */
export async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const body = (await res.json()) as Problem;
  expect(body.status).toBe(status);
  return body;
}

/** The problem body the endpoint sends for `status`: its type ("not-found") made absolute on ORIGIN, the reason phrase as title. */
export function problem(status: number, type: string, detail: string, errors?: Problem['errors']): Problem {
  return { type: `${ORIGIN}/problems/${type}`, title: statusText(status), status, detail, ...(errors ? { errors } : {}) };
}
