// @vitest-environment node
import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { FEATURES, fromVegaRecord, hasAllFeatures } from './penguins';
import type { VegaPenguinRecord } from './penguins';
import { runPipeline } from './pipeline';
import { DEFAULT_PIPELINE } from './pipeline-state';
import {
  compareScalers,
  featureHistogram,
  featureLabel,
  featureStats,
  fittedRows,
  formatFitted,
  formatNumber,
  leakageComparison,
  oneHotExamples,
  setShapes,
  setSplitPercent,
  speciesCounts,
  splitSegments,
} from './prepare-views';
import type { DataRow } from './rows';
import { fitScaler } from './scaler';

const raw: DataRow[] = (penguins as VegaPenguinRecord[]).map((r, i) => ({ ...fromVegaRecord(r), id: i + 1 }));
const result = runPipeline(raw, DEFAULT_PIPELINE);
const sets = result.sets;
if (!sets) throw new Error('the default pipeline must reach the split');

describe('setSplitPercent', () => {
  const split = { train: 70, validation: 15, test: 15 };

  it('keeps the total at 100 by adjusting test when train moves', () => {
    expect(setSplitPercent(split, 'train', 80, true)).toEqual({ train: 80, validation: 15, test: 5 });
    expect(setSplitPercent(split, 'validation', 10, true)).toEqual({ train: 70, validation: 10, test: 20 });
  });

  it('adjusts validation when test moves', () => {
    expect(setSplitPercent(split, 'test', 20, true)).toEqual({ train: 70, validation: 10, test: 20 });
  });

  it('changes only the moved set when the total is not kept, so a bad mix can exist', () => {
    const next = setSplitPercent(split, 'train', 90, false);
    expect(next).toEqual({ train: 90, validation: 15, test: 15 });
    expect(next.train + next.validation + next.test).toBe(120);
  });

  it('clamps to whole percents between 0 and 100', () => {
    expect(setSplitPercent(split, 'train', 95, true)).toEqual({ train: 95, validation: 15, test: 0 });
    expect(setSplitPercent(split, 'train', 150.4, false).train).toBe(100);
    expect(setSplitPercent(split, 'train', 60.6, false).train).toBe(61);
  });
});

describe('speciesCounts', () => {
  it('counts each species per set and adds up to the set sizes (the reference 240/51/51)', () => {
    const rows = speciesCounts(sets);
    expect(rows.map((r) => r.total)).toEqual([240, 51, 51]);
    for (const r of rows) expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.total);
    // Stratified: 151 Adelie, 68 Chinstrap, 123 Gentoo split 70/15/15 within each species.
    expect(rows[0]?.counts).toEqual({ Adelie: 106, Chinstrap: 48, Gentoo: 86 });
  });
});

describe('splitSegments', () => {
  it('uses real counts when the split exists and percentages before', () => {
    const seg = splitSegments(DEFAULT_PIPELINE.split, sets);
    expect(seg.map((s) => s.count)).toEqual([240, 51, 51]);
    expect(seg.reduce((a, s) => a + s.width, 0)).toBeCloseTo(100);
    const bad = splitSegments({ train: 80, validation: 15, test: 15 }, null);
    expect(bad.map((s) => s.count)).toEqual([null, null, null]);
    expect(bad[0]?.width).toBeCloseTo((80 / 110) * 100);
  });
});

describe('featureHistogram', () => {
  it('puts every row of every set in one shared bin, raw and scaled', () => {
    for (const scaled of [false, true]) {
      const bins = featureHistogram(sets, 2, scaled, 8);
      expect(bins).toHaveLength(8);
      expect(bins.reduce((a, b) => a + b.count.train, 0)).toBe(240);
      expect(bins.reduce((a, b) => a + b.count.test, 0)).toBe(51);
      expect(bins.reduce((a, b) => a + b.share.validation, 0)).toBeCloseTo(100);
      for (let i = 1; i < bins.length; i++) expect(bins[i]?.start).toBeCloseTo(bins[i - 1]?.end as number);
    }
  });

  it('spans the raw range in raw units and a centred range after z-scoring', () => {
    const rawBins = featureHistogram(sets, 2, false);
    expect(rawBins[0]?.start).toBe(172);
    expect(rawBins.at(-1)?.end).toBe(231);
    const scaledBins = featureHistogram(sets, 2, true);
    expect(scaledBins[0]?.start).toBeLessThan(-1.5);
    expect(scaledBins.at(-1)?.end).toBeGreaterThan(1.5);
    expect(scaledBins[0]?.label).toMatch(/^-\d\.\d\d to -\d\.\d\d$/);
  });
});

describe('featureStats', () => {
  it('gives training mean 0 and std 1 after z-scoring, and raw numbers before', () => {
    const [train, validation] = featureStats(sets, 2, true);
    expect(train?.mean).toBeCloseTo(0, 10);
    expect(train?.std).toBeCloseTo(1, 10);
    expect(Math.abs(validation?.mean ?? 9)).toBeLessThan(0.5);
    const before = featureStats(sets, 2, false)[0];
    expect(before?.mean).toBeCloseTo(result.scaler?.kind === 'standard' ? (result.scaler.mean[2] as number) : 0, 10);
  });

  it('spans exactly 0 to 1 on training after min–max scaling', () => {
    const minmax = runPipeline(raw, { ...DEFAULT_PIPELINE, scaler: 'minmax' }).sets;
    if (!minmax) throw new Error('expected sets');
    const [train] = featureStats(minmax, 0, true);
    expect([train?.min, train?.max]).toEqual([0, 1]);
  });
});

describe('fittedRows', () => {
  it('lists mean and std per feature with units, equal to fitScaler on the training rows', () => {
    const expected = fitScaler('standard', sets.train.x);
    const rows = fittedRows(expected);
    expect(rows.map((r) => r.feature)).toEqual([...FEATURES]);
    expect(rows.map((r) => r.unit)).toEqual(['mm', 'mm', 'mm', 'g']);
    expect(rows.map((r) => r.values)).toEqual(FEATURES.map((_, j) => [expected.kind === 'standard' && expected.mean[j], expected.kind === 'standard' && expected.std[j]]));
    expect(result.scaler).toEqual(expected);
  });

  it('lists min and max for a min–max scaler', () => {
    const rows = fittedRows({ kind: 'minmax', min: [1, 2, 3, 4], max: [5, 6, 7, 8] });
    expect(rows[3]).toEqual({ feature: 'body_mass_g', unit: 'g', values: [4, 8] });
  });
});

describe('compareScalers and leakageComparison', () => {
  it('gives per-feature, per-statistic differences (all rows − train only)', () => {
    const rows = compareScalers({ kind: 'standard', mean: [1, 2, 3, 4], std: [1, 1, 1, 1] }, { kind: 'standard', mean: [1.5, 2, 3, 4], std: [1, 2, 1, 1] });
    expect(rows).toHaveLength(8);
    expect(rows[0]).toMatchObject({ feature: 'bill_length_mm', stat: 'mean', trainOnly: 1, allRows: 1.5, difference: 0.5 });
    expect(rows[3]).toMatchObject({ feature: 'bill_depth_mm', stat: 'standard deviation', difference: 1 });
  });

  it('compares the train-only scaler with one fitted on all 342 rows', () => {
    const cmp = leakageComparison(raw, DEFAULT_PIPELINE);
    expect(cmp).not.toBeNull();
    const all = raw.filter(hasAllFeatures).map((r) => FEATURES.map((f) => r[f] as number));
    const expected = fitScaler('standard', all);
    // Same rows in another order: equal up to floating-point rounding.
    if (cmp?.allRows.kind !== 'standard' || expected.kind !== 'standard') throw new Error('standard scalers expected');
    for (let j = 0; j < FEATURES.length; j++) {
      expect(cmp.allRows.mean[j]).toBeCloseTo(expected.mean[j] as number, 9);
      expect(cmp.allRows.std[j]).toBeCloseTo(expected.std[j] as number, 9);
    }
    expect(cmp?.trainOnly).toEqual(result.scaler);
    expect(cmp?.rows.some((r) => r.difference !== 0)).toBe(true);
  });

  it('is null when the pipeline is blocked', () => {
    expect(leakageComparison(raw, { ...DEFAULT_PIPELINE, split: { ...DEFAULT_PIPELINE.split, train: 90 } })).toBeNull();
  });
});

describe('oneHotExamples', () => {
  it('shows every species once, with one-hot targets in SPECIES order', () => {
    const ex = oneHotExamples(sets.train, 5);
    expect(ex).toHaveLength(5);
    const species = new Set(ex.map((e) => e.row.species));
    expect(species).toEqual(new Set(['Adelie', 'Chinstrap', 'Gentoo']));
    for (const e of ex) {
      expect(e.oneHot).toEqual(['Adelie', 'Chinstrap', 'Gentoo'].map((s) => (s === e.row.species ? 1 : 0)));
      expect(e.x).toEqual(FEATURES.map((f) => e.row[f]));
    }
  });
});

describe('setShapes, featureLabel, formatNumber', () => {
  it('names the arrays as Python code would', () => {
    expect(setShapes(sets)).toEqual([
      { set: 'train', x: 'X_train: 240 × 4', y: 'y_train: 240 × 3' },
      { set: 'validation', x: 'X_val: 51 × 4', y: 'y_val: 51 × 3' },
      { set: 'test', x: 'X_test: 51 × 4', y: 'y_test: 51 × 3' },
    ]);
  });

  it('reads feature names and numbers like a person', () => {
    expect(featureLabel('flipper_length_mm')).toBe('flipper length');
    expect(featureLabel('body_mass_g')).toBe('body mass');
    expect(formatNumber(4213.4375)).toBe('4,213.44');
    expect(formatNumber(200.94, 1)).toBe('200.9');
    expect(formatNumber(-1e-17)).toBe('0.00');
    expect(formatNumber(-1.436)).toBe('-1.44');
    expect(formatFitted(172, 'minmax')).toBe('172');
    expect(formatFitted(2700, 'minmax')).toBe('2,700');
    expect(formatFitted(32.1, 'minmax')).toBe('32.1');
    expect(formatFitted(172, 'standard')).toBe('172.00');
  });
});
