import * as onnxModule from 'onnx-proto';
import type { Activation, NetworkDescription } from './network-description';
import { checkNetwork } from './network-description';

// onnx-proto is ONNX's own schema compiled for protobufjs: plain JavaScript (no Node or DOM API), so core may use it.
// It is CommonJS: under Node's ESM loader its namespace sits on `default`, under Vite on the module itself.
const { onnx } = (onnxModule as unknown as { default?: typeof onnxModule }).default ?? onnxModule;

/** Name of the ONNX model's input: the same tensor name our Open Inference V2 route and its inspector preset use. */
export const ONNX_INPUT_NAME = 'input-0';

/** Name of the ONNX model's output: the same tensor name our V2 infer response uses. */
export const ONNX_OUTPUT_NAME = 'probabilities';

/** ONNX operator set the export targets (Softmax over the last axis needs ≥ 13). */
export const ONNX_OPSET = 13;

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const ACTIVATION_OP: Record<Exclude<Activation, 'linear' | 'softmax'>, string> = { relu: 'Relu', tanh: 'Tanh', sigmoid: 'Sigmoid' };

const floatTensor = (name: string, dims: number[], values: ArrayLike<number>) => ({ name, dims, dataType: FLOAT, floatData: Array.from(values) });

// [N, width]: N is a named (dynamic) batch dimension, so one file serves 1 or 1,000 rows.
const matrixType = (width: number) => ({ tensorType: { elemType: FLOAT, shape: { dim: [{ dimParam: 'N' }, { dimValue: width }] } } });

/** The metadata_props written into the file: class and feature names (JSON arrays), units, and the card's identity. */
export function onnxMetadata(net: NetworkDescription): Record<string, string> {
  return {
    classes: JSON.stringify(net.classes),
    features: JSON.stringify(net.features.map((f) => f.name)),
    feature_units: JSON.stringify(net.features.map((f) => f.unit)),
    card_name: net.card.name,
    card_version: net.card.version,
    card_created: net.card.created,
  };
}

/**
 * Writes a network as an ONNX ModelProto (opset 13): raw float32 measurements [N, features] →
 * Sub(mean) → Div(std) → one Gemm per dense layer with its activation → Softmax → `probabilities`
 * [N, classes]. The standardizer is part of the graph, so the file takes raw inputs as the endpoint does.
 * Throws a RangeError if the description is unsound (callers build it with describeTfjsModel, which checks).
 */
export function encodeOnnxModel(net: NetworkDescription): Uint8Array {
  const problems = checkNetwork(net);
  if (problems.length > 0) throw new RangeError(`cannot export: ${problems.join('; ')}`);
  const f = net.features.length;
  const initializer = [floatTensor('standardize_mean', [f], net.features.map((x) => x.mean)), floatTensor('standardize_std', [f], net.features.map((x) => x.std))];
  const node = [
    { opType: 'Sub', name: 'subtract_mean', input: [ONNX_INPUT_NAME, 'standardize_mean'], output: ['centered'] },
    { opType: 'Div', name: 'divide_by_std', input: ['centered', 'standardize_std'], output: ['standardized'] },
  ];
  let current = 'standardized';
  for (const layer of net.layers) {
    const kernel = `${layer.name}/kernel`;
    const bias = `${layer.name}/bias`;
    initializer.push(floatTensor(kernel, [layer.inputs, layer.units], layer.kernel), floatTensor(bias, [layer.units], layer.bias));
    // Gemm computes A·B + C; tfjs stores the kernel as [inputs, units], which is B as it is (no transpose).
    const logits = `${layer.name}/logits`;
    node.push({ opType: 'Gemm', name: `${layer.name}/gemm`, input: [current, kernel, bias], output: [logits] });
    current = logits;
    if (layer.activation === 'linear' || layer.activation === 'softmax') continue;
    const out = `${layer.name}/${layer.activation}`;
    node.push({ opType: ACTIVATION_OP[layer.activation], name: out, input: [current], output: [out] });
    current = out;
  }
  const softmax = { opType: 'Softmax', name: 'softmax', input: [current], output: [ONNX_OUTPUT_NAME], attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: -1 }] };
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: ONNX_OPSET }],
    producerName: 'deploy-lab',
    producerVersion: '1',
    docString: `${net.card.name} ${net.card.version}: raw ${net.features.map((x) => x.name).join(', ')} in, probabilities of ${net.classes.join(', ')} out.`,
    metadataProps: Object.entries(onnxMetadata(net)).map(([key, value]) => ({ key, value })),
    graph: {
      name: net.card.name,
      input: [{ name: ONNX_INPUT_NAME, type: matrixType(f) }],
      output: [{ name: ONNX_OUTPUT_NAME, type: matrixType(net.classes.length) }],
      initializer,
      node: [...node, softmax],
    },
  });
  // A plain Uint8Array of its own: under Node protobufjs returns a Buffer that views a shared 8 KiB pool.
  return new Uint8Array(onnx.ModelProto.encode(model).finish());
}
