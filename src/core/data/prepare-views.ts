import { FEATURE_UNITS, FEATURES, SPECIES } from './penguins';
import type { Feature, Species } from './penguins';
import { runPipeline } from './pipeline';
import type { PipelineResult, PreparedSet } from './pipeline';
import type { PipelineState } from './pipeline-state';
import type { DataRow } from './rows';
import type { FittedScaler } from './scaler';
import { histogram, mean, std } from './stats';

/** The three sets of a split, in the order they are always shown. */
export const SET_NAMES = ['train', 'validation', 'test'] as const;
export type SetName = (typeof SET_NAMES)[number];

/** How each set is named on screen. */
export const SET_LABELS: Record<SetName, string> = { train: 'Training', validation: 'Validation', test: 'Test' };

/** The prepared sets of a pipeline run that reached the split. */
export type PreparedSets = NonNullable<PipelineResult['sets']>;

/** The split percentages as the learner chose them. */
export type SplitPercents = Pick<PipelineState['split'], SetName>;

/** Which set absorbs a change when the total is kept at 100: test for train and validation moves, validation for test moves. */
const BALANCER: Record<SetName, SetName> = { train: 'test', validation: 'test', test: 'validation' };

/**
 * Sets one split percentage. With `keepTotal`, the balancing set takes up the difference so the
 * sum stays 100; it is clamped to 0–100, so an extreme move can still leave a bad mix to fix.
 */
export function setSplitPercent(split: SplitPercents, which: SetName, value: number, keepTotal: boolean): SplitPercents {
  const clamp = (v: number) => Math.min(100, Math.max(0, Math.round(v)));
  const next = { ...split, [which]: clamp(value) };
  if (!keepTotal) return next;
  const other = BALANCER[which];
  const rest = SET_NAMES.filter((s) => s !== other).reduce((sum, s) => sum + next[s], 0);
  return { ...next, [other]: clamp(100 - rest) };
}

/** Readable name of a feature: `flipper_length_mm` → "flipper length". */
export function featureLabel(f: Feature): string {
  return f.replace(/_(mm|g)$/, '').replace(/_/g, ' ');
}

const formats = new Map<string, Intl.NumberFormat>();

/** A cached en-US number format (creating one per call is slow enough to show when a slider moves). */
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    formats.set(key, f);
  }
  return f;
}

/** A number for people, with a fixed number of decimals and thousands separators: 4213.4375 → "4,213.44". */
export function formatNumber(v: number, digits = 2): string {
  // Rounds first so a tiny negative (−1e-17) reads "0.00", not "-0.00".
  return numberFormat(digits, digits).format(Number(v.toFixed(digits)) || 0);
}

/** A fitted number for people: means and stds with 2 decimals; minima and maxima as measured (172, 32.1, 2,700). */
export function formatFitted(v: number, kind: FittedScaler['kind']): string {
  if (kind === 'standard') return formatNumber(v);
  return numberFormat(0, 2).format(Number(v.toFixed(2)) || 0);
}

/** One set's size and how many penguins of each species it holds. */
export interface SpeciesCountRow {
  set: SetName;
  total: number;
  counts: Record<Species, number>;
}

/** Per-species counts in each set (a stratified split keeps each species' share about equal across sets). */
export function speciesCounts(sets: PreparedSets): SpeciesCountRow[] {
  return SET_NAMES.map((set) => {
    const counts = Object.fromEntries(SPECIES.map((s) => [s, 0])) as Record<Species, number>;
    for (const k of sets[set].labels) {
      const sp = SPECIES[k];
      if (sp) counts[sp] += 1;
    }
    return { set, total: sets[set].rows.length, counts };
  });
}

/** One piece of the proportional split bar: the chosen percent, the actual row count (null before a split exists) and its width in %. */
export interface SplitSegment {
  set: SetName;
  percent: number;
  count: number | null;
  width: number;
}

/** Segments of the split bar: widths follow the real row counts when the split exists, else the chosen percentages. */
export function splitSegments(split: SplitPercents, sets: PreparedSets | null): SplitSegment[] {
  const sizes = SET_NAMES.map((s) => (sets ? sets[s].rows.length : split[s]));
  const total = sizes.reduce((a, b) => a + b, 0);
  return SET_NAMES.map((set, i) => ({
    set,
    percent: split[set],
    count: sets ? sets[set].rows.length : null,
    width: total > 0 ? ((sizes[i] as number) / total) * 100 : 100 / SET_NAMES.length,
  }));
}

/** One histogram bin across the three sets: counts, and shares of each set (%) so sets of different sizes compare. */
export interface HistogramRow {
  start: number;
  end: number;
  label: string;
  count: Record<SetName, number>;
  share: Record<SetName, number>;
}

/**
 * The distribution of one feature in each set, on shared bins spanning all three sets,
 * either in raw units (`scaled` false) or after the fitted scaler (`scaled` true).
 */
export function featureHistogram(sets: PreparedSets, featureIndex: number, scaled: boolean, bins = 10): HistogramRow[] {
  const values = (set: SetName) => (scaled ? sets[set].xScaled : sets[set].x).map((row) => row[featureIndex] as number);
  const all = SET_NAMES.flatMap(values);
  if (all.length === 0) return [];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (hi === lo) {
    lo -= 0.5;
    hi += 0.5;
  }
  const perSet = Object.fromEntries(SET_NAMES.map((s) => [s, histogram(values(s), bins, lo, hi)])) as Record<SetName, ReturnType<typeof histogram>>;
  const digits = scaled || hi - lo < 20 ? 2 : hi - lo < 200 ? 1 : 0;
  return perSet.train.map((bin, i) => {
    const count = Object.fromEntries(SET_NAMES.map((s) => [s, perSet[s][i]?.count ?? 0])) as Record<SetName, number>;
    const share = Object.fromEntries(SET_NAMES.map((s) => [s, sets[s].rows.length > 0 ? (count[s] / sets[s].rows.length) * 100 : 0])) as Record<SetName, number>;
    return { start: bin.start, end: bin.end, label: `${formatNumber(bin.start, digits)} to ${formatNumber(bin.end, digits)}`, count, share };
  });
}

/** Mean, standard deviation, minimum and maximum of one feature in one set. */
export interface SetFeatureStats {
  set: SetName;
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** Summary numbers of one feature per set, raw or scaled: after z-scoring, training has mean 0 and std 1 exactly, the others only about. */
export function featureStats(sets: PreparedSets, featureIndex: number, scaled: boolean): SetFeatureStats[] {
  return SET_NAMES.map((set) => {
    const xs = (scaled ? sets[set].xScaled : sets[set].x).map((row) => row[featureIndex] as number);
    return { set, mean: mean(xs), std: std(xs), min: Math.min(...xs), max: Math.max(...xs) };
  });
}

/** The two names of a scaler's fitted numbers: mean and standard deviation, or minimum and maximum. */
export function scalerStatNames(kind: FittedScaler['kind']): [string, string] {
  return kind === 'standard' ? ['mean', 'standard deviation'] : ['minimum', 'maximum'];
}

/** One feature's fitted numbers, in the feature's own unit. */
export interface FittedRow {
  feature: Feature;
  unit: string;
  values: [number, number];
}

/** The fitted numbers table: per feature, mean and std (z-score) or min and max (min–max). */
export function fittedRows(scaler: FittedScaler): FittedRow[] {
  const [a, b] = scaler.kind === 'standard' ? [scaler.mean, scaler.std] : [scaler.min, scaler.max];
  return FEATURES.map((feature, j) => ({ feature, unit: FEATURE_UNITS[feature], values: [a[j] as number, b[j] as number] }));
}

/** One fitted number computed two ways: on the training rows only, and on all rows. */
export interface ScalerDiffRow {
  feature: Feature;
  unit: string;
  stat: string;
  trainOnly: number;
  allRows: number;
  /** allRows − trainOnly. */
  difference: number;
}

/** Compares two fitted scalers of the same kind, number by number (rows: feature × statistic). */
export function compareScalers(trainOnly: FittedScaler, allRows: FittedScaler): ScalerDiffRow[] {
  const names = scalerStatNames(trainOnly.kind);
  const a = fittedRows(trainOnly);
  const b = fittedRows(allRows);
  return a.flatMap((row, j) =>
    names.map((stat, k) => {
      const t = row.values[k] as number;
      const all = b[j]?.values[k] as number;
      return { feature: row.feature, unit: row.unit, stat, trainOnly: t, allRows: all, difference: all - t };
    }),
  );
}

/** The honest scaler and the leaky one for the same choices, with their differences; null when the pipeline is blocked. */
export interface LeakageComparison {
  trainOnly: FittedScaler;
  allRows: FittedScaler;
  rows: ScalerDiffRow[];
}

/** Runs the pipeline twice (fitScalerOnAll off and on) to show what fitting on all rows changes. */
export function leakageComparison(raw: readonly DataRow[], state: PipelineState): LeakageComparison | null {
  const honest = runPipeline(raw, { ...state, fitScalerOnAll: false }).scaler;
  const leaky = runPipeline(raw, { ...state, fitScalerOnAll: true }).scaler;
  if (!honest || !leaky) return null;
  return { trainOnly: honest, allRows: leaky, rows: compareScalers(honest, leaky) };
}

/** One row as the model sees it: raw features, scaled features and the one-hot target. */
export interface EncodedExample {
  row: DataRow;
  x: number[];
  xScaled: number[];
  oneHot: number[];
}

/** A few rows of a set for the encoding preview: the first of each species, then the next rows, up to `n`. */
export function oneHotExamples(set: PreparedSet, n = 5): EncodedExample[] {
  const picked: number[] = [];
  for (let k = 0; k < SPECIES.length; k++) {
    const i = set.labels.indexOf(k);
    if (i >= 0) picked.push(i);
  }
  for (let i = 0; i < set.rows.length && picked.length < n; i++) if (!picked.includes(i)) picked.push(i);
  return picked
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => ({ row: set.rows[i] as DataRow, x: set.x[i] as number[], xScaled: set.xScaled[i] as number[], oneHot: set.oneHot[i] as number[] }));
}

const ARRAY_SUFFIX: Record<SetName, string> = { train: 'train', validation: 'val', test: 'test' };

/** Array shapes that go to training, named as in Python code: `X_train: 240 × 4`, `y_train: 240 × 3`. */
export function setShapes(sets: PreparedSets): { set: SetName; x: string; y: string }[] {
  return SET_NAMES.map((set) => {
    const n = sets[set].rows.length;
    const name = ARRAY_SUFFIX[set];
    // Columns of X: the features the model sees (the learner may keep fewer than four).
    return { set, x: `X_${name}: ${n} × ${sets[set].xModel[0]?.length ?? FEATURES.length}`, y: `y_${name}: ${n} × ${SPECIES.length}` };
  });
}
