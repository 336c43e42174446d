import type { Baseline, FeatureRange } from './baseline';
import type { FeatureDrift } from './dashboard';
import type { ConstraintCheck, QualityIssue } from './data-quality';
import { checkInstance, countIssues } from './data-quality';
import { createInstanceAnalyzer, driftFromCounts } from './instance-analysis';
import type { RequestLogEntry } from './log-entry';
import { MIN_DRIFT_SAMPLES } from './drift-noise';
import { driftBand } from './psi';

/*
 * Modelled on Amazon SageMaker AI Model Monitor's constraint_violations.json, not the same file
 * (docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-interpreting-violations.html):
 * - the fields (feature_name, constraint_check_type, description) and four check names are SageMaker's;
 * - value_range_check is ours: SageMaker's checks are data_type, completeness, baseline_drift, missing_column,
 *   extra_column and categorical_values;
 * - our baseline_drift_check is PSI above a threshold (default 0.25); SageMaker's compares a distribution
 *   distance between baseline and current data with monitoring_config.comparison_threshold.
 * Model Monitor is closed to new customers (existing ones keep it), so the lesson names it as a model, not a tool to adopt.
 */

/** The file name of our report: its own name, since its content is not SageMaker's file. */
export const VIOLATIONS_FILE = 'violations.json';
/** The file our report is modelled on. */
export const MODELLED_ON_FILE = 'constraint_violations.json';

/** The check types SageMaker Model Monitor's prebuilt container writes into constraint_violations.json. */
export const SAGEMAKER_CHECKS = ['data_type_check', 'completeness_check', 'baseline_drift_check', 'missing_column_check', 'extra_column_check', 'categorical_values_check'] as const;

/** True when `check` is one of SageMaker's check types; false for our own (value_range_check). */
export function isSageMakerCheck(check: ConstraintCheck): boolean {
  return (SAGEMAKER_CHECKS as readonly string[]).includes(check);
}

/** One violated constraint, with the fields of SageMaker's constraint_violations.json entries. */
export interface Violation {
  feature_name: string;
  constraint_check_type: ConstraintCheck;
  /** Plain words with the numbers behind the verdict. */
  description: string;
}

/** The report a monitoring run writes (violations.json): every violated constraint, empty when all is well. */
export interface ViolationsReport {
  violations: Violation[];
}

/** Options of violationsReport. */
export interface ViolationsOptions {
  /** PSI above which a feature counts as drifted (default 0.25, the "major shift" band). */
  driftThreshold?: number;
  /** Fewest values of a feature needed before judging drift (default MIN_DRIFT_SAMPLES): PSI of a handful of values is noise. */
  minSamples?: number;
}

/** Default PSI above which a feature counts as drifted: the "major shift" band of psi.ts's driftBand. */
export const DEFAULT_DRIFT_THRESHOLD = 0.25;

/** Default fewest values before a drift verdict: MIN_DRIFT_SAMPLES (drift-noise.ts explains the number). */
export const DEFAULT_MIN_SAMPLES = MIN_DRIFT_SAMPLES;

/** Tally of quality issues for one feature and one check. */
interface Tally {
  count: number;
  /** Value type names for data-type issues ("string": 9). */
  types: Map<string, number>;
}

/**
 * Runs the monitoring job over the logged invocations: data quality (completeness, type, range, extra
 * columns) per instance, then drift (PSI against the training baseline) per feature. Pure; never throws.
 */
export function violationsReport(entries: readonly RequestLogEntry[], baseline: Baseline, features: readonly FeatureRange[], options: ViolationsOptions = {}): ViolationsReport {
  const analyzer = createInstanceAnalyzer(baseline, undefined);
  const binCounts = new Float64Array(analyzer.binOffsets[baseline.features.length] ?? 0);
  for (const e of entries) if (e.kind === 'invocation') analyzer.analyze(e, binCounts);
  const drift = driftFromCounts(baseline.features, binCounts, analyzer.binOffsets, options.minSamples ?? DEFAULT_MIN_SAMPLES);
  return violationsFromDrift(entries, drift, features, options);
}

/**
 * The same report with the drift already computed over the same entries (the dashboard's `drift`), so the
 * monitor page does not bin its window twice a second. Data quality is still checked per instance here.
 */
export function violationsFromDrift(entries: readonly RequestLogEntry[], drift: readonly FeatureDrift[], features: readonly FeatureRange[], options: Pick<ViolationsOptions, 'driftThreshold'> = {}): ViolationsReport {
  const threshold = options.driftThreshold ?? DEFAULT_DRIFT_THRESHOLD;
  const tallies = new Map<string, Tally>();
  // Clean instances allocate nothing: this runs every second over thousands of entries, and its garbage was
  // once a quarter of the monitor page's allocations.
  let instances = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as RequestLogEntry;
    if (e.kind !== 'invocation' || !e.instances) continue;
    for (let k = 0; k < e.instances.length; k++) {
      const instance = e.instances[k];
      if (instance === null || typeof instance !== 'object') continue;
      instances++;
      if (countIssues(instance, features) === 0) continue;
      for (const issue of checkInstance(instance, features)) tally(tallies, issue);
    }
  }

  const violations: Violation[] = [];
  for (const d of drift) {
    if (d.psi !== null && d.psi > threshold) violations.push({ feature_name: d.feature, constraint_check_type: 'baseline_drift_check', description: driftDescription(d, d.psi, threshold, unitOf(features, d.feature)) });
  }
  for (const [key, t] of tallies) {
    const [check, feature] = key.split('\u0000') as [ConstraintCheck, string];
    const range = features.find((f) => f.name === feature);
    violations.push({ feature_name: feature, constraint_check_type: check, description: qualityDescription(check, feature, t, instances, range) });
  }
  // Stable, readable order: by the model's feature order (extra columns last), then by check.
  const featureRank = (name: string) => {
    const i = features.findIndex((f) => f.name === name);
    return i === -1 ? features.length : i;
  };
  violations.sort((a, b) => featureRank(a.feature_name) - featureRank(b.feature_name) || CHECK_ORDER.indexOf(a.constraint_check_type) - CHECK_ORDER.indexOf(b.constraint_check_type) || a.feature_name.localeCompare(b.feature_name));
  return { violations };
}

function tally(tallies: Map<string, Tally>, issue: QualityIssue): void {
  const key = `${issue.check}\u0000${issue.feature}`;
  let t = tallies.get(key);
  if (!t) {
    t = { count: 0, types: new Map() };
    tallies.set(key, t);
  }
  t.count++;
  if (issue.check === 'data_type_check') {
    const type = typeName(issue.value);
    t.types.set(type, (t.types.get(type) ?? 0) + 1);
  }
}

const CHECK_ORDER: readonly ConstraintCheck[] = ['baseline_drift_check', 'completeness_check', 'data_type_check', 'value_range_check', 'extra_column_check'];

const fmt = (x: number, digits = 2) => Number(x.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });

function unitOf(features: readonly FeatureRange[], name: string): string {
  const unit = features.find((f) => f.name === name)?.unit;
  return unit ? ` ${unit}` : '';
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'non-finite number';
  return typeof v;
}

/** "87 of 120 values fall in the lowest bin" — the bin that gained the most, named by position and range. */
function driftDescription(d: FeatureDrift, score: number, threshold: number, unit: string): string {
  const { actual, expected, edges, samples: n } = d;
  let worst = 0;
  for (let i = 1; i < actual.length; i++) {
    if ((actual[i] as number) - (expected[i] ?? 0) > (actual[worst] as number) - (expected[worst] ?? 0)) worst = i;
  }
  const k = actual.length;
  const where =
    worst === 0
      ? `the lowest bin (below ${fmt(edges[0] ?? Number.NaN)}${unit})`
      : worst === k - 1
        ? `the highest bin (${fmt(edges[k - 2] ?? Number.NaN)}${unit} and above)`
        : `bin ${worst + 1} of ${k} (${fmt(edges[worst - 1] as number)}–${fmt(edges[worst] as number)}${unit})`;
  const inBin = Math.round((actual[worst] as number) * n);
  const expectedPct = ((expected[worst] ?? 0) * 100).toFixed(0);
  const band = driftBand(score);
  return `${d.feature}: PSI ${fmt(score)} against the training baseline (${band} drift, > ${fmt(threshold)}). ${inBin} of ${n} values fall in ${where}, where training had ${expectedPct}%.`;
}

function qualityDescription(check: ConstraintCheck, feature: string, t: Tally, instances: number, range: FeatureRange | undefined): string {
  const pct = instances === 0 ? '0.0' : ((100 * t.count) / instances).toFixed(1);
  switch (check) {
    case 'completeness_check':
      return `${t.count} of ${instances} instances (${pct}%) miss ${feature}.`;
    case 'data_type_check': {
      const types = [...t.types].sort((a, b) => b[1] - a[1]);
      const kinds = types.length === 1 ? `${plural((types[0] as [string, number])[0])}` : types.map(([name, c]) => `${c} ${name}`).join(', ');
      return types.length === 1 ? `${t.count} values of ${feature} are ${kinds}, not numbers.` : `${t.count} values of ${feature} are not numbers (${kinds}).`;
    }
    case 'value_range_check': {
      const unit = range?.unit ? ` ${range.unit}` : '';
      return `${t.count} values of ${feature} are outside the valid range ${fmt(range?.min ?? Number.NaN)}–${fmt(range?.max ?? Number.NaN)}${unit}.`;
    }
    case 'extra_column_check':
      return `${t.count} of ${instances} instances have the extra column ${feature}, which the model does not read.`;
    default:
      return `${t.count} values of ${feature} fail ${check}.`;
  }
}

// Every type name (including "non-finite number") takes a plain "s".
function plural(type: string): string {
  return `${type}s`;
}
