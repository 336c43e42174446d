// @vitest-environment node
// Planting and judging the messy-data mistakes on small hand-made rows, so each expected value can be checked on paper.
import { describe, expect, it } from 'vitest';
import { isMistakeFixed, MISTAKES, plantMistakes, sameValues } from './messy';
import type { PlantedMistake } from './messy';
import type { DataRow } from './rows';

const bird = (id: number, patch: Partial<DataRow> = {}): DataRow => ({
  id,
  species: 'Gentoo',
  island: 'Biscoe',
  bill_length_mm: 45 + id / 100,
  bill_depth_mm: 15,
  flipper_length_mm: 210,
  body_mass_g: 5000,
  sex: 'FEMALE',
  ...patch,
});
const mistake = (id: string) => MISTAKES.find((m) => m.id === id) as PlantedMistake;
/** Rows 1..n, as the retrieve step numbers them. */
const rows = (n: number) => Array.from({ length: n }, (_, i) => bird(i + 1));

describe('plantMistakes', () => {
  const raw = rows(344);
  const planted = plantMistakes(raw);
  const at = (id: number) => planted.find((r) => r.id === id);

  it('plants each documented value at its row and leaves every other row equal to the input', () => {
    expect(at(21)?.body_mass_g).toBe(5);
    expect(at(160)?.flipper_length_mm).toBe(-210);
    expect(at(250)?.species).toBe('gentoo');
    expect(at(300)?.bill_depth_mm).toBe(0);
    const touched = new Set([21, 160, 250, 300, 345]);
    expect(planted.filter((r) => !touched.has(r.id))).toEqual(raw.filter((r) => !touched.has(r.id)));
  });

  it('appends a copy of row 100 with the next free id, and does not change the input rows', () => {
    expect(planted).toHaveLength(345);
    expect(planted.at(-1)).toEqual({ ...bird(100), id: 345 });
    expect(raw).toEqual(rows(344));
  });

  it('takes the next id after the largest one, not after the row count', () => {
    const sparse = [bird(100), bird(500)];
    expect(plantMistakes(sparse).map((r) => r.id)).toEqual([100, 500, 501]);
  });

  it('leaves missing values missing and plants nothing on rows that are not there', () => {
    const withGaps = [bird(21, { body_mass_g: null }), bird(160, { flipper_length_mm: null }), bird(7)];
    expect(plantMistakes(withGaps)).toEqual(withGaps);
    expect(plantMistakes([])).toEqual([]);
  });
});

describe('sameValues', () => {
  const a = bird(1);
  it('ignores the id', () => {
    expect(sameValues(a, { ...a, id: 99 })).toBe(true);
  });

  it('tells rows apart by any single column', () => {
    const changes: Partial<DataRow>[] = [
      { species: 'Adelie' },
      { island: 'Dream' },
      { bill_length_mm: 1 },
      { bill_depth_mm: 1 },
      { flipper_length_mm: 1 },
      { body_mass_g: 1 },
      { sex: 'MALE' },
    ];
    for (const change of changes) expect(sameValues(a, { ...a, ...change }), JSON.stringify(change)).toBe(false);
  });
});

describe('isMistakeFixed', () => {
  const planted = plantMistakes(rows(344));
  const without = (...ids: number[]) => planted.filter((r) => !ids.includes(r.id));
  const edit = (id: number, patch: Partial<DataRow>) => planted.map((r) => (r.id === id ? { ...r, ...patch } : r));

  it('a value mistake is fixed by removing its row or changing its value, not by anything else', () => {
    for (const id of ['kg', 'negative', 'zero']) {
      const m = mistake(id);
      expect(isMistakeFixed(m, planted, planted), id).toBe(false);
      expect(isMistakeFixed(m, without(m.rowId), planted), id).toBe(true);
      expect(isMistakeFixed(m, edit(m.rowId, { [m.feature as string]: null }), planted), id).toBe(true);
      // Another column of the same row changing does not correct the planted value.
      expect(isMistakeFixed(m, edit(m.rowId, { sex: 'MALE' }), planted), id).toBe(false);
    }
  });

  it('a mislabeled row is fixed only by correcting its label, not by dropping it', () => {
    const m = mistake('label');
    expect(isMistakeFixed(m, planted, planted)).toBe(false);
    expect(isMistakeFixed(m, without(250), planted)).toBe(false);
    expect(isMistakeFixed(m, edit(250, { species: 'Gentoo' }), planted)).toBe(true);
  });

  it('a duplicate is fixed once the copy or the original is gone, or when they no longer match', () => {
    const m = mistake('duplicate');
    expect(isMistakeFixed(m, planted, planted)).toBe(false);
    expect(isMistakeFixed(m, without(345), planted)).toBe(true);
    expect(isMistakeFixed(m, without(100), planted)).toBe(true);
    expect(isMistakeFixed(m, edit(100, { sex: 'MALE' }), planted)).toBe(true);
  });

  it('a duplicate whose copy is kept but was never planted counts as fixed (nothing to compare with)', () => {
    const m = mistake('duplicate');
    const kept = [bird(100), bird(345)];
    expect(isMistakeFixed(m, kept, [bird(100)])).toBe(true);
  });

  it('a kept row that was never planted counts as changed (there is no planted value left to find)', () => {
    expect(isMistakeFixed(mistake('label'), [bird(250)], [])).toBe(true);
    expect(isMistakeFixed(mistake('zero'), [bird(300)], [])).toBe(true);
  });
});
