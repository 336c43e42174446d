// Node only (tests and scripts): reads the shipped artifact from disk. The browser uses load-predictor.ts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { modelCardSchema, preprocessingSchema } from '../core/serving/model-artifact';
import type { ModelVersion } from '../core/serving/model-artifact';
import type { DisposablePredictor } from './create-predictor';
import { predictorFromArtifacts } from './load-predictor';

/** Absolute path of the shipped reference artifact folder (public/models/penguins/v1). */
export const REFERENCE_MODEL_DIR = fileURLToPath(new URL('../../public/models/penguins/v1/', import.meta.url));

/** URL under which the browser build serves the reference model.json. */
export const REFERENCE_MODEL_URL = '/models/penguins/v1/model.json';

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

/** Reads model.json and its weight files from a folder into tfjs model artifacts (topology, weight specs, weight bytes). */
export async function readArtifactsFromDisk(dir: string = REFERENCE_MODEL_DIR): Promise<tf.io.ModelArtifacts> {
  const modelJson = (await readJson(join(dir, 'model.json'))) as tf.io.ModelJSON;
  return tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
    const specs = manifest.flatMap((group) => group.weights);
    const buffers: ArrayBuffer[] = [];
    for (const group of manifest) {
      for (const path of group.paths) {
        const bytes = await readFile(join(dir, path));
        // Copy out of Node's pooled Buffer: its .buffer may hold other data around these bytes.
        buffers.push(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      }
    }
    return [specs, tf.io.CompositeArrayBuffer.join(buffers)];
  });
}

/** Reads and zod-validates preprocessing.json and card.json of the reference artifact into a ModelVersion 'v1' (source: its URL). */
export async function loadReferenceVersionFromDisk(dir: string = REFERENCE_MODEL_DIR): Promise<ModelVersion> {
  const preprocessing = preprocessingSchema.parse(await readJson(join(dir, 'preprocessing.json')));
  const card = modelCardSchema.parse(await readJson(join(dir, 'card.json')));
  return {
    version: 'v1',
    registeredAt: card.created,
    card,
    preprocessing,
    source: { kind: 'url', modelUrl: REFERENCE_MODEL_URL },
  };
}

/** Loads the shipped reference model from disk: its validated ModelVersion and a Predictor running its weights. */
export async function loadReferencePredictorFromDisk(
  dir: string = REFERENCE_MODEL_DIR,
): Promise<{ version: ModelVersion; predictor: DisposablePredictor }> {
  const [version, artifacts] = await Promise.all([loadReferenceVersionFromDisk(dir), readArtifactsFromDisk(dir)]);
  return { version, predictor: await predictorFromArtifacts(artifacts) };
}
