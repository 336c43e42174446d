import * as onnxModule from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';

// See encode-onnx.ts: the CommonJS namespace sits on `default` under Node's ESM loader.
const { onnx } = (onnxModule as unknown as { default?: typeof onnxModule }).default ?? onnxModule;

/** One graph input or output as a V2 metadata route names it: tensor name, datatype and shape (-1 = any size). */
export interface TensorSignature {
  name: string;
  datatype: string;
  shape: number[];
}

/** What an ONNX file declares: its inputs, outputs, operator set and metadata_props. */
export interface OnnxSignature {
  inputs: TensorSignature[];
  outputs: TensorSignature[];
  opset: number;
  metadata: Record<string, string>;
}

// ONNX element types as the Open Inference Protocol V2 spells them (only those a dense network uses).
const V2_DATATYPE: Record<number, string> = { [onnx.TensorProto.DataType.FLOAT]: 'FP32', [onnx.TensorProto.DataType.DOUBLE]: 'FP64', [onnx.TensorProto.DataType.INT64]: 'INT64' };

function signature(v: OnnxTypes.IValueInfoProto): TensorSignature {
  const t = v.type?.tensorType;
  const dims = t?.shape?.dim ?? [];
  return {
    name: v.name ?? '',
    datatype: V2_DATATYPE[t?.elemType ?? 0] ?? `ONNX type ${t?.elemType ?? '?'}`,
    // A named dimension (dimParam, e.g. "N") is dynamic: V2 metadata writes it as -1.
    shape: dims.map((d) => (d.dimValue !== undefined && d.dimValue !== null && !d.dimParam ? Number(d.dimValue) : -1)),
  };
}

/** Decodes an ONNX file's declared inputs, outputs (names, V2 datatypes, shapes), opset and metadata_props. */
export function readOnnxSignature(bytes: Uint8Array): OnnxSignature {
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph;
  const initializers = new Set((graph?.initializer ?? []).map((t) => t.name));
  return {
    // Older exporters list initializers among the inputs too; they are weights, not inputs a caller sends.
    inputs: (graph?.input ?? []).filter((v) => !initializers.has(v.name ?? '')).map(signature),
    outputs: (graph?.output ?? []).map(signature),
    opset: Number(model.opsetImport.find((o) => !o.domain)?.version ?? 0),
    metadata: Object.fromEntries(model.metadataProps.map((p) => [p.key ?? '', p.value ?? ''])),
  };
}
