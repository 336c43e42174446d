import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISTAKES } from './messy';
import { FEATURES, SPECIES, VALID_RANGES } from './penguins';
import { runPipeline } from './pipeline';
import { DEFAULT_PIPELINE } from './pipeline-state';
import type { PipelineState } from './pipeline-state';
import { fitScaler } from './scaler';
import { mean, std } from './stats';
import { rawTestRows } from './test-rows';

const raw = rawTestRows();
const messy: PipelineState = { ...DEFAULT_PIPELINE, messy: true };

describe('runPipeline on the default path', () => {
  const r = runPipeline(raw, DEFAULT_PIPELINE);

  it('drops the 2 incomplete rows and splits 342 rows 240/51/51 (the reference split)', () => {
    expect(r.removed.map((x) => x.row.id).sort((a, b) => a - b)).toEqual([4, 340]);
    expect(r.sets?.train.rows).toHaveLength(240);
    expect(r.sets?.validation.rows).toHaveLength(51);
    expect(r.sets?.test.rows).toHaveLength(51);
    expect(r.blockers).toEqual([]);
  });

  it('fits the scaler on train only: train columns have mean 0 and std 1 (1e-9)', () => {
    const x = r.sets?.train.xScaled ?? [];
    for (let j = 0; j < FEATURES.length; j++) {
      const col = x.map((row) => row[j] as number);
      expect(Math.abs(mean(col))).toBeLessThan(1e-9);
      expect(Math.abs(std(col) - 1)).toBeLessThan(1e-9);
    }
  });

  it('never reads validation or test rows when fitting: changing them leaves the scaler alone', () => {
    const before = r.scaler;
    const val = new Set(r.sets?.validation.rows.map((row) => row.id));
    const altered = raw.map((row) => (val.has(row.id) ? { ...row, body_mass_g: 9999 } : row));
    expect(runPipeline(altered, DEFAULT_PIPELINE).scaler).toEqual(before);
  });

  it('encodes targets one-hot in SPECIES order', () => {
    const set = r.sets?.train;
    set?.rows.forEach((row, i) => {
      expect(set.oneHot[i]).toEqual(SPECIES.map((s) => (s === row.species ? 1 : 0)));
    });
  });

  it('has none of the planted mistakes on the clean path', () => {
    expect(r.mistakes).toEqual([]);
    const inRange = r.kept.every((row) => FEATURES.every((f) => row[f] === null || (row[f] as number) >= VALID_RANGES[f][0]));
    expect(inRange).toBe(true);
    expect(r.kept.every((row) => (SPECIES as readonly string[]).includes(row.species))).toBe(true);
  });
});

describe('messy data', () => {
  it('plants 5 documented mistakes, none fixed until the learner acts', () => {
    const r = runPipeline(raw, messy);
    expect(r.mistakes).toHaveLength(MISTAKES.length);
    expect(r.mistakes.filter((m) => m.fixed)).toEqual([]);
  });

  it('each mistake is found by its documented tool', () => {
    const r = runPipeline(raw, messy);
    // Summary min of a feature / strip plot: the unit, sign and zero mistakes are outliers by IQR ×1.5.
    for (const id of [21, 160, 300]) expect(r.flagged.has(id)).toBe(true);
    // Species counts: a fourth, lower-case label appears.
    expect(new Set(r.input.map((row) => row.species))).toContain('gentoo');
    // Duplicate rows: row 345 equals row 100.
    const copy = r.input.find((row) => row.id === 345);
    expect({ ...copy, id: 100 }).toEqual(r.input.find((row) => row.id === 100));
  });

  it('is fixed by fixing labels, dropping duplicates and treating out-of-range values as missing', () => {
    const s: PipelineState = { ...messy, cleaning: { dropDuplicates: true, fixLabels: true, invalidAsMissing: true } };
    expect(runPipeline(raw, s).mistakes.every((m) => m.fixed)).toBe(true);
  });

  it('removing outliers fixes the value mistakes but not the label', () => {
    const s: PipelineState = { ...messy, outliers: { rule: 'zscore', threshold: 3, remove: true } };
    const fixed = new Set(runPipeline(raw, s).mistakes.filter((m) => m.fixed).map((m) => m.mistake.id));
    expect(fixed).toEqual(new Set(['kg', 'negative', 'zero']));
  });
});

describe('imputation and leakage', () => {
  it('imputes with the training split mean, keeping the incomplete rows', () => {
    const r = runPipeline(raw, { ...DEFAULT_PIPELINE, missing: 'mean' });
    expect(r.kept).toHaveLength(344);
    const trainIds = new Set(r.sets?.train.rows.map((row) => row.id));
    const trainRaw = raw.filter((row) => trainIds.has(row.id));
    expect(r.imputed?.flipper_length_mm).toBeCloseTo(mean(trainRaw.map((row) => row.flipper_length_mm).filter((v): v is number => v !== null)), 9);
  });

  it('the leakage demo fits on all rows and so changes the numbers', () => {
    const honest = runPipeline(raw, DEFAULT_PIPELINE);
    const leaky = runPipeline(raw, { ...DEFAULT_PIPELINE, fitScalerOnAll: true });
    const sets = leaky.sets;
    expect(sets).not.toBeNull();
    if (!sets) return;
    expect(leaky.scaler).toEqual(fitScaler('standard', [...sets.train.x, ...sets.validation.x, ...sets.test.x]));
    expect(leaky.scaler).not.toEqual(honest.scaler);
  });
});

describe('bad input never crashes', () => {
  it('a mix that does not sum to 100 is a blocker, with no sets', () => {
    const r = runPipeline(raw, { ...DEFAULT_PIPELINE, split: { ...DEFAULT_PIPELINE.split, train: 80 } });
    expect(r.sets).toBeNull();
    expect(r.blockers[0]).toMatch(/110%/);
  });

  it('any split percentages and seed give either blockers or an exact partition of the kept rows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.boolean(), (train, validation, seed, stratify) => {
        const s: PipelineState = { ...DEFAULT_PIPELINE, split: { train, validation, test: 100 - train - validation, seed, stratify } };
        if (s.split.test < 0) return;
        const r = runPipeline(raw, s);
        if (!r.sets) {
          expect(r.blockers.length).toBeGreaterThan(0);
          return;
        }
        const ids = [...r.sets.train.rows, ...r.sets.validation.rows, ...r.sets.test.rows].map((row) => row.id).sort((a, b) => a - b);
        expect(ids).toEqual(r.kept.map((row) => row.id).sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('same state and data give the same numbers', () => {
    expect(runPipeline(raw, messy)).toEqual(runPipeline(raw, messy));
  });
});

describe('the measurements the model sees', () => {
  it('xModel holds the scaled chosen columns in FEATURES order; everything else is the same as with all four', () => {
    const raw = rawTestRows();
    fc.assert(
      fc.property(fc.subarray([...FEATURES], { minLength: 1 }), (features) => {
        const all = runPipeline(raw, DEFAULT_PIPELINE);
        const some = runPipeline(raw, { ...DEFAULT_PIPELINE, features });
        expect(some.features).toEqual(features);
        const columns = features.map((f) => FEATURES.indexOf(f));
        expect(some.sets?.test.xModel).toEqual(all.sets?.test.xScaled.map((row) => columns.map((j) => row[j])));
        expect(some.sets?.train.labels).toEqual(all.sets?.train.labels);
        expect(some.scaler).toEqual(all.scaler);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the kilogram row: convert or drop', () => {
  it('converting to grams keeps row 21 with its real mass and fixes the mistake; dropping loses the row', () => {
    const convert = runPipeline(raw, { ...messy, cleaning: { ...messy.cleaning, kgToGrams: true } });
    const drop = runPipeline(raw, { ...messy, cleaning: { ...messy.cleaning, invalidAsMissing: true } });
    const plain = runPipeline(raw, messy);
    expect(convert.kept.find((r) => r.id === 21)?.body_mass_g).toBe(raw.find((r) => r.id === 21)?.body_mass_g);
    expect(convert.kept).toHaveLength(plain.kept.length);
    expect(convert.mistakes.find((m) => m.mistake.id === 'kg')?.fixed).toBe(true);
    expect(drop.kept.some((r) => r.id === 21)).toBe(false);
    expect(drop.mistakes.find((m) => m.mistake.id === 'kg')?.fixed).toBe(true);
    expect(plain.mistakes.find((m) => m.mistake.id === 'kg')?.fixed).toBe(false);
  });
});
