import { FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
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

/** Picks the chosen measurements' columns (FEATURES order) out of rows holding all four: rows → rows of `features.length`. */
export function columnsOf(features: readonly Feature[]): (rows: readonly (readonly number[])[]) => number[][] {
  const columns = FEATURES.filter((f) => features.includes(f)).map((f) => FEATURES.indexOf(f));
  return (rows) => rows.map((row) => columns.map((j) => row[j] as number));
}

/**
 * A scaler fitted on the chosen columns only, widened to FEATURES' four columns (the layout the artifact's
 * preprocessing reads, by FEATURES index). Unchosen columns get the identity (mean 0, std 1 / min 0, max 1): they are
 * never written, since preprocessing.json lists the chosen features only.
 */
export function widenScaler(scaler: FittedScaler, features: readonly Feature[]): FittedScaler {
  const chosen = FEATURES.filter((f) => features.includes(f));
  const at = (values: readonly number[], fill: number) => FEATURES.map((f) => (chosen.includes(f) ? (values[chosen.indexOf(f)] as number) : fill));
  return scaler.kind === 'standard' ? { kind: 'standard', mean: at(scaler.mean, 0), std: at(scaler.std, 1) } : { kind: 'minmax', min: at(scaler.min, 0), max: at(scaler.max, 1) };
}

/** Everything the retrained model's artifact is built from. */
export interface RetrainedInput {
  runId: string;
  config: TrainConfig;
  model: InlineModel;
  validationAccuracy: number;
  testSetSeenBeforeTraining: boolean;
  /** Fitted on training + feedback rows, in FEATURES' four-column layout (see widenScaler). */
  scaler: FittedScaler;
  /** The measurements the model sees (FEATURES order): the pipeline state's choice, as for the serving model. */
  features: readonly Feature[];
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
    features: input.features,
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
