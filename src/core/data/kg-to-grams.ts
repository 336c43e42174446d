import { VALID_RANGES } from './penguins';
import type { DataRow } from './rows';

/**
 * True when a body mass is not a possible mass in grams but becomes one ×1000: a mass typed in kilograms.
 * Read from the valid range, so 3.4 (→ 3400 g) converts while 0 or a negative typo does not.
 */
export function looksLikeKilograms(mass: number): boolean {
  const [lo, hi] = VALID_RANGES.body_mass_g;
  return mass < lo && mass * 1000 >= lo && mass * 1000 <= hi;
}

/** A copy of the rows with every body mass typed in kilograms converted to grams (other rows are returned as they are). */
export function convertKilograms(rows: readonly DataRow[]): DataRow[] {
  return rows.map((r) =>
    // toPrecision: 4.025 × 1000 is 4025.0000000000005 in floating point; the data holds whole grams.
    r.body_mass_g !== null && looksLikeKilograms(r.body_mass_g) ? { ...r, body_mass_g: Number((r.body_mass_g * 1000).toPrecision(12)) } : r,
  );
}
