import type { ServingContext } from '../core/serving/context';
import type { PredictorLoader } from '../core/serving/model-artifact';
import type { Registry } from '../core/serving/registry';
import { runtimeContext as coreRuntimeContext } from '../core/serving/runtime-context';
import { penguinsCsv } from './dataset';

/** Builds the endpoint's context for a real runtime: real clock, real randomness, the bundled data set. */
export function runtimeContext(registry: Registry, loadPredictor: PredictorLoader): ServingContext {
  return coreRuntimeContext(registry, loadPredictor, penguinsCsv);
}
