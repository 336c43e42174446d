// @vitest-environment node
// Small hand-built sets, so each expected value can be worked out on paper.
import { describe, expect, it } from 'vitest';
import type { PreparedSet } from './pipeline';
import { featureHistogram, oneHotExamples, scalerStatNames, setShapes, speciesCounts, splitSegments } from './prepare-views';
import type { PreparedSets } from './prepare-views';

/** A set whose rows have one feature (x) and the given labels; ids count from `firstId`. */
function makeSet(xs: readonly number[], labels: readonly number[], firstId = 1, scaled?: readonly number[]): PreparedSet {
  return {
    rows: xs.map((_, i) => ({ id: firstId + i, species: '', island: '', bill_length_mm: null, bill_depth_mm: null, flipper_length_mm: null, body_mass_g: null, sex: null })),
    x: xs.map((v) => [v]),
    xScaled: (scaled ?? xs).map((v) => [v]),
    xModel: (scaled ?? xs).map((v) => [v]),
    labels: [...labels],
    oneHot: labels.map((k) => [0, 1, 2].map((j) => (j === k ? 1 : 0))),
  };
}

const empty = () => makeSet([], []);
const setsOf = (train: readonly number[], validation: readonly number[] = [], test: readonly number[] = []): PreparedSets => ({
  train: makeSet(train, train.map(() => 0)),
  validation: makeSet(validation, validation.map(() => 0)),
  test: makeSet(test, test.map(() => 0)),
});
const labels = (sets: PreparedSets, scaled = false) => featureHistogram(sets, 0, scaled, 2).map((r) => r.label);

describe('featureHistogram boundaries', () => {
  it('returns no bins when every set is empty', () => {
    expect(featureHistogram({ train: empty(), validation: empty(), test: empty() }, 0, false)).toEqual([]);
  });

  it('widens a single value to one unit centred on it', () => {
    const rows = featureHistogram(setsOf([5, 5], [5]), 0, false, 2);
    expect(rows.map((r) => [r.start, r.end])).toEqual([
      [4.5, 5],
      [5, 5.5],
    ]);
    expect(rows[1]?.count).toEqual({ train: 2, validation: 1, test: 0 });
    expect(rows[1]?.share).toEqual({ train: 100, validation: 100, test: 0 });
  });

  it('shows 2 decimals below a 20-unit range, 1 up to 200, 0 from 200, and 2 always when scaled', () => {
    expect(labels(setsOf([100, 110]))).toEqual(['100.00 to 105.00', '105.00 to 110.00']);
    expect(labels(setsOf([0, 19.9]))).toEqual(['0.00 to 9.95', '9.95 to 19.90']);
    expect(labels(setsOf([0, 20]))).toEqual(['0.0 to 10.0', '10.0 to 20.0']);
    expect(labels(setsOf([100, 299]))).toEqual(['100.0 to 199.5', '199.5 to 299.0']);
    expect(labels(setsOf([0, 200]))).toEqual(['0 to 100', '100 to 200']);
    expect(labels(setsOf([0, 1000]), true)).toEqual(['0.00 to 500.00', '500.00 to 1,000.00']);
  });
});

describe('speciesCounts boundaries', () => {
  it('ignores a label outside the species list', () => {
    const sets: PreparedSets = { train: makeSet([1, 2, 3], [0, 3, 2]), validation: empty(), test: empty() };
    expect(speciesCounts(sets)[0]).toEqual({ set: 'train', total: 3, counts: { Adelie: 1, Chinstrap: 0, Gentoo: 1 } });
  });
});

describe('splitSegments boundaries', () => {
  it('gives equal thirds when every percentage is 0', () => {
    expect(splitSegments({ train: 0, validation: 0, test: 0 }, null).map((s) => s.width)).toEqual([100 / 3, 100 / 3, 100 / 3]);
  });
});

describe('scalerStatNames', () => {
  it('names mean and standard deviation for z-score, minimum and maximum for min–max', () => {
    expect(scalerStatNames('standard')).toEqual(['mean', 'standard deviation']);
    expect(scalerStatNames('minmax')).toEqual(['minimum', 'maximum']);
  });
});

describe('oneHotExamples boundaries', () => {
  const ids = (set: PreparedSet, n?: number) => oneHotExamples(set, n).map((e) => e.row.id);

  it('keeps the first row of each species in row order, even when they are more than n', () => {
    // First Gentoo (2) at index 0, first Chinstrap (1) at 1, first Adelie (0) at 2.
    expect(ids(makeSet([1, 2, 3, 4], [2, 1, 0, 0]), 3)).toEqual([1, 2, 3]);
    // Picked in species order: Adelie (index 3), Chinstrap (index 1); n = 2 keeps those two.
    expect(ids(makeSet([1, 2, 3, 4], [2, 1, 2, 0]), 2)).toEqual([2, 4]);
  });

  it('counts a species whose first row is row 0', () => {
    expect(ids(makeSet([1, 2], [0, 1]), 1)).toEqual([1]);
  });

  it('skips a species with no rows and fills up with the next rows, without repeats', () => {
    expect(ids(makeSet([1, 2, 3, 4, 5, 6], [0, 0, 2, 2, 0, 2]), 4)).toEqual([1, 2, 3, 4]);
  });

  it('does not take a label outside the species list for the first row of a species', () => {
    // Firsts of species 0, 1, 2 are rows 1–3; the fourth place goes to the next row (4), not to the label-3 row (5).
    expect(ids(makeSet([1, 2, 3, 4, 5], [0, 1, 2, 0, 3]), 4)).toEqual([1, 2, 3, 4]);
  });

  it('returns every row when the set has fewer than n', () => {
    expect(ids(makeSet([1, 2], [0, 0]), 5)).toEqual([1, 2]);
  });
});

describe('setShapes boundaries', () => {
  it('counts the model columns, and falls back to the four features for an empty set', () => {
    const train = { ...makeSet([1, 2], [0, 1]), xModel: [[0, 0], [1, 1]] };
    const shapes = setShapes({ train, validation: makeSet([3], [2]), test: empty() });
    expect(shapes.map((s) => s.x)).toEqual(['X_train: 2 × 2', 'X_val: 1 × 1', 'X_test: 0 × 4']);
    expect(shapes.map((s) => s.y)).toEqual(['y_train: 2 × 3', 'y_val: 1 × 3', 'y_test: 0 × 3']);
  });
});
