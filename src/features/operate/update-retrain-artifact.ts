import type { PipelineState } from '../../core/data/pipeline-state';
import type { FittedScaler } from '../../core/data/scaler';
import { buildArtifact } from '../../core/modeling/artifact';
import type { ArtifactResult, DeployableArtifact } from '../../core/modeling/artifact';
import { DEFAULT_TRAIN_CONFIG, trainConfigSchema } from '../../core/modeling/train-config';
import type { TrainConfig } from '../../core/modeling/train-config';
import type { ModelCard, InlineModel } from '../../core/serving/model-artifact';

/** The training settings a card records (cards of models saved in Deploy Lab carry them), or null when it has none. */
export function trainConfigFromCard(card: ModelCard | null | undefined): TrainConfig | null {
  const t = (card as { training?: Record<string, unknown> } | null | undefined)?.training;
  if (!t || typeof t !== 'object') return null;
  const r = trainConfigSchema.safeParse({
    hidden: t.hidden,
    activation: t.activation,
    optimizer: t.optimizer,
    learningRate: t.learning_rate,
    epochs: t.epochs,
    batchSize: t.batch,
    seed: t.seed,
  });
  return r.success ? r.data : null;
}

/** The settings for a retrain: the learner's last saved model's, else the defaults; with where they came from. */
export function retrainConfig(card: ModelCard | null | undefined): { config: TrainConfig; source: 'saved' | 'default' } {
  const saved = trainConfigFromCard(card);
  return saved ? { config: saved, source: 'saved' } : { config: DEFAULT_TRAIN_CONFIG, source: 'default' };
}

/** Everything the retrained model's artifact is built from. */
export interface RetrainedInput {
  runId: string;
  config: TrainConfig;
  model: InlineModel;
  validationAccuracy: number;
  testSetSeenBeforeTraining: boolean;
  scaler: FittedScaler;
  pipeline: PipelineState;
  dataKey: string;
  counts: { original: number; feedback: number; validation: number; test: number };
  /** Feedback rows per class, e.g. { Adelie: 40, Chinstrap: 15, Gentoo: 30 }. */
  perClass: Record<string, number>;
  created: Date;
}

/** The deployable artifact of a retrain, whose card says which data was used (training rows + feedback rows) and that the scaler was refitted. */
export function retrainedArtifact(input: RetrainedInput): ArtifactResult<DeployableArtifact> {
  const { counts } = input;
  const built = buildArtifact({
    runId: input.runId,
    config: input.config,
    model: input.model,
    validationAccuracy: input.validationAccuracy,
    // Not evaluated on the test set: the update page compares versions on live traffic instead.
    testAccuracy: null,
    testSetSeenBeforeTraining: input.testSetSeenBeforeTraining,
    scaler: input.scaler,
    pipeline: input.pipeline,
    dataKey: input.dataKey,
    split: { train: counts.original + counts.feedback, validation: counts.validation, test: counts.test },
    created: input.created,
  });
  if (!built.ok) return built;
  const card = built.value.card as ModelCard & { data: Record<string, unknown> };
  const mix = Object.entries(input.perClass)
    .map(([c, n]) => `${n} ${c}`)
    .join(', ');
  return {
    ok: true,
    value: {
      ...built.value,
      card: {
        ...card,
        description: `${card.description} Retrained on ${counts.original} training rows plus ${counts.feedback} labelled rows from endpoint feedback (${mix}); scaler refitted on all ${counts.original + counts.feedback}.`,
        data: { ...card.data, training_rows: counts.original, feedback_rows: counts.feedback, feedback_per_class: input.perClass, scaler_fitted_on: 'training rows + feedback rows' },
      },
    },
  };
}
