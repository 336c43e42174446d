import { z } from 'zod';

/** Activation functions the hidden layers may use. */
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid'] as const;
/** Optimizers the learner may pick. */
export const OPTIMIZERS = ['adam', 'sgd'] as const;

/** Limits of each setting, shared by the form, its validation and the worker. */
export const CONFIG_LIMITS = {
  hiddenLayers: { min: 0, max: 3 },
  units: { min: 2, max: 64 },
  learningRate: { min: 1e-4, max: 1 },
  epochs: { min: 1, max: 1000 },
  batchSize: { min: 8, max: 256 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

/** One training configuration: architecture, optimizer and schedule. `batchSize: 'full'` means one step per epoch. */
export const trainConfigSchema = z.object({
  hidden: z
    .array(z.number().int().min(CONFIG_LIMITS.units.min).max(CONFIG_LIMITS.units.max))
    .max(CONFIG_LIMITS.hiddenLayers.max),
  activation: z.enum(ACTIVATIONS),
  optimizer: z.enum(OPTIMIZERS),
  learningRate: z.number().min(CONFIG_LIMITS.learningRate.min).max(CONFIG_LIMITS.learningRate.max),
  epochs: z.number().int().min(CONFIG_LIMITS.epochs.min).max(CONFIG_LIMITS.epochs.max),
  batchSize: z.union([z.literal('full'), z.number().int().min(CONFIG_LIMITS.batchSize.min).max(CONFIG_LIMITS.batchSize.max)]),
  seed: z.number().int().min(CONFIG_LIMITS.seed.min).max(CONFIG_LIMITS.seed.max),
});
export type TrainConfig = z.infer<typeof trainConfigSchema>;

/** Defaults that train a good model (≥ 95% validation accuracy on the clean path) in well under a second. */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  hidden: [16],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.03,
  epochs: 200,
  batchSize: 'full',
  seed: 42,
};

/** A field of the config form that a message is about. */
export type ConfigField = 'hidden' | 'activation' | 'optimizer' | 'learningRate' | 'epochs' | 'batchSize' | 'seed';

/** Validates a config; returns one message per field at fault (empty when valid). */
export function configErrors(data: unknown): Partial<Record<ConfigField, string>> {
  const r = trainConfigSchema.safeParse(data);
  if (r.success) return {};
  const out: Partial<Record<ConfigField, string>> = {};
  const L = CONFIG_LIMITS;
  const messages: Record<ConfigField, string> = {
    hidden: `Use ${L.hiddenLayers.min}–${L.hiddenLayers.max} hidden layers of ${L.units.min}–${L.units.max} whole units each.`,
    activation: `Choose ${ACTIVATIONS.join(', ')}.`,
    optimizer: `Choose ${OPTIMIZERS.join(' or ')}.`,
    learningRate: `Use a learning rate from ${L.learningRate.min} to ${L.learningRate.max}.`,
    epochs: `Use a whole number of epochs from ${L.epochs.min} to ${L.epochs.max}.`,
    batchSize: `Use "full batch" or a whole batch size from ${L.batchSize.min} to ${L.batchSize.max}.`,
    seed: `Use a whole-number seed from ${L.seed.min} to ${L.seed.max}.`,
  };
  for (const issue of r.error.issues) {
    const field = issue.path[0] as ConfigField | undefined;
    if (field && field in messages) out[field] = messages[field];
  }
  return out;
}

/** A short human label for a config, e.g. "16 relu · adam lr 0.03 · 200 epochs · full batch". */
export function describeConfig(c: TrainConfig): string {
  const arch = c.hidden.length === 0 ? 'no hidden layer' : `${c.hidden.join('-')} ${c.activation}`;
  return `${arch} · ${c.optimizer} lr ${c.learningRate} · ${c.epochs} epochs · ${c.batchSize === 'full' ? 'full batch' : `batch ${c.batchSize}`}`;
}
