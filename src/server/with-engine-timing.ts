import * as tf from '@tensorflow/tfjs-core';
import type { EndpointHandler } from '../core/serving/endpoint';
import type { Predictor } from '../core/serving/model-artifact';
import { ONNX_ENGINE } from '../ml/onnx-predictor';
import { withHeaders } from './handler';

/** How Server-Timing names the engine that ran a version: ONNX Runtime for --models ONNX folders, tfjs (its backend) otherwise. */
export function engineNamer(onnxPredictors: ReadonlyMap<string, Predictor>): (version: string) => string {
  return (version) => (onnxPredictors.has(version) ? ONNX_ENGINE : `tfjs ${tf.version_core} (${tf.getBackend() ?? 'no backend'})`);
}

/**
 * Adds an `engine` entry to the Server-Timing of every answer a model gave (those with X-Model-Version):
 * the endpoint does not know which engine runs a version, and should not; the server that chose it does.
 */
export function withEngineTiming(engineOf: (version: string) => string) {
  return (next: EndpointHandler): EndpointHandler =>
    async (req) => {
      const res = await next(req);
      const version = res.headers.get('X-Model-Version');
      const timing = res.headers.get('Server-Timing');
      if (!version || timing === null) return res;
      // In place (withHeaders copies only if the headers are immutable): a copied Response turns the body into a web stream.
      return withHeaders(res, { 'Server-Timing': `${timing}, engine;desc="${engineOf(version).replaceAll('"', "'")}"` });
    };
}
