import { beforeEach, describe, expect, it } from 'vitest';
import { QUIZ_ANSWERS_KEY, forgetQuizAnswer, loadQuizAnswers, saveQuizAnswer, savedAnswerFor } from './quiz-answers-store';

beforeEach(() => localStorage.clear());

describe('quiz answers store', () => {
  it('round-trips the checked answer per question and forgets it on Try again', () => {
    saveQuizAnswer('q1', { kind: 'single', optionId: 'b' });
    saveQuizAnswer('q2', { kind: 'multiple', optionIds: ['a', 'c'] });
    expect(savedAnswerFor('q1', 'single')).toEqual({ kind: 'single', optionId: 'b' });
    expect(savedAnswerFor('q2', 'multiple')).toEqual({ kind: 'multiple', optionIds: ['a', 'c'] });
    expect(savedAnswerFor('q1', 'multiple')).toBeNull();
    forgetQuizAnswer('q1');
    expect(savedAnswerFor('q1', 'single')).toBeNull();
    expect(savedAnswerFor('q2', 'multiple')).not.toBeNull();
    forgetQuizAnswer();
    expect(localStorage.getItem(QUIZ_ANSWERS_KEY)).toBeNull();
  });

  it('drops entries that fail the schema, keeps the rest, and says so', () => {
    localStorage.setItem(QUIZ_ANSWERS_KEY, JSON.stringify({ q1: { kind: 'single', optionId: 'a' }, q2: { kind: 'single', optionId: 7 } }));
    const loaded = loadQuizAnswers();
    expect(loaded.answers).toEqual({ q1: { kind: 'single', optionId: 'a' } });
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('corrupt JSON → empty, cleared, and a notice', () => {
    localStorage.setItem(QUIZ_ANSWERS_KEY, '{not json');
    const loaded = loadQuizAnswers();
    expect(loaded).toEqual({ answers: {}, notice: expect.stringMatching(/start blank/) });
    expect(localStorage.getItem(QUIZ_ANSWERS_KEY)).toBeNull();
  });
});
