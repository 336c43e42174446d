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

  it('never throws and never returns invalid progress for arbitrary stored JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        localStorage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify(value));
        const { progress } = loadQuizProgress();
        expect(progress.version).toBe(1);
        for (const a of Object.values(progress.attempts)) expect(a.score >= 0 && a.score <= 1).toBe(true);
      }),
    );
  });
});
