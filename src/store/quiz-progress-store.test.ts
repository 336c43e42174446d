import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, recordAttempt } from '../core/quiz/progress';
import { clearQuizProgress, loadQuizProgress, QUIZ_PROGRESS_KEY, saveQuizProgress } from './quiz-progress-store';

describe('quiz progress store', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty without a notice', () => {
    expect(loadQuizProgress()).toEqual({ progress: EMPTY_PROGRESS, notice: null });
  });

  it('round-trips saved progress under a versioned key', () => {
    const p = recordAttempt(EMPTY_PROGRESS, 'review-workflow', { score: 1, correct: true });
    saveQuizProgress(p);
    expect(QUIZ_PROGRESS_KEY).toMatch(/:v1$/);
    expect(loadQuizProgress()).toEqual({ progress: p, notice: null });
    clearQuizProgress();
    expect(loadQuizProgress().progress).toEqual(EMPTY_PROGRESS);
  });

  it('resets corrupt data with a notice and removes it', () => {
    localStorage.setItem(QUIZ_PROGRESS_KEY, '{not json');
    const loaded = loadQuizProgress();
    expect(loaded.progress).toEqual(EMPTY_PROGRESS);
    expect(loaded.notice).toMatch(/could not be read/);
    expect(localStorage.getItem(QUIZ_PROGRESS_KEY)).toBeNull();
  });

  it('loads exactly the valid stored documents and resets everything else', () => {
    // Attempts from the schema's own bounds, with a share just outside them, so both branches run.
    const attempt = fc.record({
      score: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => n / 100), weight: 9 }, { arbitrary: fc.constantFrom(-0.01, 1.01, Number.NaN), weight: 1 }),
      correct: fc.boolean(),
      tries: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 1_000_000 }), weight: 9 }, { arbitrary: fc.constantFrom(0, 1.5), weight: 1 }),
    });
    const stored = fc.oneof(
      fc.record({ version: fc.constant(1), attempts: fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== '__proto__'), attempt, { maxKeys: 4 }) }),
      fc.record({ version: fc.constantFrom(0, 2, '1'), attempts: fc.dictionary(fc.string(), attempt, { maxKeys: 2 }) }),
      fc.jsonValue(),
    );
    const isValid = (v: unknown): boolean => {
      if (typeof v !== 'object' || v === null || (v as { version?: unknown }).version !== 1) return false;
      const attempts = (v as { attempts?: unknown }).attempts;
      if (typeof attempts !== 'object' || attempts === null || Array.isArray(attempts)) return false;
      return Object.values(attempts as Record<string, { score: unknown; correct: unknown; tries: unknown }>).every(
        // typeof first: null >= 0 is true in JavaScript.
        (a) => typeof a.score === 'number' && a.score >= 0 && a.score <= 1 && typeof a.correct === 'boolean' && Number.isInteger(a.tries) && (a.tries as number) >= 1 && (a.tries as number) <= 1_000_000,
      );
    };
    let loaded = 0;
    let reset = 0;
    fc.assert(
      fc.property(stored, (value) => {
        localStorage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify(value));
        const result = loadQuizProgress();
        // JSON.stringify turns NaN into null, so validity is judged on what storage really holds.
        const held: unknown = JSON.parse(JSON.stringify(value));
        if (isValid(held)) {
          loaded++;
          expect(result).toEqual({ progress: held, notice: null });
          for (const a of Object.values(result.progress.attempts)) expect(a.score >= 0 && a.score <= 1).toBe(true);
        } else {
          reset++;
          expect(result.progress).toEqual(EMPTY_PROGRESS);
          expect(result.notice).toMatch(/could not be read/);
        }
      }),
      { numRuns: 1000 },
    );
    // The score check only means something if valid documents are generated: both branches must run often.
    expect(loaded).toBeGreaterThan(100);
    expect(reset).toBeGreaterThan(100);
  });
});
