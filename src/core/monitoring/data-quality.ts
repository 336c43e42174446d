import type { FeatureRange } from './baseline';
import type { RequestLogEntry } from './log-entry';

/** The checks of a monitoring job: four named as SageMaker Model Monitor names them, plus value_range_check, which is ours (see violations.ts). */
export type ConstraintCheck = 'baseline_drift_check' | 'data_type_check' | 'completeness_check' | 'value_range_check' | 'extra_column_check';

/** One problem with one instance: which feature, which check failed, and the offending value if any. */
export interface QualityIssue {
  feature: string;
  check: ConstraintCheck;
  value?: unknown;
}

/**
 * Checks one instance as sent (raw units) against the model's features: missing or null → completeness,
 * not a finite number → data type, outside [min, max] → value range, a key the model does not read → extra column.
 */
export function checkInstance(instance: Record<string, unknown>, features: readonly FeatureRange[]): QualityIssue[] {
  const issues: QualityIssue[] = [];
  for (const f of features) {
    const v = instance[f.name];
    if (v === undefined || v === null) issues.push({ feature: f.name, check: 'completeness_check' });
    else if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ feature: f.name, check: 'data_type_check', value: v });
    else if (v < f.min || v > f.max) issues.push({ feature: f.name, check: 'value_range_check', value: v });
  }
  for (const key of Object.keys(instance)) {
    if (!features.some((f) => f.name === key)) issues.push({ feature: key, check: 'extra_column_check', value: instance[key] });
  }
  return issues;
}

/** How many issues checkInstance would report for `instance`, without building them (the dashboard's hot loop). */
export function countIssues(instance: Record<string, unknown>, features: readonly FeatureRange[]): number {
  let issues = 0;
  let featureKeys = 0;
  for (const f of features) {
    if (Object.hasOwn(instance, f.name)) featureKeys++;
    const v = instance[f.name];
    if (v === undefined || v === null || typeof v !== 'number' || !Number.isFinite(v) || v < f.min || v > f.max) issues++;
  }
  // Every other own key is an extra column; counting them avoids allocating Object.keys().
  let keys = 0;
  for (const key in instance) if (Object.hasOwn(instance, key)) keys++;
  return issues + keys - featureKeys;
}

/**
 * Numeric feature values of the valid instances of invocation entries, per feature name (for drift).
 * A value counts when it is a finite number, even outside the valid range: a unit mistake is drift too,
 * and the range check reports it separately. Malformed values and unparsed bodies are skipped.
 */
export function featureValues(entries: readonly RequestLogEntry[], features: readonly FeatureRange[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const f of features) out[f.name] = [];
  const columns = features.map((f) => out[f.name] as number[]);
  for (const e of entries) {
    if (e.kind !== 'invocation' || !e.instances) continue;
    for (const instance of e.instances) {
      if (instance === null || typeof instance !== 'object') continue;
      for (let j = 0; j < features.length; j++) {
        const v = instance[(features[j] as FeatureRange).name];
        if (typeof v === 'number' && Number.isFinite(v)) (columns[j] as number[]).push(v);
      }
    }
  }
  return out;
}
