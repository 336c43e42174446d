import penguins from 'vega-datasets/data/penguins.json';
import { featureVector, fromVegaRecord, hasAllFeatures, SPECIES } from './penguins';
import type { PenguinRow, Species, VegaPenguinRecord } from './penguins';
import { splitRows } from './split';
import type { Split, SplitFractions } from './split';

/** Seed of the reference split: the shipped v1 model, its card and its tests all use it. */
export const REFERENCE_SEED = 42;

/** Train/validation/test fractions of the reference split. */
export const REFERENCE_FRACTIONS: SplitFractions = { train: 0.7, validation: 0.15, test: 0.15 };

/** Rows usable by the model plus how many raw records were dropped for a missing feature. */
export interface ReferenceRows {
  rows: PenguinRow[];
  dropped: number;
}

/** Converts vega-datasets records (default: the bundled penguins.json, 344 records) and keeps only complete rows. */
export function referenceRows(records: readonly VegaPenguinRecord[] = penguins as VegaPenguinRecord[]): ReferenceRows {
  const all = records.map(fromVegaRecord);
  const rows = all.filter(hasAllFeatures);
  return { rows, dropped: all.length - rows.length };
}

/** The seeded, species-stratified 70/15/15 split of the complete rows that trained and evaluated model v1. */
export function referenceSplit(rows: readonly PenguinRow[] = referenceRows().rows): Split<PenguinRow> {
  return splitRows(rows, { fractions: REFERENCE_FRACTIONS, seed: REFERENCE_SEED, stratifyBy: (r) => r.species });
}

/** Index of a species in SPECIES (the model's output order), or -1 for an unknown name. */
export function speciesIndex(species: string): number {
  return SPECIES.indexOf(species as Species);
}

/** Feature matrix (n × 4, raw units, FEATURES order) and species indices (n) of some rows. */
export function toMatrix(rows: readonly PenguinRow[]): { x: number[][]; labels: number[] } {
  return { x: rows.map(featureVector), labels: rows.map((r) => speciesIndex(r.species)) };
}
