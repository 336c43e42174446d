import { z } from 'zod';
import type { InlineModel, ModelCard, Preprocessing } from '../serving/model-artifact';
import { ACTIVATIONS } from './network-description';
import type { DenseLayer, DescribeResult } from './network-description';
import { checkNetwork } from './network-description';

// A tfjs layers model.json, read only as far as the export needs: a Sequential stack of Dense layers.
const denseSchema = z.object({
  class_name: z.literal('Dense', { error: (i) => `layer type ${JSON.stringify(i.input)} cannot be exported (only Dense layers)` }),
  config: z.object({
    name: z.string().min(1),
    units: z.number().int().positive(),
    activation: z.enum(ACTIVATIONS, { error: (i) => `activation ${JSON.stringify(i.input)} cannot be exported (choose ${ACTIVATIONS.join(', ')})` }),
    use_bias: z.boolean().optional(),
  }),
});
const topologySchema = z.object({
  class_name: z.literal('Sequential', { error: (i) => `model class ${JSON.stringify(i.input)} cannot be exported (only Sequential)` }),
  config: z.object({ layers: z.array(denseSchema).min(1) }),
});

/** What a tfjs artifact folder (or a saved run) holds: model.json's topology and weight specs, the weight bytes, preprocessing and card. */
export interface TfjsModelParts {
  modelTopology: unknown;
  weightSpecs: InlineModel['weightSpecs'];
  /** The concatenated weight bytes (weights.bin), little-endian float32 in weightSpecs order. */
  weights: Uint8Array;
  preprocessing: Preprocessing;
  card: ModelCard;
  /** The version label written into the ONNX metadata (e.g. "v1" or the run id). */
  version: string;
}

/** Slices each weight's float32 numbers out of the bytes, by name, in spec order. */
function readWeights(parts: TfjsModelParts): { ok: true; byName: Map<string, Float32Array> } | { ok: false; problems: string[] } {
  const byName = new Map<string, Float32Array>();
  const problems: string[] = [];
  let offset = 0;
  parts.weightSpecs.forEach((spec, i) => {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    if (spec.dtype !== 'float32') problems.push(`model.json: weightsManifest[0].weights[${i}].dtype is ${spec.dtype}; only float32 weights can be exported`);
    const end = offset + count * 4;
    if (end <= parts.weights.byteLength) {
      // A copy: the bytes may sit at an offset that is not a multiple of 4.
      const copy = parts.weights.slice(offset, end);
      byName.set(spec.name, new Float32Array(copy.buffer, copy.byteOffset, count));
    }
    offset = end;
  });
  if (offset !== parts.weights.byteLength) problems.push(`weights.bin: holds ${parts.weights.byteLength} bytes; model.json's weight specs need ${offset}`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, byName };
}

/**
 * Reads a tfjs Sequential stack of Dense layers, its weights, preprocessing and card into a
 * NetworkDescription; every problem names the file and field to blame (e.g.
 * `model.json: modelTopology.config.layers.1.config.activation: …`).
 */
export function describeTfjsModel(parts: TfjsModelParts): DescribeResult {
  const topology = topologySchema.safeParse(parts.modelTopology);
  if (!topology.success) return { ok: false, problems: topology.error.issues.map((i) => `model.json: ${['modelTopology', ...i.path].join('.')}: ${i.message}`) };
  const weights = readWeights(parts);
  if (!weights.ok) return weights;
  const problems: string[] = [];
  let width = parts.preprocessing.features.length;
  const layers: DenseLayer[] = topology.data.config.layers.map(({ config }) => {
    const kernel = weights.byName.get(`${config.name}/kernel`);
    const bias = config.use_bias === false ? new Float32Array(config.units) : weights.byName.get(`${config.name}/bias`);
    if (!kernel) problems.push(`model.json: weightsManifest has no weight "${config.name}/kernel"`);
    if (!bias) problems.push(`model.json: weightsManifest has no weight "${config.name}/bias"`);
    const layer = { name: config.name, inputs: width, units: config.units, kernel: kernel ?? new Float32Array(0), bias: bias ?? new Float32Array(0), activation: config.activation };
    width = config.units;
    return layer;
  });
  if (problems.length > 0) return { ok: false, problems };
  const value = {
    features: parts.preprocessing.features.map(({ name, unit, mean, std }) => ({ name, unit, mean, std })),
    layers,
    classes: [...parts.preprocessing.classes],
    card: { name: parts.card.name, version: parts.version, created: parts.card.created },
  };
  const unsound = checkNetwork(value);
  return unsound.length > 0 ? { ok: false, problems: unsound.map((p) => `model.json and preprocessing.json disagree: ${p}`) } : { ok: true, value };
}
