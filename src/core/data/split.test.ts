// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRows } from './split';
import type { Split, SplitFractions } from './split';

interface Item {
  id: number;
  cls: string;
}

// Two roundings of at most half a row each; the epsilon absorbs float noise such as 150 × 0.34 = 51.00000000000001.
const ONE_ROW = 1 + 1e-9;

const STANDARD: SplitFractions = { train: 0.7, validation: 0.15, test: 0.15 };

function items(classSizes: readonly number[]): Item[] {
  const out: Item[] = [];
  classSizes.forEach((size, c) => {
    for (let i = 0; i < size; i++) out.push({ id: out.length, cls: `c${c}` });
  });
  return out;
}

const ids = (s: Split<Item>) => ({
  train: s.train.map((x) => x.id),
  validation: s.validation.map((x) => x.id),
  test: s.test.map((x) => x.id),
});

const sortedIds = (s: Split<Item>) => {
  const sorted = ids(s);
  return { train: sorted.train.sort((a, b) => a - b), validation: sorted.validation.sort((a, b) => a - b), test: sorted.test.sort((a, b) => a - b) };
};

/** Fractions that sum to 1: two cut points in [0, 1]. */
const fractionsArb = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([a, b]): SplitFractions => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    return { train: lo / 100, validation: (hi - lo) / 100, test: (100 - hi) / 100 };
  });

const classSizesArb = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 5 });

describe('splitRows', () => {
  it('partitions: every item lands in exactly one set (stratified or not)', () => {
    fc.assert(
      fc.property(classSizesArb, fractionsArb, fc.integer(), fc.boolean(), (sizes, fractions, seed, stratify) => {
        const all = items(sizes);
        const split = splitRows(all, { fractions, seed, ...(stratify ? { stratifyBy: (x: Item) => x.cls } : {}) });
        const seen = [...split.train, ...split.validation, ...split.test].map((x) => x.id);
        expect(seen.length).toBe(all.length);
        expect(new Set(seen).size).toBe(all.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives set sizes within one row of the fractions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fractionsArb, fc.integer(), (n, fractions, seed) => {
        const split = splitRows(items([n]), { fractions, seed });
        expect(Math.abs(split.train.length - n * fractions.train)).toBeLessThanOrEqual(ONE_ROW);
        expect(Math.abs(split.validation.length - n * fractions.validation)).toBeLessThanOrEqual(ONE_ROW);
        expect(Math.abs(split.test.length - n * fractions.test)).toBeLessThanOrEqual(ONE_ROW);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps each class within one row per class of the fractions when stratified', () => {
    fc.assert(
      fc.property(classSizesArb, fractionsArb, fc.integer(), (sizes, fractions, seed) => {
        const split = splitRows(items(sizes), { fractions, seed, stratifyBy: (x) => x.cls });
        sizes.forEach((size, c) => {
          const count = (set: Item[]) => set.filter((x) => x.cls === `c${c}`).length;
          expect(Math.abs(count(split.train) - size * fractions.train)).toBeLessThanOrEqual(ONE_ROW);
          expect(Math.abs(count(split.validation) - size * fractions.validation)).toBeLessThanOrEqual(ONE_ROW);
          expect(Math.abs(count(split.test) - size * fractions.test)).toBeLessThanOrEqual(ONE_ROW);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic: the same items, fractions and seed give the same sets', () => {
    fc.assert(
      fc.property(classSizesArb, fractionsArb, fc.integer(), (sizes, fractions, seed) => {
        const all = items(sizes);
        const options = { fractions, seed, stratifyBy: (x: Item) => x.cls };
        expect(ids(splitRows(all, options))).toEqual(ids(splitRows(all, options)));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives different sets for different seeds: which ids land where, not only their order', () => {
    const all = items([50, 30, 20]);
    // Sorted ids: the final shuffle alone changes the order, so comparing orders passes even if the seed picks nothing.
    for (const stratify of [true, false]) {
      const options = (seed: number) => ({ fractions: STANDARD, seed, ...(stratify ? { stratifyBy: (x: Item) => x.cls } : {}) });
      const a = sortedIds(splitRows(all, options(1)));
      const b = sortedIds(splitRows(all, options(2)));
      expect(a.train).not.toEqual(b.train);
      expect(a.validation).not.toEqual(b.validation);
      expect(a.test).not.toEqual(b.test);
    }
  });

  it('draws the rows of each class at random when stratified, not its first rows', () => {
    const all = items([50, 30, 20]);
    // Without the per-class shuffle, train would hold the first 70 % of each class in input order.
    const firstRowsOfEachClass = [...all.slice(0, 35), ...all.slice(50, 71), ...all.slice(80, 94)];
    for (const seed of [1, 2, 3]) {
      const train = sortedIds(splitRows(all, { fractions: STANDARD, seed, stratifyBy: (x) => x.cls })).train;
      expect(train).toHaveLength(firstRowsOfEachClass.length);
      expect(train).not.toEqual(firstRowsOfEachClass.map((x) => x.id));
    }
  });

  it('does not modify its input', () => {
    const all = items([10, 10]);
    const before = all.map((x) => x.id);
    splitRows(all, { fractions: STANDARD, seed: 5, stratifyBy: (x) => x.cls });
    expect(all.map((x) => x.id)).toEqual(before);
  });

  it('interleaves classes instead of returning them in blocks', () => {
    const split = splitRows(items([100, 100]), { fractions: STANDARD, seed: 9, stratifyBy: (x) => x.cls });
    const firstHalf = split.train.slice(0, split.train.length / 2);
    expect(new Set(firstHalf.map((x) => x.cls)).size).toBe(2);
  });

  it('gives 240/51/51 on the 342 complete penguins (151 Adelie, 68 Chinstrap, 123 Gentoo)', () => {
    const split = splitRows(items([151, 68, 123]), { fractions: STANDARD, seed: 42, stratifyBy: (x) => x.cls });
    expect([split.train.length, split.validation.length, split.test.length]).toEqual([240, 51, 51]);
  });

  it('handles an empty input', () => {
    expect(splitRows([], { fractions: STANDARD, seed: 1 })).toEqual({ train: [], validation: [], test: [] });
  });
});
