/** The activations an exported dense layer may use (tfjs names; `linear` means none). */
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'softmax', 'linear'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/** One dense layer: y = activation(x · kernel + bias), kernel row-major [inputs × units] as tfjs stores it. */
export interface DenseLayer {
  name: string;
  inputs: number;
  units: number;
  /** inputs × units float32 numbers, row by row (row i = weights leaving input i). */
  kernel: Float32Array;
  /** units float32 numbers. */
  bias: Float32Array;
  activation: Activation;
}

/** One raw input feature and the standardizer numbers fitted on the training rows: z = (x − mean) / std. */
export interface InputFeature {
  name: string;
  unit: string;
  mean: number;
  std: number;
}

/** Everything needed to write the network as ONNX: standardizer, layers, class names and the card's identity. */
export interface NetworkDescription {
  features: InputFeature[];
  layers: DenseLayer[];
  classes: string[];
  /** The model card's name, version label and creation date (ISO 8601), written into metadata_props. */
  card: { name: string; version: string; created: string };
}

/** A result instead of an exception (STYLE.md): each problem names the file and field to blame. */
export type DescribeResult = { ok: true; value: NetworkDescription } | { ok: false; problems: string[] };

/**
 * Checks that a description forms one chain: the first layer takes every feature, each layer takes
 * the previous one's units, the last layer has one unit per class and ends in softmax, every
 * number is finite and every std is positive. Returns the problems found (empty when sound).
 */
export function checkNetwork(net: NetworkDescription): string[] {
  const problems: string[] = [];
  if (net.layers.length === 0) problems.push('the network has no dense layer');
  let width = net.features.length;
  net.layers.forEach((layer, i) => {
    const where = `layer ${i} ("${layer.name}")`;
    if (layer.inputs !== width) problems.push(`${where} takes ${layer.inputs} inputs but receives ${width}`);
    if (layer.kernel.length !== layer.inputs * layer.units) problems.push(`${where}: kernel holds ${layer.kernel.length} numbers, [${layer.inputs}, ${layer.units}] needs ${layer.inputs * layer.units}`);
    if (layer.bias.length !== layer.units) problems.push(`${where}: bias holds ${layer.bias.length} numbers, needs ${layer.units}`);
    if (!layer.kernel.every(Number.isFinite) || !layer.bias.every(Number.isFinite)) problems.push(`${where}: a weight is NaN or infinite`);
    const last = i === net.layers.length - 1;
    if (last && layer.activation !== 'softmax') problems.push(`${where} is the output layer and must use softmax, not ${layer.activation}`);
    if (!last && layer.activation === 'softmax') problems.push(`${where}: softmax is only supported on the output layer`);
    width = layer.units;
  });
  if (net.layers.length > 0 && width !== net.classes.length) problems.push(`the output layer has ${width} units but there are ${net.classes.length} classes`);
  for (const f of net.features) {
    if (!Number.isFinite(f.mean) || !(f.std > 0) || !Number.isFinite(f.std)) problems.push(`feature "${f.name}": mean must be finite and std positive`);
  }
  return problems;
}
