// @vitest-environment node
import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { describeCleaning, groupRemovals } from './cleaning-summary';
import { fromVegaRecord } from './penguins';
import type { VegaPenguinRecord } from './penguins';
import { runPipeline } from './pipeline';
import { DEFAULT_PIPELINE } from './pipeline-state';
import type { DataRow } from './rows';

const raw: DataRow[] = (penguins as VegaPenguinRecord[]).map((r, i) => ({ id: i + 1, ...fromVegaRecord(r) }));

describe('teaching sentences', () => {
  it('describes the default cleaning with the learner numbers', () => {
    const result = runPipeline(raw, DEFAULT_PIPELINE);
    expect(groupRemovals(result.removed)).toEqual([{ kind: 'missing', label: 'missing values', count: 2 }]);
    expect(describeCleaning(result.kept.length, result.removed)).toBe('Your data has 342 rows after cleaning; 2 were dropped for missing values.');
  });

  it('lists several kinds of removal in pipeline order', () => {
    const state = { ...DEFAULT_PIPELINE, messy: true, cleaning: { dropDuplicates: true, fixLabels: false, invalidAsMissing: true }, outliers: { rule: 'iqr' as const, threshold: 1.5, remove: true } };
    const result = runPipeline(raw, state);
    const kinds = groupRemovals(result.removed).map((g) => g.kind);
    expect(kinds).toEqual(['duplicate', 'unknown-label', 'missing']);
    expect(describeCleaning(result.kept.length, result.removed)).toBe(
      `Your data has ${result.kept.length} rows after cleaning; 1 was dropped as a duplicate, 1 for an unknown species label and 5 for missing values.`,
    );
    expect(describeCleaning(1, [])).toBe('Your data has 1 row after cleaning; none were dropped.');
  });
});
