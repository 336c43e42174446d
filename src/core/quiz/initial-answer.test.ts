import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveItem, shuffledIds } from './initial-answer';

describe('shuffledIds', () => {
  it('is a stable permutation that never equals the right order', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 10 }), (qid, ids) => {
        const out = shuffledIds(qid, ids);
        expect([...out].sort()).toEqual([...ids].sort());
        expect(out).not.toEqual(ids);
        expect(shuffledIds(qid, ids)).toEqual(out);
      }),
    );
  });
});

describe('moveItem', () => {
  it('swaps with the neighbour and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem([], 0, 1)).toEqual([]);
  });
});
