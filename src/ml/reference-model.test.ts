// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES, SPECIES } from '../core/data/penguins';
import { referenceRows, referenceSplit, toMatrix } from '../core/data/reference-split';
import { fitStandardizer } from '../core/data/standardizer';
import { applyPreprocessing } from '../core/serving/model-artifact';
import type { ModelVersion } from '../core/serving/model-artifact';
import type { DisposablePredictor } from './create-predictor';
import { argMax, evaluateAccuracy } from './evaluate-accuracy';
import { loadReferencePredictorFromDisk } from './load-predictor-node';
import { REFERENCE_ARCHITECTURE } from './reference-artifact';

let version: ModelVersion;
let predictor: DisposablePredictor;

beforeAll(async () => {
  ({ version, predictor } = await loadReferencePredictorFromDisk());
});

afterAll(() => predictor.dispose());

const split = referenceSplit();

/** Accuracy of the committed model on some rows, preprocessed with the committed preprocessing.json. */
async function accuracyOn(rows: typeof split.test): Promise<number> {
  const { x, labels } = toMatrix(rows);
  return evaluateAccuracy(
    predictor,
    x.map((row) => applyPreprocessing(version.preprocessing, row)),
    labels,
  );
}

describe('reference model v1 (public/models/penguins/v1)', () => {
  it('has a card whose split and data accounting match the recomputed split', () => {
    const { rows, dropped } = referenceRows();
    expect(version.card.split).toEqual({
      train: split.train.length,
      validation: split.validation.length,
      test: split.test.length,
    });
    expect(version.card.seed).toBe(42);
    expect(version.card.architecture).toBe(REFERENCE_ARCHITECTURE);
    expect(version.card.data).toMatchObject({ rows_used: rows.length, rows_dropped_missing: dropped, license: 'CC0-1.0' });
    expect(rows.length + dropped).toBe(344);
  });

  it('reports the validation and test accuracy it really has, and test accuracy ≥ 0.95', async () => {
    const validation = await accuracyOn(split.validation);
    const test = await accuracyOn(split.test);
    expect(Math.abs(version.card.metrics.validation_accuracy - validation)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs((version.card.metrics.test_accuracy ?? Number.NaN) - test)).toBeLessThanOrEqual(1e-4);
    expect(test).toBeGreaterThanOrEqual(0.95);
  });

  it('ships a standardizer fitted on the train split only', () => {
    const scaler = fitStandardizer(toMatrix(split.train).x);
    const everything = fitStandardizer(toMatrix([...split.train, ...split.validation, ...split.test]).x);
    version.preprocessing.features.forEach((f, j) => {
      expect(f.name).toBe(FEATURES[j]);
      expect(Math.abs(f.mean - (scaler.mean[j] as number))).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(f.std - (scaler.std[j] as number))).toBeLessThanOrEqual(1e-6);
    });
    // Guard against a silent refit on all rows: those numbers differ measurably.
    expect(version.preprocessing.features.some((f, j) => Math.abs(f.mean - (everything.mean[j] as number)) > 1e-6)).toBe(true);
    expect(version.preprocessing.classes).toEqual([...SPECIES]);
  });

  it.each([
    ['Adelie', [39.1, 18.7, 181, 3750]],
    ['Chinstrap', [46.5, 17.9, 192, 3500]],
    ['Gentoo', [50.0, 15.2, 218, 5700]],
  ] as const)('recognizes a typical %s', async (species, raw) => {
    const [probabilities] = await predictor.predict([applyPreprocessing(version.preprocessing, raw)]);
    expect(probabilities).toHaveLength(3);
    expect(version.preprocessing.classes[argMax(probabilities ?? [])]).toBe(species);
  });

  it('returns probability rows that sum to 1 ± 1e-6 for every test bird', async () => {
    const { x } = toMatrix(split.test);
    const out = await predictor.predict(x.map((row) => applyPreprocessing(version.preprocessing, row)));
    expect(out).toHaveLength(x.length);
    for (const row of out) {
      for (const p of row) expect(p).toBeGreaterThanOrEqual(0);
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-6);
    }
  });
});
