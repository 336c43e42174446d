// @vitest-environment node
// The whole promise of the bundle: train a model, zip it, unzip it elsewhere, serve it with `npm run serve -- --models`
// and ask it with the bundle's own web_app.py for the three typical birds.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { SPECIES } from '../core/data/penguins';
import { referenceSplit, toMatrix } from '../core/data/reference-split';
import { fitStandardizer, standardize } from '../core/data/standardizer';
import { artifactToOnnx } from '../core/onnx/artifact-to-onnx';
import { buildDeploymentBundle, bundleFolder } from '../core/onnx/deployment-bundle';
import { modelCardSchema } from '../core/serving/model-artifact';
import { makeAppDir } from '../server/test-fixtures';
import { buildPreprocessing } from './reference-artifact';
import { trainEngine } from './train-engine';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const text = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const run = promisify(execFile);
const started: ChildProcess[] = [];
// SIGTERM, not SIGKILL: start.mjs passes it on to the server it runs; a killed wrapper would orphan that server.
afterAll(async () => {
  await Promise.all(
    started.filter((c) => c.exitCode === null).map((c) => new Promise((resolve) => {
      c.on('exit', resolve);
      c.kill('SIGTERM');
    })),
  );
});

/** A freshly trained learner-like model (one hidden layer of 12 tanh units) as a deployable artifact. */
async function trainArtifact() {
  const split = referenceSplit();
  const train = toMatrix(split.train);
  const validation = toMatrix(split.validation);
  const scaler = fitStandardizer(train.x);
  const trained = await trainEngine(
    { hidden: [12], activation: 'tanh', optimizer: 'adam', learningRate: 0.03, epochs: 120, batchSize: 'full', seed: 11 },
    { train: { x: train.x.map((r) => standardize(scaler, r)), labels: train.labels }, validation: { x: validation.x.map((r) => standardize(scaler, r)), labels: validation.labels }, classes: SPECIES.length },
  );
  if (!trained.model) throw new Error('training diverged');
  const card = modelCardSchema.parse({ name: 'penguins-mlp', description: 'trained by the bundle round-trip test', created: new Date().toISOString(), seed: 11, split: { train: 240, validation: 51, test: 51 }, metrics: { validation_accuracy: 0.98, test_accuracy: null }, architecture: '4-12-3 MLP (tanh, softmax)', run_id: 'run-roundtrip' });
  return { model: trained.model, preprocessing: buildPreprocessing(scaler), card };
}

/** Starts `npm run serve`'s program on a free port with the given args; resolves with its URL. */
function startServe(args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['src/server/start.mjs', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, DEPLOY_LAB_APP_DIR: makeAppDir() }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  child.stdout?.resume();
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${err}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${err}`)));
  });
}

describe('the deployment bundle, from a freshly trained model to a prediction', () => {
  it('unzips, serves its onnx folder with npm run serve -- --models, and its web_app.py names the three typical birds', async () => {
    const artifact = await trainArtifact();
    const onnx = artifactToOnnx(artifact, 'run-roundtrip');
    if (!onnx.ok) throw new Error(onnx.problems.join('; '));
    const zip = buildDeploymentBundle({
      artifact,
      onnx: onnx.bytes,
      version: 'run-roundtrip',
      texts: {
        webAppPy: text('public/examples/web_app.py'),
        inferenceService: text('public/deploy/kserve/inferenceservice.yaml'),
        k8s: { deployment: text('public/deploy/k8s/deployment.yaml'), service: text('public/deploy/k8s/service.yaml'), hpa: text('public/deploy/k8s/hpa.yaml') },
      },
    });
    console.info(`deployment bundle: ${zip.byteLength} bytes`);
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    const root = join(dir, bundleFolder('run-roundtrip'));
    const url = await startServe(['--models', join(root, 'onnx')]);
    const birds = [
      ['Adelie', [38.8, 18.3, 190, 3700]],
      ['Chinstrap', [48.8, 18.4, 196, 3730]],
      ['Gentoo', [47.5, 15.0, 217, 5076]],
    ] as const;
    for (const [species, [bl, bd, fl, bm]] of birds) {
      const out = await run('python3', [join(root, 'web_app.py'), '--url', url, '--bill-length-mm', `${bl}`, '--bill-depth-mm', `${bd}`, '--flipper-length-mm', `${fl}`, '--body-mass-g', `${bm}`]);
      expect(out.stdout).toMatch(new RegExp(`^${species} \\(probability`));
    }
    // The bundle's model answered, not the built-in v1, and ONNX Runtime ran it.
    const res = await fetch(`${url}/api/endpoints/penguins/invocations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ instances: [{ bill_length_mm: 38.8, bill_depth_mm: 18.3, flipper_length_mm: 190, body_mass_g: 3700 }] }) });
    expect(res.headers.get('X-Model-Version')).toBe('v2');
    expect(res.headers.get('Server-Timing')).toContain('engine;desc="onnxruntime-web');
  }, 120_000);
});
