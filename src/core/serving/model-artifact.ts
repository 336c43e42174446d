import { z } from 'zod';

/** One input feature as shipped with a model: its name, unit, fitted scaler numbers and valid range. */
export const featureSpecSchema = z.object({
  name: z.string().min(1),
  unit: z.string(),
  mean: z.number(),
  std: z.number().positive(),
  min: z.number(),
  max: z.number(),
});
export type FeatureSpec = z.infer<typeof featureSpecSchema>;

/** preprocessing.json: feature order, train-fitted standardizer, valid ranges and class names. */
export const preprocessingSchema = z.object({
  format: z.literal('deploy-lab/preprocessing@1'),
  features: z.array(featureSpecSchema).min(1).max(64),
  classes: z.array(z.string().min(1)).min(2).max(64),
});
export type Preprocessing = z.infer<typeof preprocessingSchema>;

/** card.json: what the model is, how it was made and how well it did. Extra keys are kept. */
export const modelCardSchema = z.looseObject({
  name: z.string().min(1),
  description: z.string(),
  created: z.string(),
  seed: z.number().int(),
  split: z.object({ train: z.number().int(), validation: z.number().int(), test: z.number().int() }),
  metrics: z.object({
    validation_accuracy: z.number().min(0).max(1),
    test_accuracy: z.number().min(0).max(1).nullable(),
  }),
  architecture: z.string(),
});
export type ModelCard = z.infer<typeof modelCardSchema>;

/** A tfjs layers model carried inline (as in a POST body): topology, weight specs, base64 weights. */
export const inlineModelSchema = z.object({
  modelTopology: z.record(z.string(), z.unknown()),
  weightSpecs: z
    .array(
      z.object({
        name: z.string(),
        shape: z.array(z.number().int().nonnegative()),
        dtype: z.enum(['float32', 'int32', 'bool']),
      }),
    )
    .max(1000),
  weightData: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});
export type InlineModel = z.infer<typeof inlineModelSchema>;

/** Where a version's tfjs model comes from: a model.json URL (shipped) or inline (registered via the API). */
export type ModelSource = { kind: 'url'; modelUrl: string } | { kind: 'inline'; model: InlineModel };

/** A registered model version: its card, preprocessing and where its weights are. */
export interface ModelVersion {
  version: string;
  registeredAt: string;
  card: ModelCard;
  preprocessing: Preprocessing;
  source: ModelSource;
}

/** Runs the network: standardized rows (n × features) in, class probabilities (n × classes) out. */
export interface Predictor {
  predict(standardized: number[][]): Promise<number[][]>;
}

/** Builds (and may cache) the predictor of a version; implemented with tfjs outside core. */
export type PredictorLoader = (version: ModelVersion) => Promise<Predictor>;

/** Standardizes one raw instance with the scaler numbers shipped in preprocessing.json. */
export function applyPreprocessing(pre: Preprocessing, raw: readonly number[]): number[] {
  return pre.features.map((f, j) => ((raw[j] as number) - f.mean) / f.std);
}
