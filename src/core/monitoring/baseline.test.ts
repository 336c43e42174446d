// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeBaseline, DEFAULT_BASELINE_BINS } from './baseline';
import { referenceMonitoring } from './test-fixtures';

const F = [
  { name: 'a', min: 0, max: 100 },
  { name: 'b', min: 0, max: 10 },
];

describe('computeBaseline', () => {
  it('cuts at training quantiles so each bin holds an equal share', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [i + 1, 5]);
    const [a, b] = computeBaseline(rows, F, 4).features;
    expect(a?.edges).toEqual([25.75, 50.5, 75.25]); // np.percentile(range(1, 101), [25, 50, 75])
    expect(a?.expected).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(a).toMatchObject({ name: 'a', count: 100, mean: 50.5 });
    expect(a?.std).toBeCloseTo(28.8661, 4); // population std of 1..100
    // A constant feature collapses to one edge: two bins, everything in the upper one.
    expect(b?.edges).toEqual([5]);
    expect(b?.expected).toEqual([0, 1]);
  });

  it('skips non-finite values and survives no rows', () => {
    const [a] = computeBaseline([[Number.NaN, 1], [3, 1]], F).features;
    expect(a?.count).toBe(1);
    const empty = computeBaseline([], F).features[0];
    expect(empty).toMatchObject({ count: 0, edges: [], expected: [0] });
  });

  it('on the reference training split: quintile bins with about 20% each', () => {
    const { baseline } = referenceMonitoring();
    expect(baseline.features.map((f) => f.name)).toEqual(['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g']);
    for (const f of baseline.features) {
      expect(f.count).toBe(240);
      expect(f.edges).toHaveLength(DEFAULT_BASELINE_BINS - 1);
      expect(f.expected.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      for (const p of f.expected) expect(p).toBeGreaterThan(0.15);
    }
  });
});
