import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '../core/progress/progress';
import { PROGRESS_FILE_FORMAT } from '../core/progress/progress-file';
import {
  currentProgress,
  exportProgressText,
  importProgressText,
  loadProgress,
  markStageTried,
  markStageVisited,
  PROGRESS_KEY,
  progressNotice,
  reloadProgressForTests,
  resetProgress,
  saveQuizAttempt,
  saveTaskDone,
  subscribeProgress,
} from './progress-store';
import { QUIZ_PROGRESS_KEY } from './quiz-progress-store';

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');

describe('progress store', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
  });

  it('starts empty, saves every change under a versioned key and notifies subscribers', () => {
    expect(currentProgress()).toEqual(EMPTY_PROGRESS);
    let calls = 0;
    const off = subscribeProgress(() => {
      calls += 1;
    });
    markStageVisited('train');
    markStageVisited('train');
    markStageTried('inspect');
    saveQuizAttempt('q1', { score: 0.5, correct: false });
    saveTaskDone('task-inspect-415', 'POST → 415 at 14:02:11', 7);
    off();
    expect(calls).toBe(4);
    expect(PROGRESS_KEY).toMatch(/:v1$/);
    expect(stored()).toEqual({
      version: 1,
      stages: { train: { visited: true, tried: false }, inspect: { visited: true, tried: true } },
      quiz: { q1: { score: 0.5, correct: false, tries: 1 }, 'task-inspect-415': { score: 1, correct: true, tries: 1 } },
      tasks: { 'task-inspect-415': { evidence: 'POST → 415 at 14:02:11', at: 7 } },
    });
    reloadProgressForTests();
    expect(currentProgress()).toEqual(stored());
  });

  it('migrates the older quiz scores key once, then removes it', () => {
    localStorage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify({ version: 1, attempts: { a: { score: 1, correct: true, tries: 2 } } }));
    expect(loadProgress()).toEqual({ progress: { ...EMPTY_PROGRESS, quiz: { a: { score: 1, correct: true, tries: 2 } } }, notice: null });
    expect(localStorage.getItem(QUIZ_PROGRESS_KEY)).toBeNull();
    expect(stored().quiz.a.tries).toBe(2);
  });

  it('resets corrupt or outdated data with a visible notice', () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":2,"stages":{}}');
    expect(progressNotice()).toMatch(/could not be read, so it was reset/);
    expect(currentProgress()).toEqual(EMPTY_PROGRESS);
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('exports, resets and imports back to the same progress', () => {
    markStageTried('train');
    saveQuizAttempt('q1', { score: 1, correct: true });
    const before = currentProgress();
    const file = exportProgressText(new Date('2026-11-26T10:00:00Z'));
    resetProgress();
    expect(currentProgress()).toEqual(EMPTY_PROGRESS);
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(importProgressText(file)).toEqual({ ok: true });
    expect(currentProgress()).toEqual(before);
    expect(stored()).toEqual(before);
  });

  it('a rejected import changes nothing, in memory or in storage (all or nothing)', () => {
    markStageTried('train');
    const before = currentProgress();
    const storedBefore = localStorage.getItem(PROGRESS_KEY);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify({ format: PROGRESS_FILE_FORMAT, progress: value });
        const r = importProgressText(text);
        if (!r.ok) {
          expect(currentProgress()).toBe(before);
          expect(localStorage.getItem(PROGRESS_KEY)).toBe(storedBefore);
        } else {
          // A valid document replaced everything: put the original back for the next run.
          importProgressText(JSON.stringify({ format: PROGRESS_FILE_FORMAT, progress: before }));
          localStorage.setItem(PROGRESS_KEY, storedBefore as string);
        }
      }),
      { numRuns: 300 },
    );
  });
});
