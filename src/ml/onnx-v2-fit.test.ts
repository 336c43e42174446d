// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOnnxSignature } from '../core/onnx/read-onnx-signature';
import { V2_MODEL } from '../core/serving/routes/open-inference';
import { PRESETS } from '../features/inspector/presets';
import type { TestApi } from '../mocks/node';
import { createTestApi } from '../mocks/node';
import { REFERENCE_MODEL_DIR } from './load-predictor-node';
import { exportFolderToOnnx } from './onnx-export-folder';

// The claim under test: the V2 request our inspector teaches is one a KServe/Triton server running
// our model.onnx accepts, and our V2 metadata route describes the same tensors as the file.

interface V2Tensor {
  name: string;
  datatype: string;
  shape: number[];
  data?: number[];
}

let bytes: Uint8Array;
let session: ort.InferenceSession;
let api: TestApi;

beforeAll(async () => {
  const exported = await exportFolderToOnnx(REFERENCE_MODEL_DIR);
  if (!exported.ok) throw new Error(exported.problems.join('; '));
  bytes = exported.bytes;
  session = await ort.InferenceSession.create(bytes);
  api = await createTestApi();
});
afterAll(() => session.release());

const ORT_TO_V2: Record<string, string> = { float32: 'FP32' };
/** ONNX Runtime's view of a tensor as V2 metadata writes it (a named, dynamic dimension is -1). */
function ortTensor(meta: ort.InferenceSession.ValueMetadata): V2Tensor {
  if (!meta.isTensor) throw new Error(`${meta.name} is not a tensor`);
  return { name: meta.name, datatype: ORT_TO_V2[meta.type] ?? meta.type, shape: meta.shape.map((d) => (typeof d === 'number' ? d : -1)) };
}

const v2Preset = () => {
  const preset = PRESETS.find((p) => p.id === 'v2-infer');
  if (!preset?.request.body) throw new Error('no V2 infer preset');
  return { url: preset.request.url, body: JSON.parse(preset.request.body) as { inputs: V2Tensor[] } };
};

describe('the V2 contract fits model.onnx', () => {
  it('the inspector’s V2 request matches the file’s input (name, datatype, shape) and ONNX Runtime runs it', async () => {
    const [fileInput] = session.inputMetadata.map(ortTensor);
    const [sent] = v2Preset().body.inputs;
    if (!fileInput || !sent?.data) throw new Error('missing input');
    expect(sent.name).toBe(fileInput.name);
    expect(sent.datatype).toBe(fileInput.datatype);
    expect(fileInput.shape).toEqual([-1, sent.shape[1]]);
    const out = await session.run({ [sent.name]: new ort.Tensor('float32', Float32Array.from(sent.data), sent.shape) });
    const [fileOutput] = session.outputMetadata.map(ortTensor);
    expect(Object.keys(out)).toEqual([fileOutput?.name]);
    expect(out[fileOutput?.name ?? '']?.dims).toEqual([sent.shape[0], 3]);
  });

  it('our V2 infer answer names and shapes its output as the file does, with the same numbers', async () => {
    const { url, body } = v2Preset();
    const res = await api.endpoint(new Request(`http://localhost${url}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    expect(res.status).toBe(200);
    const [answer] = ((await res.json()) as { outputs: V2Tensor[] }).outputs;
    const [sent] = body.inputs;
    if (!answer?.data || !sent?.data) throw new Error('missing output');
    const file = (await session.run({ [sent.name]: new ort.Tensor('float32', Float32Array.from(sent.data), sent.shape) }))[answer.name];
    expect(file?.dims).toEqual(answer.shape);
    expect(answer.datatype).toBe(ortTensor(session.outputMetadata[0] as ort.InferenceSession.ValueMetadata).datatype);
    Array.from(file?.data as Float32Array).forEach((p, i) => {
      expect(Math.abs(p - (answer.data?.[i] as number))).toBeLessThan(1e-5);
    });
  });

  it('GET /api/v2/models/penguins reports the names, shapes and datatypes the file declares (ONNX Runtime’s and onnx-proto’s reading)', async () => {
    const res = await api.endpoint(new Request(`http://localhost/api/v2/models/${V2_MODEL}`));
    const meta = (await res.json()) as { inputs: V2Tensor[]; outputs: V2Tensor[]; parameters: { feature_order: string[]; classes: string[] } };
    expect(meta.inputs).toEqual(session.inputMetadata.map(ortTensor));
    expect(meta.outputs).toEqual(session.outputMetadata.map(ortTensor));
    const sig = readOnnxSignature(bytes);
    expect({ inputs: meta.inputs, outputs: meta.outputs }).toEqual({ inputs: sig.inputs, outputs: sig.outputs });
    expect(JSON.parse(sig.metadata.features ?? '')).toEqual(meta.parameters.feature_order);
    expect(JSON.parse(sig.metadata.classes ?? '')).toEqual(meta.parameters.classes);
  });
});

describe('public/deploy/kserve/inferenceservice.yaml', () => {
  const text = readFile(join(REFERENCE_MODEL_DIR, '../../../deploy/kserve/inferenceservice.yaml'), 'utf8');

  it('is a KServe InferenceService for an ONNX model over the V2 protocol with a storageUri placeholder', async () => {
    const doc = parse(await text) as { apiVersion: string; kind: string; metadata: { name: string }; spec: { predictor: { model: { modelFormat: { name: string }; protocolVersion: string; storageUri: string } } } };
    expect(doc.apiVersion).toBe('serving.kserve.io/v1beta1');
    expect(doc.kind).toBe('InferenceService');
    expect(doc.metadata.name).toBe(V2_MODEL);
    const { model } = doc.spec.predictor;
    expect(model.modelFormat.name).toBe('onnx');
    expect(model.protocolVersion).toBe('v2');
    expect(model.storageUri).toMatch(/^s3:\/\/YOUR-BUCKET\//);
  });

  it('describes the Triton folder layout with our V2 model name and the file’s tensor names', async () => {
    const sig = readOnnxSignature(bytes);
    const comments = await text;
    expect(comments).toContain(`${V2_MODEL}/`);
    expect(comments).toMatch(/1\/\n#\s+model\.onnx/);
    expect(comments).toContain(`/v2/models/${V2_MODEL}/infer`);
    expect(comments).toContain(`"${sig.inputs[0]?.name}", ${sig.inputs[0]?.datatype}`);
    expect(comments).toContain(`"${sig.outputs[0]?.name}", ${sig.outputs[0]?.datatype}`);
  });
});
