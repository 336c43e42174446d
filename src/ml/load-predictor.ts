import * as tf from '@tensorflow/tfjs-core';
import { isSameOriginPath } from '../core/serving/registry-checks';
import { loadLayersModel } from '@tensorflow/tfjs-layers';
import type { InlineModel, ModelSource, ModelVersion, Predictor, PredictorLoader } from '../core/serving/model-artifact';
import { ensureBackend } from './backend';
import { createPredictor } from './create-predictor';
import type { DisposablePredictor } from './create-predictor';

/** Decodes standard base64 (as in an inline model's weightData) into a fresh ArrayBuffer of bytes. */
export function base64ToArrayBuffer(base64: string): ArrayBuffer {
  // atob exists in browsers, workers and Node ≥ 16, so this file needs no Node import.
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Encodes bytes as standard base64 (chunked, so large weight files do not overflow the call stack). */
export function arrayBufferToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Turns tfjs model artifacts (e.g. from tf.io.withSaveHandler) into an inline model with base64 weights. */
export function artifactsToInlineModel(artifacts: tf.io.ModelArtifacts): InlineModel {
  const { modelTopology, weightSpecs, weightData } = artifacts;
  if (!modelTopology || modelTopology instanceof ArrayBuffer || !weightSpecs || !weightData) {
    throw new Error('model artifacts need a JSON topology, weight specs and weight data');
  }
  return {
    modelTopology: modelTopology as Record<string, unknown>,
    weightSpecs: weightSpecs.map(({ name, shape, dtype }) => {
      if (dtype !== 'float32' && dtype !== 'int32' && dtype !== 'bool') throw new Error(`unsupported weight dtype ${dtype}`);
      return { name, shape, dtype };
    }),
    weightData: arrayBufferToBase64(tf.io.CompositeArrayBuffer.join(weightData)),
  };
}

/** Builds tfjs model artifacts (topology, weight specs, weight bytes) from an inline model. */
export function inlineModelToArtifacts(model: InlineModel): tf.io.ModelArtifacts {
  return {
    modelTopology: model.modelTopology as tf.io.ModelArtifacts['modelTopology'],
    weightSpecs: model.weightSpecs,
    weightData: base64ToArrayBuffer(model.weightData),
  };
}

/** Loads a tfjs layers model from in-memory artifacts (topology + weights) and wraps it as a Predictor. */
export async function predictorFromArtifacts(artifacts: tf.io.ModelArtifacts): Promise<DisposablePredictor> {
  await ensureBackend();
  const model = await loadLayersModel(tf.io.fromMemory(artifacts));
  return createPredictor(model);
}

async function loadSource(source: ModelSource): Promise<DisposablePredictor> {
  if (source.kind === 'inline') return predictorFromArtifacts(inlineModelToArtifacts(source.model));
  // Stored state can be edited by hand: a model is only ever fetched from this site, never from another origin.
  if (!isSameOriginPath(source.modelUrl)) throw new Error('model URLs must be paths on this site');
  await ensureBackend();
  // tf.io.http explicitly: loadLayersModel's URL router only accepts http(s):// URLs, not '/models/…'.
  const model = await loadLayersModel(tf.io.http(source.modelUrl));
  return createPredictor(model);
}

const cache = new Map<string, Promise<DisposablePredictor>>();

/** Cache key: name plus registration time, so a reset registry that reuses "v2" for other weights never gets the old model. */
const keyOf = (version: ModelVersion) => `${version.version}@${version.registeredAt}`;

/** Returns the Predictor of a model version, loading it once per registered version (url: fetches model.json + weights; inline: decodes base64). */
export const loadPredictor: PredictorLoader = (version: ModelVersion): Promise<Predictor> => {
  const key = keyOf(version);
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = loadSource(version.source);
  cache.set(key, loading);
  // A failed load is not cached, so a later request can retry it.
  loading.catch(() => {
    if (cache.get(key) === loading) cache.delete(key);
  });
  return loading;
};

/** Forgets (and frees the weights of) one cached version, or all of them; call it when a version is deleted or replaced. */
export async function clearPredictorCache(version?: string): Promise<void> {
  const entries = [...cache.entries()].filter(([key]) => version === undefined || key.startsWith(`${version}@`));
  for (const [key, loading] of entries) {
    if (!loading) continue;
    cache.delete(key);
    try {
      (await loading).dispose();
    } catch {
      // A load that failed has nothing to free.
    }
  }
}
