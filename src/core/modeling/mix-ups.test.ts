import { describe, expect, it } from 'vitest';
import { runPipeline } from '../data/pipeline';
import { DEFAULT_PIPELINE } from '../data/pipeline-state';
import type { DataRow } from '../data/rows';
import { rawTestRows } from '../data/test-rows';
import { speciesOverlap } from './mix-ups';

const row = (id: number, species: string, bill: number, mass: number | null): DataRow =>
  ({ id, species, island: 'Biscoe', bill_length_mm: bill, bill_depth_mm: 17, flipper_length_mm: 200, body_mass_g: mass, sex: null }) as DataRow;

describe('speciesOverlap', () => {
  it('is the share of one species inside the other species’ range, per feature', () => {
    const rows = [row(1, 'Adelie', 38, 3600), row(2, 'Adelie', 44, 3700), row(3, 'Chinstrap', 43, 3500), row(4, 'Chinstrap', 50, 3900)];
    expect(speciesOverlap(rows, 'Adelie', 'Chinstrap', ['bill_length_mm', 'body_mass_g'])).toEqual([
      { feature: 'bill_length_mm', share: 0.5, range: [43, 50] },
      { feature: 'body_mass_g', share: 1, range: [3500, 3900] },
    ]);
  });

  it('skips missing values and species without rows', () => {
    const rows = [row(1, 'Adelie', 38, null), row(2, 'Chinstrap', 43, 3500)];
    expect(speciesOverlap(rows, 'Adelie', 'Chinstrap', ['body_mass_g'])).toEqual([]);
    expect(speciesOverlap(rows, 'Adelie', 'Gentoo', ['bill_length_mm'])).toEqual([]);
  });

  it('on the real training rows, body mass overlaps Adelie and Chinstrap far more than bill length does', () => {
    const sets = runPipeline(rawTestRows(), DEFAULT_PIPELINE).sets;
    if (!sets) throw new Error('no sets');
    const [bill, mass] = speciesOverlap(sets.train.rows, 'Adelie', 'Chinstrap', ['bill_length_mm', 'body_mass_g']);
    expect(mass?.share).toBeGreaterThan(0.9);
    expect(bill?.share).toBeLessThan(mass?.share ?? 0);
  });
});
