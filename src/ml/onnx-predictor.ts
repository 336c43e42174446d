import * as ort from 'onnxruntime-web';
import type { Preprocessing } from '../core/serving/model-artifact';
import type { DisposablePredictor } from './create-predictor';

/** How Server-Timing and logs name this engine. */
export const ONNX_ENGINE = `onnxruntime-web ${ort.env.versions.web ?? ''} (wasm)`.replace('  ', ' ');

// One wasm thread: threads need SharedArrayBuffer (cross-origin isolation in a page) and buy nothing for a 4-16-3 network.
ort.env.wasm.numThreads = 1;

/**
 * A Predictor running an exported model.onnx in ONNX Runtime. The endpoint hands every Predictor
 * standardized rows (n × features), but the ONNX file takes raw measurements (its first nodes
 * standardize, so KServe or Triton can be sent raw data). So the rows are turned back into raw
 * values with the same mean and std (x = z · std + mean) before they enter the file.
 */
export async function createOnnxPredictor(bytes: Uint8Array, preprocessing: Preprocessing): Promise<DisposablePredictor> {
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  const inputName = session.inputNames[0];
  const outputName = session.outputNames[0];
  if (session.inputNames.length !== 1 || session.outputNames.length !== 1 || !inputName || !outputName) {
    await session.release();
    throw new RangeError(`model.onnx must have one input and one output, has ${session.inputNames.length} and ${session.outputNames.length}`);
  }
  const width = preprocessing.features.length;
  const classes = preprocessing.classes.length;
  // One run at a time: a wasm session is one instance, so concurrent requests queue here instead of inside ORT.
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (rows: number[][]): Promise<number[][]> => {
    const raw = new Float32Array(rows.length * width);
    rows.forEach((row, i) => {
      if (row.length !== width) throw new RangeError(`expected ${width} features per row, got ${row.length}`);
      preprocessing.features.forEach((f, j) => {
        raw[i * width + j] = (row[j] as number) * f.std + f.mean;
      });
    });
    const input = new ort.Tensor('float32', raw, [rows.length, width]);
    const result = await session.run({ [inputName]: input });
    const out = result[outputName];
    input.dispose();
    if (!out) throw new Error(`model.onnx did not return "${outputName}"`);
    const data = out.data as Float32Array;
    out.dispose?.();
    return rows.map((_, i) => Array.from(data.subarray(i * classes, (i + 1) * classes)));
  };
  return {
    predict(standardized: number[][]): Promise<number[][]> {
      if (standardized.length === 0) return Promise.resolve([]);
      const next = queue.then(() => run(standardized));
      queue = next.catch(() => undefined);
      return next;
    },
    dispose(): void {
      void queue.then(() => session.release());
    },
  };
}
