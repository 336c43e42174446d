import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/** Numbers reported after each epoch (loss is categorical cross-entropy, accuracy a share in [0, 1]). */
export interface EpochReport {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss?: number;
  valAccuracy?: number;
}

/** Standardized features (n × features) and class indices (n). */
export interface LabeledData {
  x: number[][];
  labels: number[];
}

/** Options of a full-batch training run. */
export interface TrainOptions {
  epochs: number;
  classes: number;
  validation?: LabeledData;
  onEpoch?: (report: EpochReport) => void;
}

function toTensors(data: LabeledData, classes: number): [tf.Tensor2D, tf.Tensor2D] {
  const x = tf.tensor2d(data.x, undefined, 'float32');
  const y = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(data.labels, 'int32'), classes), 'float32') as tf.Tensor2D);
  return [x, y];
}

/** Trains a compiled model full batch (one gradient step per epoch) and returns the per-epoch reports. */
export async function trainFullBatch(model: LayersModel, train: LabeledData, options: TrainOptions): Promise<EpochReport[]> {
  const [x, y] = toTensors(train, options.classes);
  const val = options.validation ? toTensors(options.validation, options.classes) : null;
  const reports: EpochReport[] = [];
  try {
    await model.fit(x, y, {
      epochs: options.epochs,
      batchSize: train.x.length,
      // Full batch: order does not change the gradient, and no shuffle keeps the run bit-for-bit reproducible.
      shuffle: false,
      verbose: 0,
      // Training belongs in a worker or script, so yielding to an event loop only adds latency.
      yieldEvery: 'never',
      ...(val ? { validationData: val } : {}),
      callbacks: {
        onEpochEnd: async (epoch, logs) => {
          const report: EpochReport = { epoch: epoch + 1, loss: logs?.loss ?? Number.NaN, accuracy: logs?.acc ?? Number.NaN };
          if (val) {
            report.valLoss = logs?.val_loss ?? Number.NaN;
            report.valAccuracy = logs?.val_acc ?? Number.NaN;
          }
          reports.push(report);
          options.onEpoch?.(report);
        },
      },
    });
  } finally {
    x.dispose();
    y.dispose();
    if (val) for (const t of val) t.dispose();
  }
  return reports;
}
