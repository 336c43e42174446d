import type { ServingContext } from '../core/serving/context';
import type { PredictorLoader } from '../core/serving/model-artifact';
import type { Registry } from '../core/serving/registry';
import { penguinsCsv } from './dataset';

/** Builds the endpoint's context for a real runtime: real clock, real randomness, the bundled data set. */
export function runtimeContext(registry: Registry, loadPredictor: PredictorLoader): ServingContext {
  let csv: string | null = null;
  return {
    registry,
    loadPredictor,
    datasetCsv: async () => {
      csv ??= penguinsCsv();
      return csv;
    },
    random: Math.random,
    now: () => performance.now(),
    timestamp: () => new Date().toISOString(),
    newRequestId: () => crypto.randomUUID(),
  };
}
