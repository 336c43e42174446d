import type { InlineModel, Predictor, Preprocessing } from './model-artifact';
import { applyPreprocessing } from './model-artifact';
import type { FieldError } from './problem';
import { toPointer } from './problem';

// Registration refuses a model that cannot serve every request well: an artifact that loads but
// disagrees with its preprocessing would answer 500s or wrong probabilities much later, in front
// of users. Each check names the field to blame with a JSON Pointer into the registration body.

type Path = (string | number)[];

function base64Bytes(b64: string): Uint8Array {
  const text = atob(b64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Float32 weights a registration carries: `weightData` is base64 of little-endian float32 values. */
function weightValues(model: InlineModel): Float32Array {
  const bytes = base64Bytes(model.weightData);
  return new Float32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
}

const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** Checks the weights against their specs: float32 only, the byte length the shapes need, every value finite. */
export function checkWeights(model: InlineModel, at: Path = ['model']): FieldError[] {
  const errors: FieldError[] = [];
  model.weightSpecs.forEach((s, i) => {
    if (s.dtype !== 'float32') errors.push({ pointer: toPointer([...at, 'weightSpecs', i, 'dtype']), message: `must be "float32" (the network's weights are 32-bit floats), not "${s.dtype}"` });
  });
  if (errors.length > 0) return errors;
  const expected = model.weightSpecs.reduce((sum, s) => sum + size(s.shape) * 4, 0);
  const padding = model.weightData.endsWith('==') ? 2 : model.weightData.endsWith('=') ? 1 : 0;
  const actual = model.weightData.length % 4 === 0 ? (model.weightData.length / 4) * 3 - padding : -1;
  if (actual !== expected) {
    return [{ pointer: toPointer([...at, 'weightData']), message: `must decode to ${expected} bytes (4 per float32 weight of weightSpecs), not ${actual < 0 ? 'a length that is not whole base64' : actual}` }];
  }
  const values = weightValues(model);
  const bad = values.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) errors.push({ pointer: toPointer([...at, 'weightData']), message: `weight ${bad} is ${values[bad]}: every weight must be a finite number` });
  return errors;
}

/** Checks each feature's numbers: a valid range with min < max whose ends standardize to finite values. */
export function checkPreprocessing(pre: Preprocessing, at: Path = ['preprocessing']): FieldError[] {
  const errors: FieldError[] = [];
  pre.features.forEach((f, i) => {
    const here = (field: string) => toPointer([...at, 'features', i, field]);
    if (!(f.min < f.max)) errors.push({ pointer: here('max'), message: `must be greater than min (${f.min}): the valid range of "${f.name}" is empty` });
    if (!Number.isFinite(f.mean)) errors.push({ pointer: here('mean'), message: 'must be a finite number' });
    else if (!(f.std > 0) || !Number.isFinite(f.std)) errors.push({ pointer: here('std'), message: 'must be a finite number greater than 0' });
    else if (![f.min, f.max].every((x) => Number.isFinite((x - f.mean) / f.std))) {
      errors.push({ pointer: here('std'), message: `is too small for mean ${f.mean}: standardizing the valid range gives an infinite value` });
    }
  });
  const seen = new Set<string>();
  pre.classes.forEach((c, i) => {
    if (seen.has(c)) errors.push({ pointer: toPointer([...at, 'classes', i]), message: `class "${c}" is listed twice` });
    seen.add(c);
  });
  return errors;
}

const record = (x: unknown): Record<string, unknown> | null => (typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>) : null);

/** The layers of a tfjs layers topology (Sequential or Functional), with their paths, if it has that shape. */
function layersOf(topology: Record<string, unknown>): { layers: unknown[]; path: Path } | null {
  for (const path of [['config', 'layers'], ['model_config', 'config', 'layers']]) {
    let node: unknown = topology;
    for (const key of path) node = record(node)?.[key];
    if (Array.isArray(node)) return { layers: node, path };
  }
  return null;
}

/** Checks the network's declared input width, dtype and output units against the features and classes. */
export function checkTopology(model: InlineModel, pre: Preprocessing, at: Path = ['model']): FieldError[] {
  const errors: FieldError[] = [];
  const features = pre.features.length;
  const classes = pre.classes.length;
  const found = layersOf(model.modelTopology);
  if (found && found.layers.length > 0) {
    const base = [...at, 'modelTopology', ...found.path];
    const first = record(record(found.layers[0])?.config);
    const inputKey = first && ('batch_input_shape' in first ? 'batch_input_shape' : 'batchInputShape' in first ? 'batchInputShape' : null);
    const shape = inputKey && first ? first[inputKey] : null;
    if (Array.isArray(shape) && shape.at(-1) !== features) {
      errors.push({ pointer: toPointer([...base, 0, 'config', inputKey as string, shape.length - 1]), message: `must be ${features}, one input per feature in preprocessing.features` });
    }
    if (first && 'dtype' in first && first.dtype !== 'float32') {
      errors.push({ pointer: toPointer([...base, 0, 'config', 'dtype']), message: `must be "float32", not ${JSON.stringify(first.dtype)}` });
    }
    const lastIndex = found.layers.findLastIndex((l) => typeof record(record(l)?.config)?.units === 'number');
    const units = lastIndex >= 0 ? record(record(found.layers[lastIndex])?.config)?.units : undefined;
    if (units !== undefined && units !== classes) {
      errors.push({ pointer: toPointer([...base, lastIndex, 'config', 'units']), message: `must be ${classes}, one output per class in preprocessing.classes` });
    }
  }
  // The first kernel's rows are the input width and the last kernel's columns the outputs, whatever the topology says.
  const kernels = model.weightSpecs.map((s, i) => ({ s, i })).filter(({ s }) => /kernel$/.test(s.name) && s.shape.length === 2);
  const firstKernel = kernels[0];
  const lastKernel = kernels.at(-1);
  if (firstKernel && firstKernel.s.shape[0] !== features) {
    errors.push({ pointer: toPointer([...at, 'weightSpecs', firstKernel.i, 'shape', 0]), message: `must be ${features}: the first layer takes one input per feature` });
  }
  if (lastKernel && lastKernel.s.shape[1] !== classes) {
    errors.push({ pointer: toPointer([...at, 'weightSpecs', lastKernel.i, 'shape', 1]), message: `must be ${classes}: the last layer gives one probability per class` });
  }
  return errors;
}

/** Every check that needs no model runtime, in the order a learner would fix them. */
export function checkArtifact(model: InlineModel, pre: Preprocessing): FieldError[] {
  return [...checkPreprocessing(pre), ...checkWeights(model), ...checkTopology(model, pre)];
}

/** Rows that span each feature's valid range (its min, mean and max), standardized as the endpoint would. */
function probeRows(pre: Preprocessing): number[][] {
  const pick = (choose: (f: Preprocessing['features'][number]) => number) => applyPreprocessing(pre, pre.features.map(choose));
  return [pick((f) => f.min), pick((f) => Math.min(f.max, Math.max(f.min, f.mean))), pick((f) => f.max)];
}

/** True when `row` is a probability distribution over `classes` classes (finite, in [0, 1], summing to 1 ± 1e-3). */
export function isDistribution(row: readonly number[] | undefined, classes: number): boolean {
  if (!row || row.length !== classes || !row.every((p) => Number.isFinite(p) && p >= 0 && p <= 1)) return false;
  return Math.abs(row.reduce((a, b) => a + b, 0) - 1) <= 1e-3;
}

/**
 * Runs a loaded model on rows across the valid ranges; a field error when it throws or does not
 * answer one probability distribution over the classes per row (null when it does).
 */
export async function probePredictor(predictor: Predictor, pre: Preprocessing): Promise<FieldError | null> {
  const rows = probeRows(pre);
  let out: number[][];
  try {
    out = await predictor.predict(rows);
  } catch {
    return { pointer: '/model', message: `fails on ${pre.features.length} standardized inputs: the network does not take one input per feature` };
  }
  if (out.length !== rows.length || !out.every((row) => isDistribution(row, pre.classes.length))) {
    return { pointer: '/model', message: `must answer ${pre.classes.length} finite probabilities summing to 1 for every input in the valid ranges (is the last layer a softmax with one unit per class?)` };
  }
  return null;
}
