// @vitest-environment node
// A small hand-made flock, so removals, reasons, blockers and imputed values can be worked out on paper.
import { describe, expect, it } from 'vitest';
import { outlierBounds } from './outliers';
import { SPECIES } from './penguins';
import { runPipeline } from './pipeline';
import { DEFAULT_PIPELINE } from './pipeline-state';
import type { PipelineState } from './pipeline-state';
import type { DataRow } from './rows';
import { rawTestRows } from './test-rows';

/** `perSpecies` birds of each species, evenly spread (no outliers, all in the valid ranges); ids from 1. */
function flock(perSpecies = 10): DataRow[] {
  return SPECIES.flatMap((species, k) =>
    Array.from({ length: perSpecies }, (_, i) => ({
      id: k * perSpecies + i + 1,
      species,
      island: 'Dream',
      bill_length_mm: 30 + 2 * i + k,
      bill_depth_mm: 15 + 0.2 * i,
      flipper_length_mm: 180 + i + 10 * k,
      body_mass_g: 3500 + 50 * i + 200 * k,
      sex: 'FEMALE',
    })),
  );
}

const state = (patch: Partial<PipelineState> = {}): PipelineState => ({ ...DEFAULT_PIPELINE, ...patch });
const edit = (rows: DataRow[], id: number, patch: Partial<DataRow>) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
const reasons = (rows: readonly DataRow[], s: PipelineState) => runPipeline(rows, s).removed.map((x) => [x.row.id, x.reason]);

describe('cleaning boundaries', () => {
  it('keeps values exactly on the valid range ends and treats values just outside as missing', () => {
    let rows = edit(flock(), 1, { bill_length_mm: 10 });
    rows = edit(rows, 2, { bill_length_mm: 100 });
    rows = edit(rows, 3, { bill_length_mm: 9.9 });
    rows = edit(rows, 4, { bill_length_mm: 100.1 });
    const s = state({ cleaning: { ...DEFAULT_PIPELINE.cleaning, invalidAsMissing: true } });
    expect(reasons(rows, s)).toEqual([
      [3, 'missing bill_length_mm'],
      [4, 'missing bill_length_mm'],
    ]);
    const kept = runPipeline(rows, s).kept;
    expect(kept.find((r) => r.id === 1)?.bill_length_mm).toBe(10);
    expect(kept.find((r) => r.id === 2)?.bill_length_mm).toBe(100);
  });

  it('names only the missing measurements, in FEATURES order', () => {
    const rows = edit(flock(), 5, { body_mass_g: null, bill_length_mm: null });
    expect(reasons(rows, state())).toEqual([[5, 'missing bill_length_mm, body_mass_g']]);
  });

  it('fixing labels trims spaces and fixes case; without it the label is unknown', () => {
    const rows = edit(flock(), 25, { species: '  gentoo ' });
    expect(reasons(rows, state())).toEqual([[25, 'unknown species label "  gentoo "']]);
    const fixed = runPipeline(rows, state({ cleaning: { ...DEFAULT_PIPELINE.cleaning, fixLabels: true } }));
    expect(fixed.removed).toEqual([]);
    expect(fixed.kept.find((r) => r.id === 25)?.species).toBe('Gentoo');
  });

  it('names the outlying measurement and the rule in the removal reason', () => {
    const rows = edit(flock(), 7, { body_mass_g: 9000 });
    expect(reasons(rows, state({ outliers: { rule: 'iqr', threshold: 1.5, remove: true } }))).toEqual([[7, 'outlier in body_mass_g (IQR ×1.5)']]);
    expect(reasons(rows, state({ outliers: { rule: 'zscore', threshold: 2, remove: true } }))).toEqual([[7, 'outlier in body_mass_g (|z| > 2)']]);
  });

  it('never flags a missing cell as an outlier, and fits the bounds on the present values only', () => {
    const rows = edit(flock(), 8, { bill_length_mm: null });
    const r = runPipeline(rows, state({ missing: 'mean', outliers: { rule: 'iqr', threshold: 1.5, remove: true } }));
    expect(r.removed).toEqual([]);
    expect(r.flagged.size).toBe(0);
    const present = rows.map((x) => x.bill_length_mm).filter((v): v is number => v !== null);
    expect(r.bounds.bill_length_mm).toEqual(outlierBounds(present, 'iqr', 1.5));
  });
});

describe('blockers', () => {
  it('needs at least 5% in each set: 5% passes, 4% is named', () => {
    const raw = rawTestRows();
    const ok = runPipeline(raw, state({ split: { ...DEFAULT_PIPELINE.split, train: 90, validation: 5, test: 5 } }));
    expect(ok.blockers).toEqual([]);
    const low = runPipeline(raw, state({ split: { ...DEFAULT_PIPELINE.split, train: 92, validation: 4, test: 4 } }));
    expect(low.blockers).toEqual(['The validation set needs at least 5% (it has 4%).', 'The test set needs at least 5% (it has 4%).']);
  });

  it('blocks when cleaning removes every bird of one species, or of two', () => {
    const oneLost = flock().map((r) => (r.species === 'Chinstrap' ? { ...r, species: 'chinstrap' } : r));
    const one = runPipeline(oneLost, state());
    expect(one.blockers).toEqual(['Cleaning removed every Chinstrap penguin: the model could never learn that species.']);
    expect(one.sets).toBeNull();
    const twoLost = oneLost.map((r) => (r.species === 'Gentoo' ? { ...r, species: 'gentoo' } : r));
    expect(runPipeline(twoLost, state()).blockers).toEqual([
      'Cleaning removed every Chinstrap and Gentoo penguin: the model could never learn those species.',
    ]);
  });

  it('blocks a set with fewer rows than species (1 row singular), and accepts exactly 3', () => {
    // Stratified 70/15/15 per species: 10 birds → 7/2/1 (round 7, round 1.5, rest), so three species give 21/6/3.
    const fine = runPipeline(flock(10), state());
    expect(fine.blockers).toEqual([]);
    expect(fine.sets?.test.rows).toHaveLength(3);
    // 4 Adelie → 3/1/0; 2 Chinstrap and 2 Gentoo → 1/0/1 each: validation 1 row, test 2 rows.
    const few = flock(4).filter((r) => r.species === 'Adelie' || r.id % 4 === 1 || r.id % 4 === 2);
    const r = runPipeline(few, state());
    expect(r.blockers).toEqual(['The validation set has 1 row, fewer than the 3 species.', 'The test set has 2 rows, fewer than the 3 species.']);
    expect(r.sets).toBeNull();
    expect(r.scaler).toBeNull();
  });
});

describe('imputing and encoding', () => {
  // A skewed column so that mean and median differ.
  const skewed = () => edit(edit(flock(), 2, { body_mass_g: null }), 1, { body_mass_g: 8000 });
  const trainMasses = (s: PipelineState) => {
    const r = runPipeline(skewed(), s);
    const train = r.sets?.train.rows ?? [];
    return { r, masses: skewed().filter((x) => train.some((t) => t.id === x.id) && x.body_mass_g !== null).map((x) => x.body_mass_g as number) };
  };

  it('fills with the training mean, keeping the row and its other values', () => {
    const { r, masses } = trainMasses(state({ missing: 'mean' }));
    const expected = masses.reduce((a, b) => a + b, 0) / masses.length;
    expect(r.imputed?.body_mass_g).toBeCloseTo(expected, 9);
    const all = [...(r.sets?.train.rows ?? []), ...(r.sets?.validation.rows ?? []), ...(r.sets?.test.rows ?? [])];
    const row2 = all.find((x) => x.id === 2);
    expect(row2?.body_mass_g).toBeCloseTo(expected, 9);
    expect(row2?.bill_length_mm).toBe(32);
  });

  it('fills with the training median when asked', () => {
    const { r, masses } = trainMasses(state({ missing: 'median' }));
    const sorted = [...masses].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const expected = sorted.length % 2 ? (sorted[Math.floor(mid)] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    expect(r.imputed?.body_mass_g).toBe(expected);
    expect(r.imputed?.body_mass_g).not.toBeCloseTo(trainMasses(state({ missing: 'mean' })).r.imputed?.body_mass_g as number, 3);
  });

  it('one-hot encodes each row by its species name', () => {
    const oneHot: Record<string, number[]> = { Adelie: [1, 0, 0], Chinstrap: [0, 1, 0], Gentoo: [0, 0, 1] };
    const sets = runPipeline(flock(), state()).sets;
    for (const set of [sets?.train, sets?.validation, sets?.test]) {
      for (const [i, row] of (set?.rows ?? []).entries()) expect(set?.oneHot[i]).toEqual(oneHot[row.species]);
    }
  });
});
