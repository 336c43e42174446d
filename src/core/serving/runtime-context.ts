import type { ServingContext } from './context';
import type { PredictorLoader } from './model-artifact';
import type { Registry } from './registry';

/**
 * The endpoint's context on a real runtime (the browser's MSW, the Node server): real clock, real
 * randomness, UUID request ids, and the data set's CSV made once on first request by `csv`.
 */
export function runtimeContext(registry: Registry, loadPredictor: PredictorLoader, csv: () => string): ServingContext {
  let text: string | null = null;
  return {
    registry,
    loadPredictor,
    datasetCsv: async () => {
      text ??= csv();
      return text;
    },
    random: Math.random,
    now: () => performance.now(),
    timestamp: () => new Date().toISOString(),
    newRequestId: () => crypto.randomUUID(),
  };
}
