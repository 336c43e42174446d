import { convertKilograms } from './kg-to-grams';
import { isMistakeFixed, MISTAKES, plantMistakes, sameValues } from './messy';
import type { PlantedMistake } from './messy';
import { isOutlier, outlierBounds } from './outliers';
import type { OutlierBounds } from './outliers';
import { FEATURES, SPECIES, VALID_RANGES } from './penguins';
import type { Feature } from './penguins';
import { chosenFeatures } from './pipeline-state';
import type { PipelineState } from './pipeline-state';
import type { DataRow } from './rows';
import { applyScaler, fitScaler } from './scaler';
import type { FittedScaler } from './scaler';
import { splitRows } from './split';
import { mean, median } from './stats';

/** A row taken out of the data, and why (shown to the learner row by row). */
export interface RemovedRow {
  row: DataRow;
  reason: string;
}

/**
 * One prepared set: rows, raw and scaled matrices of all four measurements (n × 4, FEATURES order), the model's input
 * (the scaled chosen features only, n × chosen), class indices and one-hot targets (n × 3).
 */
export interface PreparedSet {
  rows: DataRow[];
  x: number[][];
  xScaled: number[][];
  /** xScaled restricted to the chosen features: what training, evaluation and the endpoint feed the network. */
  xModel: number[][];
  labels: number[];
  oneHot: number[][];
}

/** Everything the data phase produces from the raw rows and the learner's choices. */
export interface PipelineResult {
  /** The rows the pipeline started from (with mistakes planted when messy). */
  input: DataRow[];
  removed: RemovedRow[];
  /** Rows kept after cleaning, before the split (values may still be missing when imputing). */
  kept: DataRow[];
  bounds: Record<Feature, OutlierBounds>;
  /** Ids of rows outside the outlier bounds in any feature (flagged whether or not they are removed). */
  flagged: Set<number>;
  /** Per feature, the value used for missing cells (fitted on train), or null when rows were dropped. */
  imputed: Record<Feature, number> | null;
  scaler: FittedScaler | null;
  sets: { train: PreparedSet; validation: PreparedSet; test: PreparedSet } | null;
  /** The measurements the model sees, in FEATURES order. */
  features: Feature[];
  /** Problems that stop the data from going to training (shown inline; "continue" is disabled). */
  blockers: string[];
  mistakes: { mistake: PlantedMistake; fixed: boolean }[];
}

const canonical = new Map(SPECIES.map((s) => [s.toLowerCase(), s]));

function inRange(f: Feature, v: number): boolean {
  const [lo, hi] = VALID_RANGES[f];
  return v >= lo && v <= hi;
}

function hasMissing(r: DataRow): boolean {
  return FEATURES.some((f) => r[f] === null);
}

/** Cleans the rows: labels, duplicates, invalid values, unknown labels, missing values, outliers; each removal with a reason. */
function clean(input: DataRow[], s: PipelineState): { kept: DataRow[]; removed: RemovedRow[]; bounds: Record<Feature, OutlierBounds>; flagged: Set<number> } {
  const removed: RemovedRow[] = [];
  // Before the range check: a mass in kilograms is a real bird, so converting it keeps the row that "invalid" would drop.
  let rows = (s.cleaning.kgToGrams ? convertKilograms(input) : input).map((r) => ({ ...r }));
  if (s.cleaning.fixLabels) for (const r of rows) r.species = canonical.get(r.species.trim().toLowerCase()) ?? r.species;
  if (s.cleaning.dropDuplicates) {
    const seen: DataRow[] = [];
    rows = rows.filter((r) => {
      const first = seen.find((o) => sameValues(o, r));
      if (first) removed.push({ row: r, reason: `duplicate of row ${first.id}` });
      else seen.push(r);
      return !first;
    });
  }
  if (s.cleaning.invalidAsMissing) {
    for (const r of rows) for (const f of FEATURES) if (r[f] !== null && !inRange(f, r[f] as number)) r[f] = null;
  }
  rows = rows.filter((r) => {
    const known = (SPECIES as readonly string[]).includes(r.species);
    if (!known) removed.push({ row: r, reason: `unknown species label "${r.species}"` });
    return known;
  });
  if (s.missing === 'drop') {
    rows = rows.filter((r) => {
      if (hasMissing(r)) removed.push({ row: r, reason: `missing ${FEATURES.filter((f) => r[f] === null).join(', ')}` });
      return !hasMissing(r);
    });
  }
  const bounds = {} as Record<Feature, OutlierBounds>;
  const flagged = new Set<number>();
  for (const f of FEATURES) {
    const values = rows.map((r) => r[f]).filter((v): v is number => v !== null);
    bounds[f] = outlierBounds(values, s.outliers.rule, s.outliers.threshold);
    for (const r of rows) if (r[f] !== null && isOutlier(r[f] as number, bounds[f])) flagged.add(r.id);
  }
  if (s.outliers.remove) {
    rows = rows.filter((r) => {
      if (!flagged.has(r.id)) return true;
      const which = FEATURES.filter((f) => r[f] !== null && isOutlier(r[f] as number, bounds[f]));
      removed.push({ row: r, reason: `outlier in ${which.join(', ')} (${s.outliers.rule === 'iqr' ? `IQR ×${s.outliers.threshold}` : `|z| > ${s.outliers.threshold}`})` });
      return false;
    });
  }
  return { kept: rows, removed, bounds, flagged };
}

function splitProblems(s: PipelineState): string[] {
  const { train, validation, test } = s.split;
  const out: string[] = [];
  if (train + validation + test !== 100) out.push(`The three sets add up to ${train + validation + test}%, not 100%.`);
  for (const [name, v] of [['training', train], ['validation', validation], ['test', test]] as const) if (v < 5) out.push(`The ${name} set needs at least 5% (it has ${v}%).`);
  return out;
}

/** Fills missing cells with the imputed values (rows without missing cells are returned as they are). */
function fillMissing(rows: readonly DataRow[], imputed: Record<Feature, number> | null): DataRow[] {
  if (!imputed) return [...rows];
  return rows.map((r) => (hasMissing(r) ? { ...r, ...Object.fromEntries(FEATURES.map((f) => [f, r[f] ?? imputed[f]])) } : r));
}

const toMatrix = (rows: readonly DataRow[]) => rows.map((r) => FEATURES.map((f) => r[f] as number));

function prepareSet(rows: DataRow[], scaler: FittedScaler, features: readonly Feature[]): PreparedSet {
  const x = toMatrix(rows);
  const labels = rows.map((r) => (SPECIES as readonly string[]).indexOf(r.species));
  const xScaled = x.map((row) => applyScaler(scaler, row));
  // Each column is scaled on its own, so picking columns after scaling equals scaling only the chosen ones.
  const columns = features.map((f) => FEATURES.indexOf(f));
  const xModel = xScaled.map((row) => columns.map((j) => row[j] as number));
  return { rows, x, xScaled, xModel, labels, oneHot: labels.map((k) => SPECIES.map((_, j) => (j === k ? 1 : 0))) };
}

/** Runs the whole data phase: same raw rows + same state → same numbers, in every browser. */
export function runPipeline(raw: readonly DataRow[], s: PipelineState): PipelineResult {
  const input = s.messy ? plantMistakes(raw) : raw.map((r) => ({ ...r }));
  const { kept, removed, bounds, flagged } = clean(input, s);
  const mistakes = s.messy ? MISTAKES.map((m) => ({ mistake: m, fixed: isMistakeFixed(m, kept, input) })) : [];
  const blockers = splitProblems(s);
  const lost = SPECIES.filter((sp) => !kept.some((r) => r.species === sp));
  if (lost.length > 0) blockers.push(`Cleaning removed every ${lost.join(' and ')} penguin: the model could never learn ${lost.length > 1 ? 'those species' : 'that species'}.`);
  const features = chosenFeatures(s);
  const base = { input, removed, kept, bounds, flagged, mistakes, features, imputed: null, scaler: null, sets: null };
  if (blockers.length > 0) return { ...base, blockers };

  const fractions = { train: s.split.train / 100, validation: s.split.validation / 100, test: s.split.test / 100 };
  const split = splitRows(kept, { fractions, seed: s.split.seed, ...(s.split.stratify ? { stratifyBy: (r: DataRow) => r.species } : {}) });
  for (const [name, set] of Object.entries(split)) {
    if (set.length < SPECIES.length) blockers.push(`The ${name} set has ${set.length} row${set.length === 1 ? '' : 's'}, fewer than the ${SPECIES.length} species.`);
  }
  if (blockers.length > 0) return { ...base, blockers };

  // Fitted on train only: statistics of validation or test rows would leak into training.
  let imputed: Record<Feature, number> | null = null;
  if (s.missing !== 'drop') {
    const fill = s.missing === 'mean' ? mean : median;
    imputed = Object.fromEntries(FEATURES.map((f) => [f, fill(split.train.map((r) => r[f]).filter((v): v is number => v !== null))])) as Record<Feature, number>;
  }
  const train = fillMissing(split.train, imputed);
  const validation = fillMissing(split.validation, imputed);
  const test = fillMissing(split.test, imputed);
  // The leakage demo fits on every row; the honest default fits on the training rows only.
  const scaler = fitScaler(s.scaler, toMatrix(s.fitScalerOnAll ? [...train, ...validation, ...test] : train));
  return {
    ...base,
    imputed,
    scaler,
    blockers,
    sets: { train: prepareSet(train, scaler, features), validation: prepareSet(validation, scaler, features), test: prepareSet(test, scaler, features) },
  };
}
