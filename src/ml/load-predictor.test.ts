// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { referenceSplit, toMatrix } from '../core/data/reference-split';
import { applyPreprocessing } from '../core/serving/model-artifact';
import type { ModelVersion } from '../core/serving/model-artifact';
import { ensureBackend } from './backend';
import type { DisposablePredictor } from './create-predictor';
import {
  arrayBufferToBase64,
  artifactsToInlineModel,
  base64ToArrayBuffer,
  clearPredictorCache,
  loadPredictor,
} from './load-predictor';
import { loadReferencePredictorFromDisk, readArtifactsFromDisk, REFERENCE_MODEL_DIR } from './load-predictor-node';

let reference: ModelVersion;
let diskPredictor: DisposablePredictor;
let inputs: number[][];

beforeAll(async () => {
  ({ version: reference, predictor: diskPredictor } = await loadReferencePredictorFromDisk());
  const { x } = toMatrix(referenceSplit().test);
  inputs = x.map((row) => applyPreprocessing(reference.preprocessing, row));
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await clearPredictorCache();
});

afterAll(() => diskPredictor.dispose());

function expectClose(actual: number[][], expected: number[][], tolerance = 1e-6): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) => {
    expect(row).toHaveLength(expected[i]?.length ?? -1);
    row.forEach((p, j) => {
      expect(Math.abs(p - (expected[i]?.[j] ?? Number.NaN))).toBeLessThanOrEqual(tolerance);
    });
  });
}

/** Serves public/ like the Vite server would, so the 'url' source is loaded over (stubbed) HTTP. */
function stubFetchFromPublic(): ReturnType<typeof vi.fn> {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const prefix = '/models/penguins/v1/';
    if (!url.startsWith(prefix)) return new Response('not found', { status: 404 });
    return new Response(await readFile(join(REFERENCE_MODEL_DIR, url.slice(prefix.length))), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('base64 helpers', () => {
  it('round-trip every byte value', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    const back = new Uint8Array(base64ToArrayBuffer(arrayBufferToBase64(bytes.buffer)));
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    expect(arrayBufferToBase64(bytes.buffer)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('loadPredictor', () => {
  it('uses the cpu backend', async () => {
    expect(await ensureBackend()).toBe('cpu');
  });

  it('loads an inline model (base64 weights) that predicts like the artifact on disk', async () => {
    const inline = artifactsToInlineModel(await readArtifactsFromDisk());
    const version: ModelVersion = { ...reference, version: 'inline-copy', source: { kind: 'inline', model: inline } };
    const predictor = await loadPredictor(version);
    expectClose(await predictor.predict(inputs), await diskPredictor.predict(inputs));
  });

  it('loads a url model over HTTP (model.json, then weights.bin next to it)', async () => {
    const fetchMock = stubFetchFromPublic();
    const predictor = await loadPredictor(reference);
    const urls = fetchMock.mock.calls.map(([input]) => String(input));
    expect(urls).toEqual(['/models/penguins/v1/model.json', '/models/penguins/v1/weights.bin']);
    expectClose(await predictor.predict(inputs), await diskPredictor.predict(inputs));
  });

  it('caches per version string and loads again after the cache is cleared', async () => {
    const fetchMock = stubFetchFromPublic();
    const first = await loadPredictor(reference);
    expect(await loadPredictor(reference)).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await clearPredictorCache(reference.version);
    expect(await loadPredictor(reference)).not.toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('does not cache a failed load', async () => {
    const broken: ModelVersion = { ...reference, version: 'broken', source: { kind: 'url', modelUrl: '/nowhere/model.json' } };
    stubFetchFromPublic();
    await expect(loadPredictor(broken)).rejects.toThrow();
    await expect(loadPredictor(broken)).rejects.toThrow();
  });

  it('frees every tensor it creates while predicting', async () => {
    await diskPredictor.predict(inputs);
    const before = tf.memory().numTensors;
    await diskPredictor.predict(inputs);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('frees the weights when the cache is cleared', async () => {
    const before = tf.memory().numTensors;
    const inline = artifactsToInlineModel(await readArtifactsFromDisk());
    await loadPredictor({ ...reference, version: 'to-free', source: { kind: 'inline', model: inline } });
    expect(tf.memory().numTensors).toBeGreaterThan(before);
    await clearPredictorCache('to-free');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('returns [] for no rows and rejects rows of the wrong width', async () => {
    expect(await diskPredictor.predict([])).toEqual([]);
    await expect(diskPredictor.predict([[1, 2, 3]])).rejects.toThrow(/expected 4 features/);
  });
});
