// @vitest-environment node
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOnnxSignature } from '../core/onnx/read-onnx-signature';
import { REFERENCE_MODEL_DIR } from './load-predictor-node';
import { exportFolderToOnnx } from './onnx-export-folder';

let dir: string;

beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'onnx-export-')), 'v1');
  await cp(REFERENCE_MODEL_DIR, dir, { recursive: true });
});
afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

async function editJson(name: string, edit: (value: Record<string, unknown>) => void): Promise<void> {
  const value = JSON.parse(await readFile(join(dir, name), 'utf8')) as Record<string, unknown>;
  edit(value);
  await writeFile(join(dir, name), JSON.stringify(value));
}

async function problemsOf(): Promise<string[]> {
  const result = await exportFolderToOnnx(dir);
  if (result.ok) throw new Error('expected the export to be refused');
  return result.problems;
}

describe('exportFolderToOnnx (npm run export:onnx)', () => {
  it('exports v1’s folder with its name, classes, features and card date in the metadata', async () => {
    const result = await exportFolderToOnnx(dir);
    if (!result.ok) throw new Error(result.problems.join('; '));
    const sig = readOnnxSignature(result.bytes);
    expect(sig.opset).toBeGreaterThanOrEqual(13);
    expect(sig.metadata).toMatchObject({ card_version: 'v1', card_created: '2026-11-26', classes: '["Adelie","Chinstrap","Gentoo"]' });
    expect(JSON.parse(sig.metadata.features ?? '')).toEqual(['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g']);
  });

  it('names the missing file', async () => {
    await unlink(join(dir, 'card.json'));
    expect(await problemsOf()).toEqual([`${join(dir, 'card.json')}: cannot be read (ENOENT)`]);
  });

  it('names the file and field of a bad scaler number', async () => {
    await editJson('preprocessing.json', (p) => {
      (p.features as { std: number }[])[2] = { ...(p.features as object[])[2], std: -1 } as { std: number };
    });
    const [problem] = await problemsOf();
    expect(problem).toMatch(new RegExp(`^${join(dir, 'preprocessing.json')}: features\\.2\\.std: `));
  });

  it('names the layer field of an activation ONNX export does not support', async () => {
    await editJson('model.json', (m) => {
      const layers = (m.modelTopology as { config: { layers: { config: { activation: string } }[] } }).config.layers;
      (layers[0] as { config: { activation: string } }).config.activation = 'elu';
    });
    const [problem] = await problemsOf();
    expect(problem).toContain(`${join(dir, 'model.json')}: modelTopology.config.layers.0.config.activation: activation "elu" cannot be exported`);
  });

  it('names the weights file when it is short', async () => {
    await truncate(join(dir, 'weights.bin'), 100);
    expect(await problemsOf()).toEqual([`${join(dir, 'weights.bin')}: holds 100 bytes; model.json's weight specs need 524`]);
  });

  it('names invalid JSON', async () => {
    await writeFile(join(dir, 'model.json'), '{"modelTopology": ');
    expect(await problemsOf()).toEqual([`${join(dir, 'model.json')}: is not valid JSON`]);
  });

  it('the script exits 1 with the file to blame, and 0 with the file written', async () => {
    const run = promisify(execFile);
    const out = join(dir, '..', 'out', 'model.onnx');
    const ok = await run(process.execPath, ['--import', 'tsx', 'scripts/export-onnx.ts', dir, out]);
    expect(ok.stdout).toMatch(/input: {2}input-0 FP32 \[N, 4\]/);
    expect(readOnnxSignature(new Uint8Array(await readFile(out))).outputs[0]?.name).toBe('probabilities');
    await unlink(join(dir, 'preprocessing.json'));
    const failed = await run(process.execPath, ['--import', 'tsx', 'scripts/export-onnx.ts', dir, out]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain(`${join(dir, 'preprocessing.json')}: cannot be read (ENOENT)`);
  }, 30_000);
});
