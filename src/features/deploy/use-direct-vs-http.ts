import { useCallback, useState } from 'react';
import { sendRequest } from '../../api/client';
import { headerValue } from '../../core/http/exchange';
import { applyPreprocessing, preprocessingSchema } from '../../core/serving/model-artifact';
import type { ModelVersion } from '../../core/serving/model-artifact';
import { median } from '../../core/data/stats';

/** One penguin, as both calls receive it: the first row of the data set. */
export const ANALOGY_INSTANCE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
/** The species the data set records for ANALOGY_INSTANCE (a test checks the row). */
export const ANALOGY_SPECIES = 'Adelie';

/** The outcome of racing the direct call against the HTTP call on the same instance. */
export interface RaceResult {
  version: string;
  direct: { probabilities: number[]; medianMs: number; runs: number[] };
  http: { probabilities: number[]; medianMs: number; runs: number[] };
  classes: string[];
  identical: boolean;
}

const RUNS = 7;

/**
 * Calls the model two ways, alternately, RUNS times each: directly in the page (like
 * `ml_model(user_data)` in Python) and as an HTTP request through the endpoint.
 */
export function useDirectVsHttp() {
  const [state, setState] = useState<{ running: boolean; result: RaceResult | null; error: string | null }>({ running: false, result: null, error: null });

  const run = useCallback(async () => {
    setState({ running: true, result: null, error: null });
    try {
      // Which version answers, and its preprocessing: asked of the API, as any client would.
      const describe = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null });
      const ep = describe.response?.status === 200 ? (JSON.parse(describe.response.body) as { variants: { version: string; weight: number }[] }) : null;
      const live = ep?.variants.find((v) => v.weight > 0);
      if (!live) throw new Error('The penguins endpoint has no version with traffic. Restore the default on the inspector page.');
      const meta = await sendRequest({ method: 'GET', url: `/api/models/${live.version}`, headers: [['Accept', 'application/json']], body: null });
      if (meta.response?.status !== 200) throw new Error(`Could not read model ${live.version}.`);
      const m = JSON.parse(meta.response.body) as { version: string; registered_at: string; preprocessing: unknown; artifact: { model_url?: string } };
      const pre = preprocessingSchema.parse(m.preprocessing);
      if (!m.artifact.model_url) throw new Error(`Model ${live.version} was registered through the API; the direct call here loads shipped models only. Restore the default to compare.`);
      const version = { version: m.version, registeredAt: m.registered_at, preprocessing: pre, source: { kind: 'url', modelUrl: m.artifact.model_url } } as ModelVersion;
      const { loadPredictor } = await import('../../ml/load-predictor');
      const predictor = await loadPredictor(version);
      const raw = pre.features.map((f) => ANALOGY_INSTANCE[f.name as keyof typeof ANALOGY_INSTANCE]);
      const body = JSON.stringify({ instances: [ANALOGY_INSTANCE] });
      const directRuns: number[] = [];
      const httpRuns: number[] = [];
      let directP: number[] = [];
      let httpP: number[] = [];
      let served = version.version;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        directP = (await predictor.predict([applyPreprocessing(pre, raw)]))[0] ?? [];
        directRuns.push(performance.now() - t0);
        const ex = await sendRequest({ method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'application/json']], body });
        if (ex.response?.status !== 200) throw new Error(`The endpoint answered ${ex.response?.status ?? 'nothing'}: ${ex.error ?? ex.response?.body.slice(0, 200)}`);
        httpRuns.push(ex.durationMs);
        served = headerValue(ex.response.headers, 'X-Model-Version') ?? served;
        const pred = (JSON.parse(ex.response.body) as { predictions: { probabilities: Record<string, number> }[] }).predictions[0];
        httpP = pre.classes.map((c) => pred?.probabilities[c] ?? Number.NaN);
      }
      const identical = directP.length === httpP.length && directP.every((p, k) => Math.abs(p - (httpP[k] as number)) < 1e-6);
      setState({
        running: false,
        error: null,
        result: { version: served, classes: pre.classes, identical, direct: { probabilities: directP, medianMs: median(directRuns), runs: directRuns }, http: { probabilities: httpP, medianMs: median(httpRuns), runs: httpRuns } },
      });
    } catch (e) {
      setState({ running: false, result: null, error: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  return { ...state, run, runs: RUNS };
}
