import { createRng } from '../rng';
import { sameValues } from './messy';
import type { OutlierBounds } from './outliers';
import { FEATURES, SPECIES, VALID_RANGES } from './penguins';
import type { Feature } from './penguins';
import type { DataRow } from './rows';
import { histogram, mean, std } from './stats';
import { formatDecimal } from '../format/count';

/** Most points any one chart draws: more SVG nodes make sliders stutter and add nothing a reader can see. */
export const MAX_CHART_POINTS = 2000;

/** The text columns of the data, summarized by their distinct values. */
export const CATEGORICAL_COLUMNS = ['species', 'island', 'sex'] as const;
export type CategoricalColumn = (typeof CATEGORICAL_COLUMNS)[number];

/** Formats a number for people: grouped thousands, at most `digits` decimals, an em dash for "no value". */
export function formatNumber(value: number, digits = 2): string {
  return Number.isFinite(value) ? formatDecimal(value, digits) : '—';
}

/** The species labels present in the rows: the three known species always, then any other label (such as a typo) in order of appearance. */
export function speciesGroups(rows: readonly DataRow[]): string[] {
  const others: string[] = [];
  for (const r of rows) if (!(SPECIES as readonly string[]).includes(r.species) && !others.includes(r.species)) others.push(r.species);
  return [...SPECIES, ...others];
}

/** One text column at a glance: how many cells hold a value, how many are empty, and every distinct value with its count. */
export interface CategoricalSummary {
  column: CategoricalColumn;
  count: number;
  missing: number;
  values: { value: string; count: number }[];
}

/** Summarizes a text column; distinct values are listed most frequent first (ties in order of appearance). */
export function summarizeCategorical(rows: readonly DataRow[], column: CategoricalColumn): CategoricalSummary {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const r of rows) {
    const v = r[column];
    if (v === null || v === '') missing += 1;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const values = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
  return { column, count: rows.length - missing, missing, values };
}

/** One numeric feature at a glance, with the mean per species label and how many values lie outside the valid physical range. */
export interface NumericSummary {
  feature: Feature;
  count: number;
  missing: number;
  min: number;
  max: number;
  mean: number;
  std: number;
  /** Mean per species label (NaN when that label has no value for the feature). */
  meanBySpecies: Record<string, number>;
  outOfRange: number;
}

/** Summarizes a numeric feature over the rows (missing cells are counted, not averaged); `groups` names the species labels to average over. */
export function summarizeNumeric(rows: readonly DataRow[], feature: Feature, groups: readonly string[] = speciesGroups(rows)): NumericSummary {
  const values: number[] = [];
  for (const r of rows) {
    const v = r[feature];
    if (v !== null) values.push(v);
  }
  const [lo, hi] = VALID_RANGES[feature];
  const meanBySpecies: Record<string, number> = {};
  for (const g of groups) meanBySpecies[g] = mean(rows.filter((r) => r.species === g && r[feature] !== null).map((r) => r[feature] as number));
  return {
    feature,
    count: values.length,
    missing: rows.length - values.length,
    min: values.length > 0 ? Math.min(...values) : Number.NaN,
    max: values.length > 0 ? Math.max(...values) : Number.NaN,
    mean: mean(values),
    std: std(values),
    meanBySpecies,
    outOfRange: values.filter((v) => v < lo || v > hi).length,
  };
}

/** Number of rows that repeat an earlier row in every column (the first copy is not counted). */
export function countDuplicates(rows: readonly DataRow[]): number {
  const seen = new Set<string>();
  let n = 0;
  for (const r of rows) {
    // The same fields sameValues compares, as one key: linear time instead of comparing every pair.
    const key = JSON.stringify([r.species, r.island, r.bill_length_mm, r.bill_depth_mm, r.flipper_length_mm, r.body_mass_g, r.sex]);
    if (seen.has(key)) n += 1;
    else seen.add(key);
  }
  return n;
}

/** True when two row lists hold the same rows (ids and values) in the same order. */
export function sameRows(a: readonly DataRow[], b: readonly DataRow[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const o = b[i] as DataRow;
    return r.id === o.id && sameValues(r, o);
  });
}

/** True when two sets hold the same members. */
export function sameMembers<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** A row with empty measurement cells, and which ones. */
export interface MissingCells {
  id: number;
  columns: Feature[];
}

/** Rows whose measurements are missing, or become missing when out-of-range values are treated as missing. */
export function missingCells(rows: readonly DataRow[], invalidAsMissing: boolean): MissingCells[] {
  const out: MissingCells[] = [];
  for (const r of rows) {
    const columns = FEATURES.filter((f) => {
      const v = r[f];
      if (v === null) return true;
      const [lo, hi] = VALID_RANGES[f];
      return invalidAsMissing && (v < lo || v > hi);
    });
    if (columns.length > 0) out.push({ id: r.id, columns });
  }
  return out;
}

/** One histogram bin with its count per species label. */
export interface HistogramBin {
  start: number;
  end: number;
  counts: Record<string, number>;
}

/** Histogram of one feature per species label, all on the same bins (spanning every label's values), so the groups can be compared bin by bin. */
export function histogramSeries(rows: readonly DataRow[], feature: Feature, bins: number, groups: readonly string[] = speciesGroups(rows)): HistogramBin[] {
  const all = rows.map((r) => r[feature]).filter((v): v is number => v !== null);
  if (all.length === 0) return [];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const perGroup = groups.map((g) => histogram(rows.filter((r) => r.species === g && r[feature] !== null).map((r) => r[feature] as number), bins, lo, hi));
  const base = histogram(all, bins, lo, hi);
  return base.map((b, i) => ({
    start: b.start,
    end: b.end,
    counts: Object.fromEntries(groups.map((g, k) => [g, perGroup[k]?.[i]?.count ?? 0])),
  }));
}

/** One penguin in the strip plot: its value, its species row (with deterministic jitter) and whether the outlier rule flagged it. */
export interface StripPoint {
  id: number;
  species: string;
  value: number;
  /** The species' row index plus a jitter in [−0.3, 0.3), seeded by the row id: same picture on every reload. */
  y: number;
  flagged: boolean;
}

/** The strip plot of one feature: each non-missing value on x, its species on y, at most `max` points (flagged points always kept). */
export function stripPoints(rows: readonly DataRow[], feature: Feature, flagged: ReadonlySet<number>, groups: readonly string[] = speciesGroups(rows), max = MAX_CHART_POINTS): StripPoint[] {
  const points: StripPoint[] = [];
  for (const r of rows) {
    const value = r[feature];
    const row = groups.indexOf(r.species);
    if (value === null || row < 0) continue;
    const jitter = (createRng(r.id * 31 + 7)() - 0.5) * 0.6;
    points.push({ id: r.id, species: r.species, value, y: row + jitter, flagged: flagged.has(r.id) });
  }
  return downsample(points, max, (p) => p.flagged);
}

/** One penguin in the scatter plot. */
export interface ScatterPoint {
  id: number;
  species: string;
  x: number;
  y: number;
}

/** Points for a scatter of feature `x` against feature `y` (rows missing either are skipped and counted). */
export function scatterPoints(rows: readonly DataRow[], x: Feature, y: Feature, max = MAX_CHART_POINTS): { points: ScatterPoint[]; skipped: number } {
  const points: ScatterPoint[] = [];
  for (const r of rows) {
    const vx = r[x];
    const vy = r[y];
    if (vx !== null && vy !== null) points.push({ id: r.id, species: r.species, x: vx, y: vy });
  }
  return { points: downsample(points, max), skipped: rows.length - points.length };
}

/**
 * At most `max` items, chosen by an even stride so the sample keeps the data's order and spread;
 * items for which `keep` is true are always included. Deterministic: no randomness.
 */
export function downsample<T>(items: readonly T[], max: number, keep: (item: T) => boolean = () => false): T[] {
  if (items.length <= max) return [...items];
  const kept = items.filter(keep);
  const rest = items.filter((item) => !keep(item));
  const room = Math.max(0, max - kept.length);
  if (room === 0) return kept.slice(0, max);
  const step = rest.length / room;
  const chosen = new Set<T>(kept);
  for (let i = 0; i < room; i++) chosen.add(rest[Math.floor(i * step)] as T);
  return items.filter((item) => chosen.has(item));
}

/** The outlier rule as words, e.g. "IQR ×1.5" or "|z| > 3". */
export function ruleLabel(b: Pick<OutlierBounds, 'rule' | 'threshold'>): string {
  return b.rule === 'iqr' ? `IQR ×${b.threshold}` : `|z| > ${b.threshold}`;
}

/** Round axis ticks inside [lo, hi], about `target` of them, on steps of 1, 2, 2.5 or 5 × 10^k (so a 3.4 g minimum does not give ticks at 2,003.4). */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const out: number[] = [];
  for (let i = Math.ceil(lo / step); i * step <= hi + step * 1e-9; i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** An axis range that holds [lo, hi], widened to whole steps of its round ticks, so small changes inside it leave the axis (and every point) where it was. */
export function niceDomain(lo: number, hi: number, target = 5): [number, number] {
  const ticks = niceTicks(lo, hi, target);
  if (ticks.length < 2) return [lo, hi];
  const step = (ticks[1] as number) - (ticks[0] as number);
  return [Number((Math.floor(lo / step) * step).toPrecision(12)), Number((Math.ceil(hi / step) * step).toPrecision(12))];
}
