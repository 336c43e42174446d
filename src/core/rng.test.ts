// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, shuffled } from './rng';

/** The published mulberry32 (Tommy Ettinger), written independently here as the reference. */
function referenceMulberry32(a: number): () => number {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const take = (random: () => number, n: number) => Array.from({ length: n }, () => random());

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(createRng(42), 100)).toEqual(take(createRng(42), 100));
  });

  it('pins the first numbers of seed 42 (a change here changes every split in the course)', () => {
    expect(take(createRng(42), 3)).toEqual(take(referenceMulberry32(42), 3));
    expect(createRng(42)()).toBeCloseTo(0.6011037519201636, 15);
  });

  it('matches the reference mulberry32 for any 32-bit seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        expect(take(createRng(seed), 8)).toEqual(take(referenceMulberry32(seed), 8));
      }),
      { numRuns: 1000 },
    );
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        return take(createRng(seed), 50).every((x) => x >= 0 && x < 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(take(createRng(1), 10)).not.toEqual(take(createRng(2), 10));
    expect(take(createRng(42), 10)).not.toEqual(take(createRng(43), 10));
  });

  it('is roughly uniform (10 bins, 100 000 draws)', () => {
    const random = createRng(7);
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const k = Math.floor(random() * 10);
      bins[k] = (bins[k] ?? 0) + 1;
    }
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.001 critical value.
    const chi2 = bins.reduce((sum, observed) => sum + (observed - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.9);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = items.slice();
        const out = shuffled(items, createRng(seed));
        expect(items).toEqual(before);
        expect(out).not.toBe(items);
        expect(out.slice().sort((a, b) => a - b)).toEqual(items.slice().sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });

  it('is deterministic for a seed', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(shuffled(items, createRng(3))).toEqual(shuffled(items, createRng(3)));
    expect(shuffled(items, createRng(3))).not.toEqual(shuffled(items, createRng(4)));
  });

  it('handles empty and single-item arrays', () => {
    expect(shuffled([], createRng(1))).toEqual([]);
    expect(shuffled(['a'], createRng(1))).toEqual(['a']);
  });

  it('makes all 6 orders of 3 items about equally likely', () => {
    const random = createRng(11);
    const counts = new Map<string, number>();
    for (let i = 0; i < 60_000; i++) {
      const key = shuffled(['a', 'b', 'c'], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });
});
