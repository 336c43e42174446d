import { runtimeContext } from '../core/serving/runtime-context';
import type { ServingContext } from '../core/serving/context';
import type { ModelVersion, Predictor, PredictorLoader } from '../core/serving/model-artifact';
import { Registry } from '../core/serving/registry';
import { defaultRegistryState } from '../core/serving/registry-state';
import { loadPredictor } from '../ml/load-predictor';
import { batchingPredictor } from './batching-predictor';
import { penguinsCsv } from './penguins-csv';

/** The reference version v1 and the predictor that runs its weights, read from disk at start. */
export interface ReferenceModel {
  version: ModelVersion;
  predictor: Predictor;
}

/**
 * v1 comes from the predictor read at start (its model URL is the browser's), versions from --models ONNX folders
 * from their ONNX Runtime predictors (`onnxPredictors`, by version name); registered versions load inline.
 * Each model gets one batching queue, so concurrent invocations of a version share model calls.
 */
function serverLoader(reference: ReferenceModel, onnxPredictors: ReadonlyMap<string, Predictor>): PredictorLoader {
  const batched = new WeakMap<Predictor, Predictor>();
  const batching = (p: Predictor) => {
    let b = batched.get(p);
    if (!b) {
      b = batchingPredictor(p);
      batched.set(p, b);
    }
    return b;
  };
  return async (version) => {
    if (version.source.kind === 'url' && version.version === reference.version.version) return batching(reference.predictor);
    const onnx = onnxPredictors.get(version.version);
    if (version.source.kind === 'url' && onnx) return batching(onnx);
    if (version.source.kind === 'url') throw new Error(`version ${version.version} has a model URL the server cannot read`);
    return batching(await loadPredictor(version));
  };
}

/**
 * The endpoint's context on a real server: a registry in its default state (endpoint "penguins" serving v1),
 * the real clock, real randomness and the bundled data set. Nothing is read from or written to disk later.
 */
export function serverContext(reference: ReferenceModel, onnxPredictors: ReadonlyMap<string, Predictor> = new Map()): ServingContext {
  const registry = new Registry(defaultRegistryState(reference.version, reference.version.registeredAt));
  return runtimeContext(registry, serverLoader(reference, onnxPredictors), penguinsCsv);
}
