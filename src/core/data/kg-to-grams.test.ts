import { describe, expect, it } from 'vitest';
import { convertKilograms, looksLikeKilograms } from './kg-to-grams';
import type { DataRow } from './rows';

const row = (id: number, body_mass_g: number | null): DataRow => ({ id, species: 'Adelie', island: 'Torgersen', bill_length_mm: 39, bill_depth_mm: 18, flipper_length_mm: 190, body_mass_g, sex: 'MALE' });

describe('kilograms to grams', () => {
  it('recognizes a mass in kilograms, not a zero, a negative or a real mass in grams', () => {
    expect(looksLikeKilograms(3.4)).toBe(true);
    expect(looksLikeKilograms(6.3)).toBe(true);
    expect(looksLikeKilograms(0)).toBe(false);
    expect(looksLikeKilograms(-3.4)).toBe(false);
    expect(looksLikeKilograms(0.5)).toBe(false);
    expect(looksLikeKilograms(3400)).toBe(false);
  });

  it('multiplies only the kilogram masses by 1000 and keeps every row', () => {
    const rows = [row(1, 3400), row(2, 4.025), row(3, null), row(4, 0)];
    const out = convertKilograms(rows);
    expect(out.map((r) => r.body_mass_g)).toEqual([3400, 4025, null, 0]);
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(rows[0]);
    expect(rows[1]?.body_mass_g).toBe(4.025);
  });
});
