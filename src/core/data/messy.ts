import type { Feature } from './penguins';
import type { DataRow } from './rows';

/** Kinds of realistic data-entry mistakes the "messy data" toggle plants. */
export type MistakeKind = 'unit' | 'sign' | 'duplicate' | 'label' | 'zero-for-missing';

/** One planted mistake: what it is, where, and which explore tool reveals it. */
export interface PlantedMistake {
  id: string;
  kind: MistakeKind;
  rowId: number;
  feature?: Feature;
  /** For a duplicate: the row it copies (pointing at either row finds it). */
  copyOf?: number;
  /** What the learner is told once it is fixed (never before: finding it is the exercise). */
  description: string;
  /** The explore tool that reveals it. */
  foundWith: string;
}

/** The documented mistakes, on fixed rows of the 344-row file (row ids are 1-based line numbers of the data). */
export const MISTAKES: readonly PlantedMistake[] = [
  { id: 'kg', kind: 'unit', rowId: 21, feature: 'body_mass_g', description: 'Row 21: body mass typed in kilograms (3.4) instead of grams (3400).', foundWith: 'Summary table (min of body_mass_g) or the strip plot of body_mass_g' },
  { id: 'negative', kind: 'sign', rowId: 160, feature: 'flipper_length_mm', description: 'Row 160: a flipper length of −197 mm; lengths cannot be negative.', foundWith: 'Summary table (min of flipper_length_mm) or the strip plot' },
  { id: 'duplicate', kind: 'duplicate', rowId: 345, copyOf: 100, description: 'Row 345: an exact copy of row 100, entered twice.', foundWith: 'Summary table (duplicate rows)' },
  { id: 'label', kind: 'label', rowId: 250, description: 'Row 250: species written "gentoo" instead of "Gentoo", which a model would treat as a fourth species.', foundWith: 'Summary table, before cleaning (the distinct values of species), or the strip plot before cleaning' },
  { id: 'zero', kind: 'zero-for-missing', rowId: 300, feature: 'bill_depth_mm', description: 'Row 300: a bill depth of 0 mm, a missing value typed as zero.', foundWith: 'Summary table (min of bill_depth_mm) or the strip plot' },
];

/** A copy of the rows with every documented mistake planted (deterministic: same rows in, same mistakes out). */
export function plantMistakes(rows: readonly DataRow[]): DataRow[] {
  const out = rows.map((r) => ({ ...r }));
  const byId = (id: number) => out.find((r) => r.id === id);
  const kg = byId(21);
  if (kg && kg.body_mass_g !== null) kg.body_mass_g = kg.body_mass_g / 1000;
  const neg = byId(160);
  if (neg && neg.flipper_length_mm !== null) neg.flipper_length_mm = -neg.flipper_length_mm;
  const label = byId(250);
  if (label) label.species = label.species.toLowerCase();
  const zero = byId(300);
  if (zero) zero.bill_depth_mm = 0;
  const original = byId(100);
  if (original) out.push({ ...original, id: Math.max(...out.map((r) => r.id)) + 1 });
  return out;
}

/** True when a planted mistake no longer reaches the prepared data (its row was removed or its value corrected). */
export function isMistakeFixed(m: PlantedMistake, kept: readonly DataRow[], planted: readonly DataRow[]): boolean {
  const now = kept.find((r) => r.id === m.rowId);
  if (m.kind === 'duplicate') {
    // Fixed when the copy and the original are not both kept.
    const copy = planted.find((r) => r.id === m.rowId);
    return !now || !kept.some((r) => r.id !== m.rowId && copy !== undefined && sameValues(r, copy));
  }
  const before = planted.find((r) => r.id === m.rowId);
  // A mislabeled row dropped as "unknown species" still hides a real penguin: only a corrected label fixes it.
  if (m.kind === 'label') return now !== undefined && now.species !== before?.species;
  if (!now) return true;
  return m.feature !== undefined && now[m.feature] !== before?.[m.feature];
}

/** True when two rows hold the same values in every column (ids aside). */
export function sameValues(a: DataRow, b: DataRow): boolean {
  return (
    a.species === b.species &&
    a.island === b.island &&
    a.bill_length_mm === b.bill_length_mm &&
    a.bill_depth_mm === b.bill_depth_mm &&
    a.flipper_length_mm === b.flipper_length_mm &&
    a.body_mass_g === b.body_mass_g &&
    a.sex === b.sex
  );
}
