// @vitest-environment node
// Outlier reasons and the default path's empty parts, each run inside its test (a result computed at collection time
// is invisible to per-test coverage, so a mutant it would catch is never run against it).
import { describe, expect, it } from 'vitest';
import { SPECIES } from './penguins';
import { runPipeline } from './pipeline';
import { DEFAULT_PIPELINE } from './pipeline-state';
import type { PipelineState } from './pipeline-state';
import type { DataRow } from './rows';
import { rawTestRows } from './test-rows';

/** 10 birds of each species, evenly spread, all in the valid ranges; ids from 1. */
const flock = (): DataRow[] =>
  SPECIES.flatMap((species, k) =>
    Array.from({ length: 10 }, (_, i) => ({
      id: k * 10 + i + 1,
      species,
      island: 'Dream',
      bill_length_mm: 40 + i + k,
      bill_depth_mm: 15 + 0.2 * i,
      flipper_length_mm: 180 + i + 10 * k,
      body_mass_g: 3500 + 50 * i + 200 * k,
      sex: 'MALE',
    })),
  );
const edit = (rows: DataRow[], id: number, patch: Partial<DataRow>) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r));
const removeOutliers: PipelineState = { ...DEFAULT_PIPELINE, missing: 'mean', outliers: { rule: 'iqr', threshold: 1.5, remove: true } };

describe('outlier removal reasons', () => {
  it('names every outlying measurement of a row, comma-separated in FEATURES order', () => {
    const rows = edit(flock(), 4, { body_mass_g: 9000, bill_length_mm: 95 });
    expect(runPipeline(rows, removeOutliers).removed.map((x) => [x.row.id, x.reason])).toEqual([[4, 'outlier in bill_length_mm, body_mass_g (IQR ×1.5)']]);
  });

  it('does not name a missing cell of the same row (an empty cell is not a value far from the others)', () => {
    const rows = edit(flock(), 4, { body_mass_g: 9000, bill_length_mm: null });
    const r = runPipeline(rows, removeOutliers);
    expect(r.removed.map((x) => [x.row.id, x.reason])).toEqual([[4, 'outlier in body_mass_g (IQR ×1.5)']]);
  });
});

describe('the default path on the penguins file', () => {
  it('plants no mistakes and imputes nothing when incomplete rows are dropped', () => {
    const r = runPipeline(rawTestRows(), DEFAULT_PIPELINE);
    expect(r.mistakes).toEqual([]);
    expect(r.imputed).toBeNull();
    expect(r.sets?.train.rows.every((row) => row.bill_length_mm !== null)).toBe(true);
  });

  it('imputes per feature when asked, so no prepared row has an empty cell', () => {
    const r = runPipeline(rawTestRows(), { ...DEFAULT_PIPELINE, missing: 'median' });
    expect(Object.keys(r.imputed ?? {}).sort()).toEqual(['bill_depth_mm', 'bill_length_mm', 'body_mass_g', 'flipper_length_mm']);
    expect(r.sets?.test.x.flat().every(Number.isFinite)).toBe(true);
  });
});
