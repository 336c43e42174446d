import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelCard, Preprocessing } from '../serving/model-artifact';
import { describeTfjsModel } from './describe-tfjs-model';
import type { TfjsModelParts } from './describe-tfjs-model';
import { encodeOnnxModel } from './encode-onnx';
import { readOnnxSignature } from './read-onnx-signature';

const card: ModelCard = { name: 'm', description: '', created: '2026-12-03', seed: 1, split: { train: 1, validation: 1, test: 1 }, metrics: { validation_accuracy: 1, test_accuracy: null }, architecture: 'x' };
const preprocessing = (features: number, classes: number): Preprocessing => ({
  format: 'deploy-lab/preprocessing@1',
  features: Array.from({ length: features }, (_, j) => ({ name: `f${j}`, unit: 'mm', mean: j, std: 1 + j, min: -1e6, max: 1e6 })),
  classes: Array.from({ length: classes }, (_, k) => `c${k}`),
});

/** A Sequential tfjs model of Dense layers with the given widths (inputs first), as model.json and weights.bin hold it. */
function tfjsParts(widths: number[], activation: string): TfjsModelParts {
  const layers = widths.slice(1).map((units, i) => ({ class_name: 'Dense', config: { name: `d${i}`, units, activation: i === widths.length - 2 ? 'softmax' : activation, use_bias: true } }));
  const weightSpecs = widths.slice(1).flatMap((units, i) => [
    { name: `d${i}/kernel`, shape: [widths[i] as number, units], dtype: 'float32' as const },
    { name: `d${i}/bias`, shape: [units], dtype: 'float32' as const },
  ]);
  const count = weightSpecs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1), 0);
  const weights = new Float32Array(count).map((_, i) => Math.sin(i));
  return { modelTopology: { class_name: 'Sequential', config: { layers } }, weightSpecs, weights: new Uint8Array(weights.buffer), preprocessing: preprocessing(widths[0] as number, widths.at(-1) as number), card, version: 'v9' };
}

describe('describeTfjsModel', () => {
  it('never throws on hostile topology: it answers problems that name model.json', () => {
    fc.assert(
      fc.property(fc.anything(), (topology) => {
        const result = describeTfjsModel({ ...tfjsParts([4, 3], 'relu'), modelTopology: topology });
        expect(result.ok).toBe(false);
        if (!result.ok) for (const p of result.problems) expect(p).toMatch(/^model\.json: modelTopology/);
      }),
    );
  });

  it('turns any chain of Dense layers into an ONNX file declaring [N, features] in and [N, classes] out', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 2, maxLength: 5 }), fc.constantFrom('relu', 'tanh', 'sigmoid', 'linear'), (widths, activation) => {
        const result = describeTfjsModel(tfjsParts(widths, activation));
        if (!result.ok) throw new Error(result.problems.join('; '));
        const sig = readOnnxSignature(encodeOnnxModel(result.value));
        expect(sig.inputs).toEqual([{ name: 'input-0', datatype: 'FP32', shape: [-1, widths[0]] }]);
        expect(sig.outputs).toEqual([{ name: 'probabilities', datatype: 'FP32', shape: [-1, widths.at(-1)] }]);
        expect(sig.metadata.card_version).toBe('v9');
      }),
      { numRuns: 50 },
    );
  });

  it('refuses weights whose byte count does not match the specs, and a last layer without softmax', () => {
    const parts = tfjsParts([4, 5, 3], 'relu');
    const short = describeTfjsModel({ ...parts, weights: parts.weights.subarray(0, 8) });
    expect(short).toEqual({ ok: false, problems: [`weights.bin: holds 8 bytes; model.json's weight specs need ${parts.weights.byteLength}`] });
    const layers = (parts.modelTopology as { config: { layers: { config: { activation: string } }[] } }).config.layers;
    (layers[1] as { config: { activation: string } }).config.activation = 'relu';
    const noSoftmax = describeTfjsModel(parts);
    expect(noSoftmax.ok).toBe(false);
    if (!noSoftmax.ok) expect(noSoftmax.problems).toEqual(['model.json and preprocessing.json disagree: layer 1 ("d1") is the output layer and must use softmax, not relu']);
  });
});
