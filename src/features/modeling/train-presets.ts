import type { PipelineState } from '../../core/data/pipeline-state';
import { DEFAULT_PIPELINE } from '../../core/data/pipeline-state';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import type { TrainConfig } from '../../core/modeling/train-config';

/** A "Try this" preset: training settings, and the data change it needs (applied to the learner's saved data choices). */
export interface TrainPreset {
  id: 'overfit' | 'high-rate' | 'two-features' | 'defaults';
  label: string;
  /** What the preset changes, in plain words. */
  changes: string;
  /** What to look for in the curves once it has run. */
  lookFor: string;
  config: TrainConfig;
  data: (s: PipelineState) => PipelineState;
}

/**
 * The presets. Their settings were measured with this data and trainer (seed 42, see the README):
 * - overfit: 34 training rows, 64 units, 300 epochs → validation loss lowest near epoch 26, then up by about 160 %;
 * - high-rate: learning rate 1 with batches of 16 → training loss jumps between about 0.01 and 8;
 * - two-features: bill length and body mass only → about 92 % test accuracy instead of 100 %.
 */
export const TRAIN_PRESETS: readonly TrainPreset[] = [
  {
    id: 'overfit',
    label: 'Make it overfit',
    changes: 'A small training set (10 % of the rows), a wide network (64 units) and many epochs (300).',
    lookFor: 'Watch the dashed validation loss. It falls at first, reaches its lowest point early, then climbs while the training loss keeps falling.',
    config: { ...DEFAULT_TRAIN_CONFIG, hidden: [64], epochs: 300 },
    data: (s) => ({ ...s, split: { ...s.split, train: 10, validation: 45, test: 45 } }),
  },
  {
    id: 'high-rate',
    label: 'Too high a learning rate',
    changes: 'Learning rate 1 (the default is 0.03), with batches of 16 rows.',
    lookFor: 'Watch the training loss. Instead of falling smoothly, it jumps up and down: each step is so big that it overshoots.',
    config: { ...DEFAULT_TRAIN_CONFIG, learningRate: 1, batchSize: 16 },
    data: (s) => s,
  },
  {
    id: 'two-features',
    label: 'A harder problem: two measurements',
    changes: 'The model sees only bill length and body mass. Adelie and Chinstrap penguins overlap more on these two.',
    lookFor: 'Validation accuracy stays below 100 %. On the Evaluate step, the confusion matrix shows which species get mixed up.',
    config: DEFAULT_TRAIN_CONFIG,
    data: (s) => ({ ...s, features: ['bill_length_mm', 'body_mass_g'], split: DEFAULT_PIPELINE.split }),
  },
  {
    id: 'defaults',
    label: 'Back to the defaults',
    changes: 'All four measurements, the 70/15/15 split and the default settings.',
    lookFor: 'An easy problem: both losses fall together and validation accuracy reaches about 100 %.',
    config: DEFAULT_TRAIN_CONFIG,
    data: (s) => ({ ...s, features: DEFAULT_PIPELINE.features, split: DEFAULT_PIPELINE.split }),
  },
];
