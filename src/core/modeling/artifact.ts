import { z } from 'zod';
import { FEATURE_UNITS, FEATURES, SPECIES, VALID_RANGES } from '../data/penguins';
import type { PipelineState } from '../data/pipeline-state';
import type { Feature } from '../data/penguins';
import type { FittedScaler } from '../data/scaler';
import { inlineModelSchema, modelCardSchema, preprocessingSchema } from '../serving/model-artifact';
import type { InlineModel, ModelCard, Preprocessing } from '../serving/model-artifact';
import { describeConfig } from './train-config';
import type { TrainConfig } from './train-config';

/** What the deploy stage sends to POST /api/models: the tfjs model, its preprocessing and its card. */
export const deployableArtifactSchema = z.object({
  model: inlineModelSchema,
  preprocessing: preprocessingSchema,
  card: modelCardSchema,
});
export type DeployableArtifact = z.infer<typeof deployableArtifactSchema>;

/** A result instead of an exception (see STYLE.md). */
export type ArtifactResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The file that holds the weights, named in model.json's weightsManifest (as in public/models/penguins/v1). */
export const WEIGHTS_FILE_NAME = 'weights.bin';

/**
 * preprocessing.json from the pipeline's fitted scaler, for the chosen features (all four by default) in FEATURES
 * order, with SPECIES as classes. The endpoint's input schema follows this list: a two-feature model asks for two.
 *
 * The endpoint applies one formula, (x − mean) / std. A z-score scaler fits it directly. A min–max
 * scaler computes (x − min) / (max − min), which is the same formula with mean = min and
 * std = max − min, so it is shipped that way and the endpoint reproduces training exactly.
 * (A constant training column, range 0, is scaled to 0 in training; std must be positive, so it
 * gets std 1, which still maps the training value itself to 0.)
 *
 * The `min`/`max` of each feature are NOT the scaler's numbers: they are the physically valid
 * ranges the endpoint uses to refuse typos (VALID_RANGES).
 */
export function preprocessingFromScaler(scaler: FittedScaler, features: readonly Feature[] = FEATURES): Preprocessing {
  return {
    format: 'deploy-lab/preprocessing@1',
    features: FEATURES.filter((f) => features.includes(f)).map((name) => {
      const [min, max] = VALID_RANGES[name];
      // The scaler was fitted on all four columns; column j of a feature is its FEATURES index.
      const { mean, std } = scalerColumn(scaler, FEATURES.indexOf(name));
      return { name, unit: FEATURE_UNITS[name], mean, std, min, max };
    }),
    classes: [...SPECIES],
  };
}

function scalerColumn(s: FittedScaler, j: number): { mean: number; std: number } {
  if (s.kind === 'standard') {
    const std = s.std[j] as number;
    return { mean: s.mean[j] as number, std: std > 0 ? std : 1 };
  }
  const lo = s.min[j] as number;
  const range = (s.max[j] as number) - lo;
  return { mean: lo, std: range > 0 ? range : 1 };
}

/** Rounds a metric to 4 decimals for the card (enough to compare, no false precision). */
export function roundMetric(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The "4-16-3 MLP (relu, softmax)" line of a config, as the reference card writes it (inputs = features the model sees). */
export function layerSizes(config: TrainConfig, inputs: number = FEATURES.length): string {
  const hidden = config.hidden.length > 0 ? `${config.hidden.join('-')}-` : '';
  const act = config.hidden.length > 0 ? `${config.activation}, ` : '';
  return `${inputs}-${hidden}${SPECIES.length} MLP (${act}softmax)`;
}

/** Everything a deployable artifact is built from: the run, its scores and the data it was trained on. */
export interface ArtifactInput {
  runId: string;
  config: TrainConfig;
  model: InlineModel;
  /** Validation accuracy of the weights being shipped (the run's last epoch). */
  validationAccuracy: number;
  /** Test accuracy of this run, or null when it was not evaluated on the test set. */
  testAccuracy: number | null;
  /** True when the run was trained after the test set had been used. */
  testSetSeenBeforeTraining: boolean;
  /** The scaler fitted by the pipeline the run was trained on. */
  scaler: FittedScaler;
  /** The pipeline choices and their URL query (the run's dataKey). */
  pipeline: PipelineState;
  dataKey: string;
  split: { train: number; validation: number; test: number };
  created: Date;
  /** The measurements the model was trained on (FEATURES order); all four when left out. */
  features?: readonly Feature[];
}

const FEATURE_WORDS: Record<Feature, string> = {
  bill_length_mm: 'bill length',
  bill_depth_mm: 'bill depth',
  flipper_length_mm: 'flipper length',
  body_mass_g: 'body mass',
};

/** "bill length and body mass" from a feature list. */
function featureWords(features: readonly Feature[]): string {
  const words = FEATURES.filter((f) => features.includes(f)).map((f) => FEATURE_WORDS[f]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function expectedWeightBytes(model: InlineModel): number {
  return model.weightSpecs.reduce((sum, s) => sum + s.shape.reduce((a, b) => a * b, 1) * 4, 0);
}

/** card.json of a learner's run (extra keys beyond the schema are kept by the registry). */
export function buildCard(input: ArtifactInput): ModelCard {
  const { config, pipeline } = input;
  const features = input.features ?? FEATURES;
  return {
    name: 'penguins-mlp',
    description:
      `Predicts a penguin’s species (Adelie, Chinstrap, Gentoo) from ${featureWords(features)}. ` +
      `Trained in Deploy Lab (run ${input.runId}).`,
    created: input.created.toISOString(),
    seed: config.seed,
    split: { ...input.split },
    metrics: {
      validation_accuracy: roundMetric(input.validationAccuracy),
      test_accuracy: input.testAccuracy === null ? null : roundMetric(input.testAccuracy),
    },
    architecture: describeConfig(config),
    layers: layerSizes(config, features.length),
    training: {
      hidden: [...config.hidden],
      activation: config.activation,
      optimizer: config.optimizer,
      learning_rate: config.learningRate,
      epochs: config.epochs,
      batch: config.batchSize,
      seed: config.seed,
    },
    data: {
      source: 'vega-datasets penguins.json (Palmer Station LTER / palmerpenguins)',
      license: 'CC0-1.0',
      query: input.dataKey,
      split_seed: pipeline.split.seed,
      stratified: pipeline.split.stratify,
      missing: pipeline.missing,
      outliers_removed: pipeline.outliers.remove,
      messy: pipeline.messy,
      scaler: pipeline.scaler,
      scaler_fitted_on: pipeline.fitScalerOnAll ? 'all rows (leakage demo)' : 'training rows',
      features: FEATURES.filter((f) => features.includes(f)),
    },
    run_id: input.runId,
    test_set_seen_before_training: input.testSetSeenBeforeTraining,
  };
}

/** Builds and validates the artifact of a run: the same schemas POST /api/models checks. */
export function buildArtifact(input: ArtifactInput): ArtifactResult<DeployableArtifact> {
  if (!Number.isFinite(input.validationAccuracy)) return { ok: false, problems: ['The run has no finite validation accuracy (did it diverge?).'] };
  const parsed = deployableArtifactSchema.safeParse({ model: input.model, preprocessing: preprocessingFromScaler(input.scaler, input.features), card: buildCard(input) });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(artifact)'}: ${i.message}`) };
  const bytes = base64ToBytes(parsed.data.model.weightData).byteLength;
  if (bytes !== expectedWeightBytes(parsed.data.model)) {
    return { ok: false, problems: [`The weights hold ${bytes} bytes; their specs need ${expectedWeightBytes(parsed.data.model)}.`] };
  }
  return { ok: true, value: parsed.data };
}

/** Decodes standard base64 into bytes (atob exists in browsers, workers and Node). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes bytes as standard base64, in chunks so large weights do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** One downloadable file of an artifact. */
export interface ArtifactFile {
  name: 'model.json' | 'weights.bin' | 'preprocessing.json' | 'card.json';
  type: string;
  bytes: Uint8Array;
}

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** The tfjs model.json of an inline model whose weights sit in one file next to it. */
export function modelJsonOf(model: InlineModel) {
  return {
    modelTopology: model.modelTopology,
    format: 'layers-model',
    generatedBy: 'TensorFlow.js',
    convertedBy: null,
    weightsManifest: [{ paths: [WEIGHTS_FILE_NAME], weights: model.weightSpecs }],
  };
}

/** The artifact as the four files of public/models/penguins/v1: model.json, weights.bin, preprocessing.json, card.json. */
export function artifactToFiles(a: DeployableArtifact): ArtifactFile[] {
  return [
    { name: 'model.json', type: 'application/json', bytes: json(modelJsonOf(a.model)) },
    { name: 'weights.bin', type: 'application/octet-stream', bytes: base64ToBytes(a.model.weightData) },
    { name: 'preprocessing.json', type: 'application/json', bytes: json(a.preprocessing) },
    { name: 'card.json', type: 'application/json', bytes: json(a.card) },
  ];
}

/** Total size in bytes of the artifact's files. */
export function artifactByteSize(a: DeployableArtifact): number {
  return artifactToFiles(a).reduce((sum, f) => sum + f.bytes.byteLength, 0);
}

const modelJsonSchema = z.object({
  modelTopology: z.record(z.string(), z.unknown()),
  weightsManifest: z.array(z.object({ paths: z.array(z.string()), weights: inlineModelSchema.shape.weightSpecs })).length(1),
});

/** Reads a model.json (one weights file) and its weight bytes back into an inline model. */
export function inlineModelFromFiles(modelJsonText: string, weights: Uint8Array): ArtifactResult<InlineModel> {
  let data: unknown;
  try {
    data = JSON.parse(modelJsonText);
  } catch {
    return { ok: false, problems: ['model.json is not valid JSON.'] };
  }
  const parsed = modelJsonSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const group = parsed.data.weightsManifest[0];
  if (!group) return { ok: false, problems: ['model.json has no weights manifest.'] };
  const model: InlineModel = { modelTopology: parsed.data.modelTopology, weightSpecs: group.weights, weightData: bytesToBase64(weights) };
  if (weights.byteLength !== expectedWeightBytes(model)) return { ok: false, problems: [`weights.bin holds ${weights.byteLength} bytes; model.json needs ${expectedWeightBytes(model)}.`] };
  return { ok: true, value: model };
}
