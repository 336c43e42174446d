import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, CONFIG_LIMITS as L, DEFAULT_TRAIN_CONFIG, OPTIMIZERS, trainConfigSchema } from '../../core/modeling/train-config';
import type { TrainConfig } from '../../core/modeling/train-config';
import { hasTrainParams, linkProblemNotice, trainSettingsFromQuery, trainSettingsToQuery } from './train-settings-url';

const configArb: fc.Arbitrary<TrainConfig> = fc.record({
  hidden: fc.array(fc.integer({ min: L.units.min, max: L.units.max }), { maxLength: L.hiddenLayers.max }),
  activation: fc.constantFrom(...ACTIVATIONS),
  optimizer: fc.constantFrom(...OPTIMIZERS),
  learningRate: fc.double({ min: L.learningRate.min, max: L.learningRate.max, noNaN: true }),
  epochs: fc.integer({ min: L.epochs.min, max: L.epochs.max }),
  batchSize: fc.oneof(fc.constant('full' as const), fc.integer({ min: L.batchSize.min, max: L.batchSize.max })),
  seed: fc.integer({ min: L.seed.min, max: L.seed.max }),
});

describe('train settings in the URL', () => {
  it('serialize → parse gives back every valid config, with no problems', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const parsed = trainSettingsFromQuery(trainSettingsToQuery('', c).toString());
        expect(parsed.problems).toEqual([]);
        expect(parsed.config).toEqual(c);
      }),
    );
  });

  it('arbitrary query strings never throw and always give a valid config', () => {
    const keys = fc.constantFrom('hidden', 'act', 'opt', 'lr', 'epochs', 'batch', 'seed', 'other');
    const query = fc.oneof(fc.string(), fc.array(fc.tuple(keys, fc.string()), { maxLength: 10 }).map((kv) => new URLSearchParams(kv).toString()));
    fc.assert(
      fc.property(query, configArb, (q, fallback) => {
        const parsed = trainSettingsFromQuery(q, fallback);
        expect(trainConfigSchema.safeParse(parsed.config).success).toBe(true);
      }),
    );
  });

  it('a bad or out-of-range value takes the default and is named; a missing one keeps the fallback', () => {
    const fallback: TrainConfig = { ...DEFAULT_TRAIN_CONFIG, epochs: 50, seed: 7 };
    const parsed = trainSettingsFromQuery('lr=5&act=softmax&hidden=16-0&batch=0x10&seed=8', fallback);
    expect(parsed.config).toEqual({ ...fallback, learningRate: 0.03, activation: 'relu', hidden: [16], batchSize: 'full', seed: 8 });
    expect(parsed.problems).toHaveLength(4);
    expect(parsed.problems[0]).toMatch(/^hidden=16-0 is not a valid hidden units/);
    expect(linkProblemNotice(parsed.problems, 'the settings')).toMatch(/^Part of this link could not be used/);
    expect(linkProblemNotice([], 'the settings')).toBeNull();
  });

  it('reads no hidden layer, full batch, and keeps other keys when writing', () => {
    expect(trainSettingsFromQuery('hidden=none&batch=full').config).toMatchObject({ hidden: [], batchSize: 'full' });
    const q = trainSettingsToQuery('rates=0.01', { ...DEFAULT_TRAIN_CONFIG, hidden: [] });
    expect(q.get('rates')).toBe('0.01');
    expect(q.get('hidden')).toBe('none');
    expect(hasTrainParams(q.toString())).toBe(true);
    expect(hasTrainParams('rates=0.01')).toBe(false);
  });
});
