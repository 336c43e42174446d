import type { Preprocessing } from './model-artifact';
import { applyPreprocessing } from './model-artifact';

/** One feature of one instance as the endpoint scales it: raw value, the train-fitted mean and std, and (raw − mean) / std. */
export interface ScalingStep {
  feature: string;
  unit: string;
  raw: number;
  mean: number;
  std: number;
  scaled: number;
}

/**
 * What the endpoint does to one raw instance before the network sees it, feature by feature, in the order of
 * preprocessing.json; computed with the endpoint's own `applyPreprocessing`. A feature the instance lacks gives NaN.
 */
export function scalingSteps(pre: Preprocessing, instance: Readonly<Record<string, number>>): ScalingStep[] {
  const raw = pre.features.map((f) => instance[f.name] ?? Number.NaN);
  const scaled = applyPreprocessing(pre, raw);
  return pre.features.map((f, j) => ({ feature: f.name, unit: f.unit, raw: raw[j] as number, mean: f.mean, std: f.std, scaled: scaled[j] as number }));
}
