/** The four numeric features the model reads, in the order the model expects them. */
export const FEATURES = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'] as const;
export type Feature = (typeof FEATURES)[number];

/** The three species the model predicts, in the order of its output units. */
export const SPECIES = ['Adelie', 'Chinstrap', 'Gentoo'] as const;
export type Species = (typeof SPECIES)[number];

/** Unit of each feature, shown beside every number. */
export const FEATURE_UNITS: Record<Feature, string> = {
  bill_length_mm: 'mm',
  bill_depth_mm: 'mm',
  flipper_length_mm: 'mm',
  body_mass_g: 'g',
};

/** Physically plausible bounds per feature (wide on purpose: they catch typos and unit mistakes, not rare birds). */
export const VALID_RANGES: Record<Feature, readonly [number, number]> = {
  bill_length_mm: [10, 100],
  bill_depth_mm: [5, 40],
  flipper_length_mm: [100, 300],
  body_mass_g: [1000, 10000],
};

/** Column order of the raw CSV served by the retrieve step. */
export const CSV_COLUMNS = ['species', 'island', ...FEATURES, 'sex'] as const;

/** One penguin as retrieved: numbers may be missing (null), sex may be null or messy. */
export interface PenguinRow {
  species: string;
  island: string;
  bill_length_mm: number | null;
  bill_depth_mm: number | null;
  flipper_length_mm: number | null;
  body_mass_g: number | null;
  sex: string | null;
}

/** Shape of one record in vega-datasets' penguins.json. */
export interface VegaPenguinRecord {
  Species: string;
  Island: string;
  'Beak Length (mm)': number | null;
  'Beak Depth (mm)': number | null;
  'Flipper Length (mm)': number | null;
  'Body Mass (g)': number | null;
  Sex: string | null;
}

/** Renames a vega-datasets record to our snake_case columns (vega says "beak", the palmerpenguins package says "bill"). */
export function fromVegaRecord(r: VegaPenguinRecord): PenguinRow {
  return {
    species: r.Species,
    island: r.Island,
    bill_length_mm: r['Beak Length (mm)'],
    bill_depth_mm: r['Beak Depth (mm)'],
    flipper_length_mm: r['Flipper Length (mm)'],
    body_mass_g: r['Body Mass (g)'],
    sex: r.Sex,
  };
}

/** True when all four numeric features are present, so the row can feed the model. */
export function hasAllFeatures(row: PenguinRow): boolean {
  return FEATURES.every((f) => typeof row[f] === 'number' && Number.isFinite(row[f]));
}

/** The feature vector of a row in FEATURES order (call only on rows that pass hasAllFeatures). */
export function featureVector(row: PenguinRow): number[] {
  return FEATURES.map((f) => row[f] as number);
}
