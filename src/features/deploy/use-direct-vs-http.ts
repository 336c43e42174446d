import { useCallback, useState } from 'react';
import { sendRequest } from '../../api/client';
import { median } from '../../core/data/stats';
import { headerValue } from '../../core/http/exchange';
import type { Predictor, Preprocessing } from '../../core/serving/model-artifact';
import { applyPreprocessing } from '../../core/serving/model-artifact';
import { loadServedModel } from './served-model';
import type { WeightSources } from './served-model';

/** One penguin, as both calls receive it: the first row of the data set. */
export const ANALOGY_INSTANCE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
/** The species the data set records for ANALOGY_INSTANCE (a test checks the row). */
export const ANALOGY_SPECIES = 'Adelie';

/** One version that answered: how many of the requests it took, and both calls' probabilities (class order of its preprocessing). */
export interface VersionComparison {
  version: string;
  requests: number;
  classes: string[];
  direct: number[];
  http: number[];
  /** Every request this version answered matched the direct call on the same version (to 1e-6). */
  identical: boolean;
}

/** The outcome of racing the direct call against the HTTP call on the same instance. */
export interface RaceResult {
  /** The instance both calls sent: the analogy penguin's measurements the endpoint's input schema asks for. */
  instance: Record<string, number>;
  comparisons: VersionComparison[];
  direct: { medianMs: number; runs: number[] };
  http: { medianMs: number; runs: number[] };
  identical: boolean;
}

const RUNS = 7;

type Loaded = { predictor: Predictor; pre: Preprocessing };

/** The endpoint's input features (describe response), or null when it serves nothing. */
async function endpointFeatures(): Promise<string[]> {
  const describe = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null });
  const ep = describe.response?.status === 200 ? (JSON.parse(describe.response.body) as { variants: { weight: number }[]; input: { features: { name: string }[] } | null }) : null;
  if (!ep?.input || !ep.variants.some((v) => v.weight > 0)) throw new Error('The penguins endpoint has no version with traffic. Restore the default on the inspector page.');
  return ep.input.features.map((f) => f.name);
}

/**
 * Calls the model two ways, RUNS times each: as an HTTP request through the endpoint, then directly in the page
 * (like `ml_model(user_data)` in Python) on the very version that answered (X-Model-Version), loaded as the endpoint
 * loads it, shipped or registered. With a traffic split, each version that answered gets its own comparison.
 */
export function useDirectVsHttp(sources?: WeightSources) {
  const [state, setState] = useState<{ running: boolean; result: RaceResult | null; error: string | null }>({ running: false, result: null, error: null });

  const run = useCallback(async () => {
    setState({ running: true, result: null, error: null });
    try {
      const features = await endpointFeatures();
      const instance = Object.fromEntries(features.map((f) => [f, ANALOGY_INSTANCE[f as keyof typeof ANALOGY_INSTANCE]]));
      const body = JSON.stringify({ instances: [instance] });
      const loaded = new Map<string, Promise<Loaded>>();
      const load = (name: string) => {
        let l = loaded.get(name);
        if (!l) {
          l = loadServedModel(name, sources).then(async (served) => {
            if (!served.ok) throw new Error(served.message);
            const { loadPredictor } = await import('../../ml/load-predictor');
            return { predictor: await loadPredictor(served.version), pre: served.version.preprocessing };
          });
          loaded.set(name, l);
        }
        return l;
      };
      const directRuns: number[] = [];
      const httpRuns: number[] = [];
      const byVersion = new Map<string, VersionComparison>();
      for (let i = 0; i < RUNS; i++) {
        const ex = await sendRequest({ method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'application/json']], body });
        if (ex.response?.status !== 200) throw new Error(`The endpoint answered ${ex.response?.status ?? 'nothing'}: ${ex.error ?? ex.response?.body.slice(0, 200)}`);
        httpRuns.push(ex.durationMs);
        const served = headerValue(ex.response.headers, 'X-Model-Version');
        if (!served) throw new Error('The answer has no X-Model-Version header, so there is no telling which model to call directly.');
        const { predictor, pre } = await load(served);
        const raw = pre.features.map((f) => instance[f.name] ?? Number.NaN);
        const t0 = performance.now();
        const directP = (await predictor.predict([applyPreprocessing(pre, raw)]))[0] ?? [];
        directRuns.push(performance.now() - t0);
        const pred = (JSON.parse(ex.response.body) as { predictions: { probabilities: Record<string, number> }[] }).predictions[0];
        const httpP = pre.classes.map((c) => pred?.probabilities[c] ?? Number.NaN);
        const same = directP.length === httpP.length && directP.every((p, k) => Math.abs(p - (httpP[k] as number)) < 1e-6);
        const before = byVersion.get(served);
        byVersion.set(served, { version: served, classes: pre.classes, requests: (before?.requests ?? 0) + 1, direct: directP, http: httpP, identical: (before?.identical ?? true) && same });
      }
      const comparisons = [...byVersion.values()].sort((a, b) => b.requests - a.requests || a.version.localeCompare(b.version));
      setState({
        running: false,
        error: null,
        result: {
          instance,
          comparisons,
          identical: comparisons.every((c) => c.identical),
          direct: { medianMs: median(directRuns), runs: directRuns },
          http: { medianMs: median(httpRuns), runs: httpRuns },
        },
      });
    } catch (e) {
      setState({ running: false, result: null, error: e instanceof Error ? e.message : String(e) });
    }
  }, [sources]);

  return { ...state, run, runs: RUNS };
}
