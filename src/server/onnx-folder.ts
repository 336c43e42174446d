import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ServingContext } from '../core/serving/context';
import { readOnnxSignature } from '../core/onnx/read-onnx-signature';
import { modelCardSchema, preprocessingSchema } from '../core/serving/model-artifact';
import type { Predictor } from '../core/serving/model-artifact';
import { createOnnxPredictor } from '../ml/onnx-predictor';
import type { FolderProblem, FolderResult } from './model-folders';

/** True when a model folder is an ONNX one: model.onnx beside preprocessing.json and card.json, and no model.json. */
export async function isOnnxFolder(folder: string): Promise<boolean> {
  const exists = (name: string) => readFile(join(folder, name)).then(() => true, () => false);
  return (await exists('model.onnx')) && !(await exists('model.json'));
}

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; problem: FolderProblem }> {
  try {
    return { ok: true, value: JSON.parse(await readFile(file, 'utf8')) as unknown };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problem: { file, field: '', reason: code ? `cannot be read (${code})` : 'is not valid JSON' } };
  }
}

/** The checks POST /api/models makes, for files the API never sees: schema, and the ONNX file's tensors against preprocessing.json. */
function check(dir: string, pre: unknown, card: unknown, bytes: Uint8Array): FolderProblem[] {
  const problems: FolderProblem[] = [];
  const pointer = (path: PropertyKey[]) => (path.length ? `/${path.map(String).join('/')}` : '');
  const p = preprocessingSchema.safeParse(pre);
  if (!p.success) problems.push(...p.error.issues.map((i) => ({ file: join(dir, 'preprocessing.json'), field: pointer(i.path), reason: i.message })));
  const c = modelCardSchema.safeParse(card);
  if (!c.success) problems.push(...c.error.issues.map((i) => ({ file: join(dir, 'card.json'), field: pointer(i.path), reason: i.message })));
  if (!p.success) return problems;
  const file = join(dir, 'model.onnx');
  let sig: ReturnType<typeof readOnnxSignature>;
  try {
    sig = readOnnxSignature(bytes);
  } catch (e) {
    return [...problems, { file, field: '', reason: `is not an ONNX model (${(e as Error).message})` }];
  }
  const [input] = sig.inputs;
  const [output] = sig.outputs;
  const k = p.data.features.length;
  if (sig.inputs.length !== 1 || input?.datatype !== 'FP32' || input.shape.length !== 2 || input.shape[1] !== k) problems.push({ file, field: 'graph.input', reason: `must be one FP32 input of shape [N, ${k}] (the features of preprocessing.json)` });
  if (sig.outputs.length !== 1 || output?.datatype !== 'FP32' || output.shape[1] !== p.data.classes.length) problems.push({ file, field: 'graph.output', reason: `must be one FP32 output of shape [N, ${p.data.classes.length}] (the classes of preprocessing.json)` });
  const names = sig.metadata.features;
  if (names !== undefined && names !== JSON.stringify(p.data.features.map((f) => f.name))) problems.push({ file, field: 'metadata_props/features', reason: `is ${names}; preprocessing.json's features are in another order` });
  return problems;
}

/**
 * Registers a folder holding model.onnx, preprocessing.json and card.json as the next version, run by ONNX Runtime.
 * The API registers only tfjs models, so the version is added to the registry here, after the same kind of
 * checks; `predictors` gets the version's ONNX predictor, which the server's loader serves.
 */
export async function registerOnnxFolder(context: ServingContext, predictors: Map<string, Predictor>, folder: string): Promise<FolderResult> {
  const dir = resolve(folder);
  const [pre, card] = await Promise.all([readJson(join(dir, 'preprocessing.json')), readJson(join(dir, 'card.json'))]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(join(dir, 'model.onnx')));
  } catch (e) {
    return { ok: false, problems: [{ file: join(dir, 'model.onnx'), field: '', reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }] };
  }
  if (!pre.ok || !card.ok) return { ok: false, problems: [pre, card].flatMap((r) => (r.ok ? [] : [r.problem])) };
  const problems = check(dir, pre.value, card.value, bytes);
  if (problems.length > 0) return { ok: false, problems };
  const preprocessing = preprocessingSchema.parse(pre.value);
  let predictor: Predictor;
  try {
    predictor = await createOnnxPredictor(bytes, preprocessing);
  } catch (e) {
    return { ok: false, problems: [{ file: join(dir, 'model.onnx'), field: '', reason: `ONNX Runtime cannot load it (${(e as Error).message})` }] };
  }
  const version = context.registry.reserveVersion();
  if (!version) return { ok: false, problems: [{ file: dir, field: '', reason: 'no version name is free' }] };
  try {
    // The file the version came from, relative: the server's own paths are nobody's business.
    const added = context.registry.addVersion({ version, registeredAt: context.timestamp(), card: modelCardSchema.parse(card.value), preprocessing, source: { kind: 'url', modelUrl: 'model.onnx' } });
    if (!added.ok) return { ok: false, problems: [{ file: dir, field: '', reason: 'the registry refused the version' }] };
  } finally {
    context.registry.releaseVersion(version);
  }
  predictors.set(version, predictor);
  return { ok: true, version };
}
