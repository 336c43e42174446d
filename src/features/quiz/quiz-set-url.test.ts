import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizSetFromQuery, quizSetToQuery } from './quiz-set-url';

const VALID = ['review', 'all', 'retrieve', 'train', 'deploy/endpoint', 'a b&c'] as const;

describe('quiz set in the URL', () => {
  it('serialize → parse gives back every valid set, with no notice', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.string(), (set, other) => {
        const query = quizSetToQuery(new URLSearchParams({ other }).toString(), set).toString();
        expect(quizSetFromQuery(query, VALID, 'review')).toEqual({ set, notice: null });
      }),
    );
  });

  it('arbitrary query strings never throw and always give a valid set', () => {
    const query = fc.oneof(fc.string(), fc.string().map((s) => `set=${s}`), fc.string().map((s) => new URLSearchParams({ set: s }).toString()));
    fc.assert(
      fc.property(query, (q) => {
        expect(VALID).toContain(quizSetFromQuery(q, VALID, 'review').set);
      }),
    );
  });

  it('an unknown set falls back with a short notice naming it; a missing one falls back silently', () => {
    const bad = quizSetFromQuery('set=nonsense', VALID, 'review');
    expect(bad.set).toBe('review');
    expect(bad.notice).toMatch(/does not exist \("nonsense"\)/);
    expect(quizSetFromQuery('', VALID, 'all')).toEqual({ set: 'all', notice: null });
    expect(quizSetFromQuery(`set=${'x'.repeat(500)}`, VALID, 'review').notice?.length).toBeLessThan(150);
  });
});
