// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REFERENCE_MODEL_DIR } from '../ml/load-predictor-node';
import { exportFolderToOnnx } from '../ml/onnx-export-folder';
import { StartupError, createServerApp } from './create-server-app';
import { makeAppDir } from './test-fixtures';

const appDir = makeAppDir();
const logger = pino({ level: 'silent' });
const start = (modelDirs: string[]) => createServerApp({ port: 0, host: '127.0.0.1', modelDirs, token: undefined, allowOrigins: [], appDir }, logger);

/** A folder as `npm run serve -- --models` accepts it for ONNX: v1's model.onnx, preprocessing.json and card.json, no tfjs files. */
async function onnxFolder(editPreprocessing?: (p: { features: unknown[] }) => void): Promise<string> {
  const exported = await exportFolderToOnnx(REFERENCE_MODEL_DIR);
  if (!exported.ok) throw new Error(exported.problems.join('; '));
  const dir = mkdtempSync(join(tmpdir(), 'onnx-folder-'));
  writeFileSync(join(dir, 'model.onnx'), exported.bytes);
  const pre = JSON.parse(readFileSync(join(REFERENCE_MODEL_DIR, 'preprocessing.json'), 'utf8')) as { features: unknown[] };
  editPreprocessing?.(pre);
  writeFileSync(join(dir, 'preprocessing.json'), JSON.stringify(pre));
  writeFileSync(join(dir, 'card.json'), readFileSync(join(REFERENCE_MODEL_DIR, 'card.json')));
  return dir;
}

const post = (path: string, body: unknown) => new Request(`http://127.0.0.1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const adelie = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

async function startupProblems(modelDirs: string[]) {
  try {
    await start(modelDirs);
    return [];
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    return e.problems;
  }
}

describe('--models with an ONNX folder (model.onnx + preprocessing.json + card.json)', () => {
  it('serves it as v2 through ONNX Runtime, with the same answers as v1 in tfjs, and Server-Timing names the engine', async () => {
    const app = await start([await onnxFolder()]);
    expect(app.versions).toEqual(['v1', 'v2']);
    expect(app.serving).toBe('v2');
    const onnx = await app.handler(post('/api/endpoints/penguins/invocations', { instances: [adelie] }));
    expect(onnx.status).toBe(200);
    expect(onnx.headers.get('X-Model-Version')).toBe('v2');
    expect(onnx.headers.get('Server-Timing')).toMatch(/engine;desc="onnxruntime-web 1\.30\.0 \(wasm\)"/);
    const v2 = (await onnx.json()) as { predictions: { species: string; probabilities: Record<string, number> }[] };
    const plain = await start([]);
    const tfjs = await plain.handler(post('/api/endpoints/penguins/invocations', { instances: [adelie] }));
    expect(tfjs.headers.get('Server-Timing')).toMatch(/engine;desc="tfjs 4\.22\.0 \(/);
    const v1 = (await tfjs.json()) as typeof v2;
    expect(v2.predictions[0]?.species).toBe(v1.predictions[0]?.species);
    for (const [c, p] of Object.entries(v1.predictions[0]?.probabilities ?? {})) expect(Math.abs((v2.predictions[0]?.probabilities[c] ?? 0) - p)).toBeLessThan(1e-5);
    const infer = await app.handler(post('/api/v2/models/penguins/infer', { inputs: [{ name: 'input-0', shape: [1, 4], datatype: 'FP32', data: Object.values(adelie) }] }));
    expect(infer.status).toBe(200);
    expect(infer.headers.get('Server-Timing')).toContain('onnxruntime-web');
  });

  it('refuses a folder whose preprocessing.json does not fit the file’s input, naming both', async () => {
    const dir = await onnxFolder((p) => p.features.pop());
    const problems = await startupProblems([dir]);
    expect(problems).toContainEqual({ file: join(dir, 'model.onnx'), field: 'graph.input', reason: 'must be one FP32 input of shape [N, 3] (the features of preprocessing.json)' });
  });

  it('names a missing card.json and a model.onnx that is not ONNX', async () => {
    const dir = await onnxFolder();
    rmSync(join(dir, 'card.json'));
    expect(await startupProblems([dir])).toEqual([{ file: join(dir, 'card.json'), field: '', reason: 'cannot be read (ENOENT)' }]);
    const broken = await onnxFolder();
    writeFileSync(join(broken, 'model.onnx'), 'not a model');
    const [problem] = await startupProblems([broken]);
    expect(problem?.file).toBe(join(broken, 'model.onnx'));
  });
});
