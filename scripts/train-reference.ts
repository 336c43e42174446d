// Trains the reference model v1 and writes its artifact to public/models/penguins/v1/.
// Run with `npm run train:reference`; the output is deterministic (seeded split and initializers, full batch, cpu).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import { SPECIES } from '../src/core/data/penguins';
import { REFERENCE_SEED, referenceRows, referenceSplit, toMatrix } from '../src/core/data/reference-split';
import { fitStandardizer, standardize } from '../src/core/data/standardizer';
import { modelCardSchema, preprocessingSchema } from '../src/core/serving/model-artifact';
import { ensureBackend } from '../src/ml/backend';
import { buildModel, disposeBuiltModel } from '../src/ml/build-model';
import { createPredictor } from '../src/ml/create-predictor';
import { evaluateAccuracy } from '../src/ml/evaluate-accuracy';
import {
  buildModelJson,
  buildPreprocessing,
  buildReferenceCard,
  REFERENCE_TRAINING,
  WEIGHTS_FILE,
} from '../src/ml/reference-artifact';
import { trainFullBatch } from '../src/ml/train-model';

const OUT_DIR = fileURLToPath(new URL('../public/models/penguins/v1/', import.meta.url));
const MIN_TEST_ACCURACY = 0.95;

async function main(): Promise<void> {
  const backend = await ensureBackend();
  const { rows, dropped } = referenceRows();
  const split = referenceSplit(rows);
  const train = toMatrix(split.train);
  const validation = toMatrix(split.validation);
  const test = toMatrix(split.test);

  // Fitted on train only: fitting on all rows leaks validation and test information into the model.
  const scaler = fitStandardizer(train.x);
  const scale = (x: number[][]) => x.map((row) => standardize(scaler, row));
  const trainData = { x: scale(train.x), labels: train.labels };
  const valData = { x: scale(validation.x), labels: validation.labels };
  const testData = { x: scale(test.x), labels: test.labels };

  const built = buildModel({ seed: REFERENCE_SEED, learningRate: REFERENCE_TRAINING.learning_rate });
  const started = performance.now();
  const reports = await trainFullBatch(built.model, trainData, {
    epochs: REFERENCE_TRAINING.epochs,
    classes: SPECIES.length,
    validation: valData,
    onEpoch: (r) => {
      if (r.epoch % 50 === 0) {
        console.log(`epoch ${r.epoch}: loss ${r.loss.toFixed(4)} acc ${r.accuracy.toFixed(4)} val_loss ${r.valLoss?.toFixed(4)}`);
      }
    },
  });
  const trainingMs = performance.now() - started;

  // Validation guided the choice of epochs and learning rate; test is measured once, after that choice.
  const predictor = createPredictor(built.model);
  const validationAccuracy = await evaluateAccuracy(predictor, valData.x, valData.labels);
  const testAccuracy = await evaluateAccuracy(predictor, testData.x, testData.labels);

  let artifacts: tf.io.ModelArtifacts | null = null;
  await built.model.save(
    tf.io.withSaveHandler(async (a) => {
      artifacts = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!artifacts) throw new Error('model.save produced no artifacts');
  const saved: tf.io.ModelArtifacts = artifacts;
  if (!saved.weightData) throw new Error('model.save produced no weight data');

  const preprocessing = preprocessingSchema.parse(buildPreprocessing(scaler));
  const card = modelCardSchema.parse(
    buildReferenceCard({
      created: new Date().toISOString().slice(0, 10),
      split,
      validationAccuracy,
      testAccuracy,
      rowsUsed: rows.length,
      rowsDropped: dropped,
    }),
  );
  if (testAccuracy < MIN_TEST_ACCURACY) {
    throw new Error(`test accuracy ${testAccuracy.toFixed(4)} is below ${MIN_TEST_ACCURACY}; artifact not written`);
  }

  await mkdir(OUT_DIR, { recursive: true });
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(saved.weightData));
  await writeFile(join(OUT_DIR, 'model.json'), `${JSON.stringify(buildModelJson(saved), null, 2)}\n`);
  await writeFile(join(OUT_DIR, WEIGHTS_FILE), weights);
  await writeFile(join(OUT_DIR, 'preprocessing.json'), `${JSON.stringify(preprocessing, null, 2)}\n`);
  await writeFile(join(OUT_DIR, 'card.json'), `${JSON.stringify(card, null, 2)}\n`);

  const last = reports.at(-1);
  console.log(`backend ${backend}; rows used ${rows.length}, dropped ${dropped}; split ${JSON.stringify(card.split)}`);
  console.log(`trained ${REFERENCE_TRAINING.epochs} epochs in ${(trainingMs / 1000).toFixed(2)} s; final loss ${last?.loss.toFixed(4)}`);
  console.log(`validation accuracy ${validationAccuracy.toFixed(4)}, test accuracy ${testAccuracy.toFixed(4)}`);
  console.log(`wrote ${OUT_DIR} (weights ${weights.byteLength} bytes)`);
  disposeBuiltModel(built);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
