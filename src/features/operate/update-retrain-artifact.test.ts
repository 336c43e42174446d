import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../../core/data/pipeline-state';
import { fitScaler } from '../../core/data/scaler';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import type { ModelCard } from '../../core/serving/model-artifact';
import { retrainConfig, retrainedArtifact, trainConfigFromCard } from './update-retrain-artifact';

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
