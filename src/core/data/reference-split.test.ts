// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FEATURES } from './penguins';
import { referenceRows, referenceSplit, toMatrix } from './reference-split';

describe('referenceRows', () => {
  it('keeps the 342 complete penguins of 344 and counts the 2 dropped', () => {
    const { rows, dropped } = referenceRows();
    expect(rows).toHaveLength(342);
    expect(dropped).toBe(2);
  });
});

describe('referenceSplit', () => {
  it('is the same 240/51/51 partition every time', () => {
    const a = referenceSplit();
    const b = referenceSplit();
    expect(a).toEqual(b);
    expect([a.train.length, a.validation.length, a.test.length]).toEqual([240, 51, 51]);
    const all = new Set([...a.train, ...a.validation, ...a.test]);
    expect(all.size).toBe(342);
  });
});

describe('toMatrix', () => {
  it('returns FEATURES-ordered vectors and SPECIES indices', () => {
    const { x, labels } = toMatrix([
      { species: 'Gentoo', island: 'Biscoe', bill_length_mm: 50, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700, sex: null },
    ]);
    expect(x).toEqual([[50, 15.2, 218, 5700]]);
    expect(x[0]).toHaveLength(FEATURES.length);
    expect(labels).toEqual([2]);
  });
});
