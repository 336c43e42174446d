import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import type { Predictor } from '../core/serving/model-artifact';

/** A Predictor that also owns its tfjs model, so whoever evicts it can free the weights. */
export interface DisposablePredictor extends Predictor {
  dispose(): void;
}

/** Wraps a tfjs LayersModel: predict takes standardized rows (n × features) and returns plain probability rows (n × classes). */
export function createPredictor(model: LayersModel): DisposablePredictor {
  const inputShape = model.inputs[0]?.shape;
  const width = inputShape?.[inputShape.length - 1] ?? null;
  return {
    async predict(standardized: number[][]): Promise<number[][]> {
      if (standardized.length === 0) return [];
      for (const row of standardized) {
        if (width !== null && row.length !== width) {
          throw new RangeError(`expected ${width} features per row, got ${row.length}`);
        }
      }
      // tidy frees the input and every intermediate; only the output escapes, and it is disposed below.
      // One batch for the whole request: predict's default batch of 32 would split 1,000 rows into 32 op rounds.
      const batchSize = Math.max(1, standardized.length);
      const output = tf.tidy(() => model.predict(tf.tensor2d(standardized, undefined, 'float32'), { batchSize }) as tf.Tensor2D);
      try {
        return (await output.array()) as number[][];
      } finally {
        output.dispose();
      }
    },
    dispose(): void {
      model.dispose();
    },
  };
}
