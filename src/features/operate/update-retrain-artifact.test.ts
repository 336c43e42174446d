import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../../core/data/pipeline-state';
import { fitScaler } from '../../core/data/scaler';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import type { ModelCard } from '../../core/serving/model-artifact';
import { columnsOf, retrainConfig, retrainedArtifact, trainConfigFromCard, widenScaler } from './update-retrain-artifact';

describe('trainConfigFromCard', () => {
  it('reads the settings a Deploy Lab card records, and refuses partial ones', () => {
    const training = { hidden: [8], activation: 'tanh', optimizer: 'sgd', learning_rate: 0.1, epochs: 50, batch: 32, seed: 7 };
    expect(trainConfigFromCard({ training } as unknown as ModelCard)).toEqual({ hidden: [8], activation: 'tanh', optimizer: 'sgd', learningRate: 0.1, epochs: 50, batchSize: 32, seed: 7 });
    // The reference card has no hidden sizes or seed: the defaults are used instead.
    expect(retrainConfig({ training: { epochs: 250, optimizer: 'adam', learning_rate: 0.01, batch: 'full' } } as unknown as ModelCard)).toEqual({ config: DEFAULT_TRAIN_CONFIG, source: 'default' });
    expect(retrainConfig(null).source).toBe('default');
  });
});

describe('retrainedArtifact', () => {
  it('says in the card which data was used', () => {
    const r = retrainedArtifact({
      runId: 'retrain-1',
      config: DEFAULT_TRAIN_CONFIG,
      model: { modelTopology: {}, weightSpecs: [{ name: 'w', shape: [1], dtype: 'float32' }], weightData: 'AAAAAA==' },
      validationAccuracy: 0.98,
      testSetSeenBeforeTraining: false,
      scaler: fitScaler('standard', [
        [40, 18, 190, 3500],
        [50, 15, 220, 5500],
      ]),
      features: DEFAULT_PIPELINE.features,
      pipeline: DEFAULT_PIPELINE,
      dataKey: pipelineToQuery(DEFAULT_PIPELINE),
      counts: { original: 240, feedback: 85, validation: 51, test: 51 },
      perClass: { Adelie: 40, Chinstrap: 15, Gentoo: 30 },
      created: new Date('2026-11-26T12:00:00Z'),
    });
    if (!r.ok) throw new Error(r.problems.join('; '));
    expect(r.value.card.description).toMatch(/240 training rows plus 85 labelled rows from endpoint feedback \(40 Adelie, 15 Chinstrap, 30 Gentoo\)/);
    expect(r.value.card.split).toEqual({ train: 325, validation: 51, test: 51 });
    expect(r.value.card.metrics.test_accuracy).toBeNull();
    expect(r.value.card).toMatchObject({ data: { training_rows: 240, feedback_rows: 85, scaler_fitted_on: 'training rows + feedback rows' } });
  });
});

describe('retraining on the chosen measurements', () => {
  const twoFeatures = { ...DEFAULT_PIPELINE, features: ['bill_length_mm' as const, 'body_mass_g' as const] };

  it('picks the chosen columns and widens their scaler to the four-column layout', () => {
    expect(columnsOf(twoFeatures.features)([[40, 18, 190, 3500]])).toEqual([[40, 3500]]);
    const scaler = fitScaler('standard', [
      [40, 3500],
      [50, 5500],
    ]);
    expect(widenScaler(scaler, twoFeatures.features)).toEqual({ kind: 'standard', mean: [45, 0, 0, 4500], std: [5, 1, 1, 1000] });
  });

  it('ships a model whose preprocessing and card name only those measurements, with their refitted numbers', () => {
    const scaler = fitScaler('standard', [
      [40, 3500],
      [50, 5500],
    ]);
    const r = retrainedArtifact({
      runId: 'retrain-2',
      config: DEFAULT_TRAIN_CONFIG,
      model: { modelTopology: {}, weightSpecs: [{ name: 'w', shape: [1], dtype: 'float32' }], weightData: 'AAAAAA==' },
      validationAccuracy: 0.9,
      testSetSeenBeforeTraining: false,
      scaler: widenScaler(scaler, twoFeatures.features),
      features: twoFeatures.features,
      pipeline: twoFeatures,
      dataKey: pipelineToQuery(twoFeatures),
      counts: { original: 240, feedback: 85, validation: 51, test: 51 },
      perClass: { Adelie: 40, Chinstrap: 15, Gentoo: 30 },
      created: new Date('2026-11-26T12:00:00Z'),
    });
    if (!r.ok) throw new Error(r.problems.join('; '));
    expect(r.value.preprocessing.features.map((f) => [f.name, f.mean, f.std])).toEqual([
      ['bill_length_mm', 45, 5],
      ['body_mass_g', 4500, 1000],
    ]);
    expect(r.value.card).toMatchObject({ data: { features: ['bill_length_mm', 'body_mass_g'] } });
  });
});
