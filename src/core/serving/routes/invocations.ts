import type { ServingContext } from '../context';
import { jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable } from '../http-helpers';
import { parseCsvInstances, parseJsonInstances } from '../instances';
import { MAX_BODY_BYTES } from '../limits';
import type { ModelVersion, Predictor } from '../model-artifact';
import { applyPreprocessing } from '../model-artifact';
import { mediaTypeOf } from '../negotiate';
import { PROBLEM_TYPES, problemResponse } from '../problem';
import { pickVariant } from '../registry';
import { INVOCATION_CONTENT_TYPES } from './endpoints';

/** Loads predictors once per registered version (keyed by name and registration time, so a reset cannot serve stale weights). */
export type PredictorCache = (version: ModelVersion) => Promise<{ predictor: Predictor; loadedNow: boolean }>;

/** Wraps the context's loader in a cache; a failed load is forgotten so the next call retries. */
export function createPredictorCache(ctx: ServingContext): PredictorCache {
  const cache = new Map<string, Promise<Predictor>>();
  return async (version) => {
    const key = `${version.version}@${version.registeredAt}`;
    const hit = cache.get(key);
    if (hit) return { predictor: await hit, loadedNow: false };
    const loading = ctx.loadPredictor(version);
    cache.set(key, loading);
    try {
      return { predictor: await loading, loadedNow: true };
    } catch (e) {
      cache.delete(key);
      throw e;
    }
  };
}

const ms = (x: number) => Math.max(0, x).toFixed(2);

/** POST /api/endpoints/{name}/invocations: validate, standardize with the version's shipped scaler, predict. */
export async function invoke(req: Request, ctx: ServingContext, cache: PredictorCache, name: string): Promise<Response> {
  const ep = ctx.registry.getEndpoint(name);
  if (!ep) return notFound(`There is no endpoint "${name}". GET /api/endpoints lists them.`);
  const variant = pickVariant(ep.variants, ctx.random);
  const version = variant ? ctx.registry.getVersion(variant.version) : undefined;
  if (!version) {
    return problemResponse({
      status: 503,
      type: PROBLEM_TYPES.unavailable,
      detail: `Endpoint "${name}" exists but no model version serves traffic. Give a version weight with PUT /api/endpoints/${name}, then retry.`,
      headers: { 'Retry-After': '5' },
    });
  }
  const refused = refuseMediaType(req, INVOCATION_CONTENT_TYPES) ?? refuseUnacceptable(req, 'application/json');
  if (refused) return refused;

  const t0 = ctx.now();
  const body = await readTextBody(req, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const pre = version.preprocessing;
  const parsed = mediaTypeOf(req.headers.get('Content-Type')) === 'text/csv' ? parseCsvInstances(body.text, pre) : parseJsonInstances(body.text, pre);
  if (!parsed.ok) {
    const type = parsed.status === 400 ? PROBLEM_TYPES.badRequest : parsed.status === 413 ? PROBLEM_TYPES.tooLarge : PROBLEM_TYPES.validation;
    return problemResponse({ status: parsed.status, type, detail: parsed.detail, ...(parsed.errors ? { errors: parsed.errors } : {}) });
  }
  const t1 = ctx.now();
  const standardized = parsed.rows.map((row) => applyPreprocessing(pre, row));
  const t2 = ctx.now();
  const { predictor, loadedNow } = await cache(version);
  const t3 = ctx.now();
  const probabilities = await predictor.predict(standardized);
  const t4 = ctx.now();

  const predictions = probabilities.map((p) => {
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
    return {
      species: pre.classes[best] as string,
      probabilities: Object.fromEntries(pre.classes.map((c, k) => [c, p[k] as number])),
    };
  });
  const timing = [`validate;dur=${ms(t1 - t0)};desc="parse and validate"`, `preprocess;dur=${ms(t2 - t1)};desc="standardize"`];
  if (loadedNow) timing.push(`model-load;dur=${ms(t3 - t2)};desc="cold start: load weights"`);
  timing.push(`inference;dur=${ms(t4 - t3)};desc="run the model"`);
  return jsonResponse({ predictions, model_version: version.version }, 200, {
    'X-Model-Version': version.version,
    'Server-Timing': timing.join(', '),
  });
}
