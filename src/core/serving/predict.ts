import { argMax } from '../modeling/metrics';
import type { ServingContext } from './context';
import type { ModelVersion, Predictor } from './model-artifact';
import { applyPreprocessing } from './model-artifact';
import { isDistribution } from './artifact-checks';
import { pickVariant } from './registry';

/** Loads predictors once per registered version; `loadedNow` says this call paid the cold start. */
export type PredictorCache = (version: ModelVersion) => Promise<{ predictor: Predictor; loadedNow: boolean }>;

/** Wraps the context's loader in a cache keyed by name and registration time (a reset cannot serve stale weights); failed loads are retried. */
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

/** Which version answers this request: one variant picked by weight, or why none can. */
export type ServingChoice = { ok: true; version: ModelVersion } | { ok: false; reason: 'unknown-endpoint' | 'no-traffic' };

/** Picks the version that serves one request to endpoint `name` (weighted random across its variants). */
export function chooseVersion(ctx: ServingContext, name: string): ServingChoice {
  const ep = ctx.registry.getEndpoint(name);
  if (!ep) return { ok: false, reason: 'unknown-endpoint' };
  const variant = pickVariant(ep.variants, ctx.random);
  const version = variant ? ctx.registry.getVersion(variant.version) : undefined;
  return version ? { ok: true, version } : { ok: false, reason: 'no-traffic' };
}

/** One prediction per instance: the most probable class and every class's probability. */
export interface Prediction {
  species: string;
  probabilities: Record<string, number>;
}

/** The outcome of running validated rows through a version, with its Server-Timing header value. */
export interface PredictionRun {
  probabilities: number[][];
  predictions: Prediction[];
  serverTiming: string;
}

const ms = (x: number) => Math.max(0, x).toFixed(2);

/**
 * The one prediction path every contract shares: standardize raw rows (n × features) with the
 * version's shipped scaler, run the model, name the classes. `validateMs` is the caller's parse time.
 */
export async function predictRows(ctx: ServingContext, cache: PredictorCache, version: ModelVersion, rows: number[][], validateMs: number): Promise<PredictionRun> {
  const pre = version.preprocessing;
  const t1 = ctx.now();
  const standardized = rows.map((row) => applyPreprocessing(pre, row));
  const t2 = ctx.now();
  const { predictor, loadedNow } = await cache(version);
  const t3 = ctx.now();
  const probabilities = await predictor.predict(standardized);
  const t4 = ctx.now();
  // Registration probes every model; should one still misbehave, the caller's catch answers 500, never a 200 with null or NaN.
  if (probabilities.length !== rows.length || !probabilities.every((p) => isDistribution(p, pre.classes.length))) {
    throw new Error(`version ${version.version} did not answer one probability distribution per row`);
  }
  const predictions = probabilities.map((p) => ({
    species: pre.classes[argMax(p)] as string,
    probabilities: Object.fromEntries(pre.classes.map((c, k) => [c, p[k] as number])),
  }));
  const timing = [`validate;dur=${ms(validateMs)};desc="parse and validate"`, `preprocess;dur=${ms(t2 - t1)};desc="standardize"`];
  if (loadedNow) timing.push(`model-load;dur=${ms(t3 - t2)};desc="cold start: load weights"`);
  timing.push(`inference;dur=${ms(t4 - t3)};desc="run the model"`);
  return { probabilities, predictions, serverTiming: timing.join(', ') };
}
