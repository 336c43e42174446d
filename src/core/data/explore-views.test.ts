// @vitest-environment node
import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import {
  countDuplicates,
  downsample,
  formatNumber,
  niceDomain,
  niceTicks,
  sameMembers,
  sameRows,
  histogramSeries,
  missingCells,
  ruleLabel,
  scatterPoints,
  speciesGroups,
  stripPoints,
  summarizeCategorical,
  summarizeNumeric,
} from './explore-views';
import { plantMistakes } from './messy';
import { fromVegaRecord } from './penguins';
import type { VegaPenguinRecord } from './penguins';
import type { DataRow } from './rows';

const raw: DataRow[] = (penguins as VegaPenguinRecord[]).map((r, i) => ({ id: i + 1, ...fromVegaRecord(r) }));
const messy = plantMistakes(raw);

describe('column summaries', () => {
  it('counts species, islands and sex values, including the "." sex value', () => {
    const species = summarizeCategorical(raw, 'species');
    expect(species).toMatchObject({ count: 344, missing: 0 });
    expect(species.values).toEqual([
      { value: 'Adelie', count: 152 },
      { value: 'Gentoo', count: 124 },
      { value: 'Chinstrap', count: 68 },
    ]);
    const sex = summarizeCategorical(raw, 'sex');
    expect(sex.missing).toBe(10);
    expect(sex.values).toContainEqual({ value: '.', count: 1 });
    expect(summarizeCategorical(raw, 'island').values.map((v) => v.value).sort()).toEqual(['Biscoe', 'Dream', 'Torgersen']);
  });

  it('shows the mislabeled species as a value of its own in the messy data', () => {
    const values = summarizeCategorical(messy, 'species').values;
    expect(values).toContainEqual({ value: 'gentoo', count: 1 });
    expect(values).toContainEqual({ value: 'Gentoo', count: 123 });
    expect(speciesGroups(messy)).toEqual(['Adelie', 'Chinstrap', 'Gentoo', 'gentoo']);
  });

  it('summarizes a measurement: count, missing, min, max, mean, std, per-species means, out of range', () => {
    const s = summarizeNumeric(raw, 'body_mass_g');
    expect(s).toMatchObject({ count: 342, missing: 2, min: 2700, max: 6300, outOfRange: 0 });
    expect(s.mean).toBeCloseTo(4201.75, 2);
    expect(s.std).toBeCloseTo(800.78, 1);
    expect(s.meanBySpecies.Adelie).toBeCloseTo(3700.66, 2);
    expect(s.meanBySpecies.Gentoo).toBeCloseTo(5076.02, 2);
    expect(Object.keys(s.meanBySpecies)).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
  });

  it('reveals the planted impossible values through min and the out-of-range count', () => {
    expect(summarizeNumeric(messy, 'body_mass_g')).toMatchObject({ min: 3.4, outOfRange: 1 });
    expect(summarizeNumeric(messy, 'flipper_length_mm')).toMatchObject({ min: -197, outOfRange: 1 });
    expect(summarizeNumeric(messy, 'bill_depth_mm')).toMatchObject({ min: 0, outOfRange: 1 });
  });

  it('counts exact duplicates: none in the file, one in the messy copy', () => {
    expect(countDuplicates(raw)).toBe(0);
    expect(countDuplicates(messy)).toBe(1);
  });

  it('tells equal row lists and sets apart from changed ones', () => {
    expect(sameRows(raw, raw.map((r) => ({ ...r })))).toBe(true);
    expect(sameRows(raw, raw.slice(1))).toBe(false);
    expect(sameRows(raw, messy.slice(0, raw.length))).toBe(false);
    expect(sameMembers(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(sameMembers(new Set([1, 2]), new Set([1, 3]))).toBe(false);
  });

  it('lists the rows with missing measurements, and the ones that become missing when invalid values are', () => {
    expect(missingCells(raw, false)).toEqual([
      { id: 4, columns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'] },
      { id: 340, columns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'] },
    ]);
    expect(missingCells(messy, true).map((m) => m.id)).toEqual([4, 21, 160, 300, 340]);
    expect(missingCells(messy, true).find((m) => m.id === 21)?.columns).toEqual(['body_mass_g']);
  });
});

describe('chart series', () => {
  it('bins every species on the same edges, and the counts add up to the values', () => {
    const bins = histogramSeries(raw, 'flipper_length_mm', 12);
    expect(bins).toHaveLength(12);
    expect(bins[0]?.start).toBe(172);
    expect(bins.at(-1)?.end).toBe(231);
    for (let i = 1; i < bins.length; i++) expect(bins[i]?.start).toBeCloseTo(bins[i - 1]?.end as number, 9);
    const total = (g: string) => bins.reduce((s, b) => s + (b.counts[g] ?? 0), 0);
    expect([total('Adelie'), total('Chinstrap'), total('Gentoo')]).toEqual([151, 68, 123]);
    expect(histogramSeries([], 'flipper_length_mm', 10)).toEqual([]);
  });

  it('places strip points on their species row with a seeded jitter, and marks flagged rows', () => {
    const flagged = new Set([5, 200]);
    const a = stripPoints(raw, 'body_mass_g', flagged);
    expect(a).toEqual(stripPoints(raw, 'body_mass_g', flagged));
    expect(a).toHaveLength(342);
    for (const p of a) {
      const row = ['Adelie', 'Chinstrap', 'Gentoo'].indexOf(p.species);
      expect(p.y).toBeGreaterThanOrEqual(row - 0.3);
      expect(p.y).toBeLessThan(row + 0.3);
    }
    expect(a.filter((p) => p.flagged).map((p) => p.id)).toEqual([5, 200]);
  });

  it('skips and counts rows missing either scatter value', () => {
    const { points, skipped } = scatterPoints(raw, 'bill_length_mm', 'body_mass_g');
    expect(points).toHaveLength(342);
    expect(skipped).toBe(2);
  });

  it('downsamples to at most the limit, evenly and deterministically, always keeping marked items', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const keep = (i: number) => i % 997 === 0;
    const sample = downsample(items, 2000, keep);
    expect(sample).toHaveLength(2000);
    expect(sample).toEqual(downsample(items, 2000, keep));
    expect(items.filter(keep).every((i) => sample.includes(i))).toBe(true);
    expect(sample).toEqual([...sample].sort((x, y) => x - y));
    expect(downsample([1, 2, 3], 2000)).toEqual([1, 2, 3]);
    const points = stripPoints([...raw, ...raw, ...raw, ...raw, ...raw, ...raw].map((r, i) => ({ ...r, id: i + 1 })), 'bill_length_mm', new Set([7]), undefined, 500);
    expect(points).toHaveLength(500);
    expect(points.some((p) => p.id === 7 && p.flagged)).toBe(true);
  });
});

describe('axes and labels', () => {
  it('picks round axis ticks inside the range', () => {
    expect(niceTicks(3.4, 6300)).toEqual([2000, 4000, 6000]);
    expect(niceTicks(2700, 6300)).toEqual([3000, 4000, 5000, 6000]);
    expect(niceTicks(172, 231)).toEqual([180, 200, 220]);
    expect(niceTicks(13.1, 21.5)).toEqual([14, 16, 18, 20]);
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(niceDomain(2700, 6300)).toEqual([2000, 7000]);
    expect(niceDomain(1750, 6550)).toEqual([1000, 7000]);
    expect(niceDomain(1760, 6540)).toEqual(niceDomain(1750, 6550));
  });

  it('formats numbers and rules for people', () => {
    expect(formatNumber(4201.754)).toBe('4,201.75');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(ruleLabel({ rule: 'iqr', threshold: 1.5 })).toBe('IQR ×1.5');
    expect(ruleLabel({ rule: 'zscore', threshold: 3 })).toBe('|z| > 3');
  });
});
