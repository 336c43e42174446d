// @vitest-environment node
// Edge cases of the explore views on a few hand-made rows: empty cells, range ends, equal lists, tiny limits, exact tick steps.
import { describe, expect, it } from 'vitest';
import { downsample, histogramSeries, missingCells, niceDomain, niceTicks, sameMembers, sameRows, scatterPoints, stripPoints, summarizeCategorical, summarizeNumeric } from './explore-views';
import type { DataRow } from './rows';

const bird = (id: number, patch: Partial<DataRow> = {}): DataRow => ({
  id,
  species: 'Adelie',
  island: 'Dream',
  bill_length_mm: 40,
  bill_depth_mm: 18,
  flipper_length_mm: 190,
  body_mass_g: 3700,
  sex: 'MALE',
  ...patch,
});

describe('summaries at the edges', () => {
  it('counts an empty text cell as missing, like a null one, and counts only the filled cells', () => {
    const s = summarizeCategorical([bird(1), bird(2, { sex: '' }), bird(3, { sex: null }), bird(4, { sex: 'FEMALE' })], 'sex');
    expect(s).toEqual({ column: 'sex', count: 2, missing: 2, values: [{ value: 'MALE', count: 1 }, { value: 'FEMALE', count: 1 }] });
  });

  it('gives NaN, not ±Infinity, for the min and max of a column with no values', () => {
    const s = summarizeNumeric([bird(1, { body_mass_g: null })], 'body_mass_g');
    expect(s).toMatchObject({ count: 0, missing: 1, outOfRange: 0 });
    expect(s.min).toBeNaN();
    expect(s.max).toBeNaN();
  });

  it('keeps values exactly on the valid range ends and counts the ones just outside (1000–10000 g)', () => {
    const rows = [1000, 10000, 999, 10001, 5000].map((g, i) => bird(i + 1, { body_mass_g: g }));
    expect(summarizeNumeric(rows, 'body_mass_g').outOfRange).toBe(2);
    expect(missingCells(rows, true)).toEqual([
      { id: 3, columns: ['body_mass_g'] },
      { id: 4, columns: ['body_mass_g'] },
    ]);
    expect(missingCells(rows, false)).toEqual([]);
  });
});

describe('sameRows and sameMembers', () => {
  const rows = [bird(1), bird(2), bird(3)];
  it('a list equals itself', () => {
    expect(sameRows(rows, rows)).toBe(true);
    const s = new Set([1, 2]);
    expect(sameMembers(s, s)).toBe(true);
  });

  it('a prefix is not the same list, either way round', () => {
    expect(sameRows(rows, rows.slice(0, 2))).toBe(false);
    expect(sameRows(rows.slice(0, 2), rows)).toBe(false);
  });

  it('the same values under other ids are other rows', () => {
    expect(sameRows([bird(1)], [bird(9)])).toBe(false);
  });

  it('a subset is not the same set', () => {
    expect(sameMembers(new Set([1]), new Set([1, 2]))).toBe(false);
  });
});

describe('chart series at the edges', () => {
  it('never bins a missing value, even when 0 lies inside the range', () => {
    const rows = [bird(1, { bill_depth_mm: -5 }), bird(2, { bill_depth_mm: 5 }), bird(3, { bill_depth_mm: null })];
    const bins = histogramSeries(rows, 'bill_depth_mm', 2);
    expect(bins.map((b) => b.counts.Adelie)).toEqual([1, 1]);
  });

  it('gives 0 for a species with no rows at all', () => {
    const bins = histogramSeries([bird(1), bird(2, { body_mass_g: 4000 })], 'body_mass_g', 2);
    expect(bins.map((b) => b.counts)).toEqual([
      { Adelie: 1, Chinstrap: 0, Gentoo: 0 },
      { Adelie: 1, Chinstrap: 0, Gentoo: 0 },
    ]);
  });

  it('leaves out strip points of a label outside the given groups', () => {
    const points = stripPoints([bird(1), bird(2, { species: 'gentoo' })], 'body_mass_g', new Set(), ['Adelie', 'Chinstrap', 'Gentoo']);
    expect(points.map((p) => p.id)).toEqual([1]);
  });

  it('skips a scatter row missing only x or only y, and keeps the values of the others', () => {
    const rows = [bird(1, { bill_length_mm: null }), bird(2, { body_mass_g: null }), bird(3, { bill_length_mm: 41.5, body_mass_g: 3900 })];
    expect(scatterPoints(rows, 'bill_length_mm', 'body_mass_g')).toEqual({ points: [{ id: 3, species: 'Adelie', x: 41.5, y: 3900 }], skipped: 2 });
  });
});

describe('downsample at the edges', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  it('without a keep rule takes an even stride through the items', () => {
    expect(downsample(items, 5)).toEqual([0, 2, 4, 6, 8]);
  });

  it('when more items must be kept than fit, returns the first `max` of them', () => {
    expect(downsample(items, 3, () => true)).toEqual([0, 1, 2]);
    expect(downsample(items, 2, (i) => i >= 5)).toEqual([5, 6]);
  });
});

describe('axis ticks at the edges', () => {
  it('gives no ticks for a non-finite end', () => {
    expect(niceTicks(Number.NaN, 10)).toEqual([]);
    expect(niceTicks(0, Number.POSITIVE_INFINITY)).toEqual([]);
    expect(niceTicks(Number.NEGATIVE_INFINITY, 0)).toEqual([]);
  });

  it('uses a step exactly equal to range / target, and includes a tick exactly on the upper end', () => {
    // (10 − 0) / 5 = 2, itself a round step: 2, not the next one (2.5).
    expect(niceTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('keeps a one-tick range as it is and widens a two-tick range to whole steps', () => {
    expect(niceDomain(5, 5)).toEqual([5, 5]);
    // (4.5 − 1.5) / 2 = 1.5 → step 2; ticks 2 and 4; the domain widens to [0, 6].
    expect(niceTicks(1.5, 4.5, 2)).toEqual([2, 4]);
    expect(niceDomain(1.5, 4.5, 2)).toEqual([0, 6]);
  });
});
