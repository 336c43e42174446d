import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, quizProgressSchema, recordAttempt, summarize } from './progress';
import type { Question } from './question';

const q = (id: string): Question => ({ id, kind: 'free', prompt: 'p', modelAnswer: 'm', keyPoints: ['k'] });

describe('quiz progress', () => {
  it('keeps the latest score and counts tries', () => {
    const once = recordAttempt(EMPTY_PROGRESS, 'a', { score: 0.5, correct: false });
    const twice = recordAttempt(once, 'a', { score: 1, correct: true });
    expect(twice.attempts.a).toEqual({ score: 1, correct: true, tries: 2 });
    expect(EMPTY_PROGRESS.attempts).toEqual({});
  });
  it('summarizes points over a set of questions, unanswered as 0', () => {
    const p = recordAttempt(recordAttempt(EMPTY_PROGRESS, 'a', { score: 1, correct: true }), 'b', { score: 0.5, correct: false });
    expect(summarize([q('a'), q('b'), q('c')], p)).toEqual({ points: 1.5, answered: 2, total: 3 });
    expect(summarize([q('constructor')], p)).toEqual({ points: 0, answered: 0, total: 1 });
  });
  it('validates stored progress', () => {
    expect(quizProgressSchema.safeParse({ version: 1, attempts: { a: { score: 1, correct: true, tries: 1 } } }).success).toBe(true);
    expect(quizProgressSchema.safeParse({ version: 2, attempts: {} }).success).toBe(false);
    expect(quizProgressSchema.safeParse({ version: 1, attempts: { a: { score: 2, correct: true, tries: 1 } } }).success).toBe(false);
  });
});
