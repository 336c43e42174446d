import { z } from 'zod';
import { answerSchema } from '../core/quiz/answer';
import type { Answer } from '../core/quiz/answer';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';

/** localStorage key of the answers the learner last checked, per question id; the suffix changes with the shape. */
export const QUIZ_ANSWERS_KEY = 'deploy-lab:quiz-answers:v1';

const MAX_QUESTIONS = 200;

/** Stored answers, plus a notice when stored data had to be discarded. */
export interface LoadedQuizAnswers {
  answers: Record<string, Answer>;
  notice: string | null;
}

/**
 * Reads the last checked answer per question. Entries that fail the answer schema are dropped one by one
 * (so one bad entry does not lose the rest); unreadable JSON → cleared plus a notice. Never throws.
 */
export function loadQuizAnswers(store: Storage | undefined = browserStorage()): LoadedQuizAnswers {
  let dropped = false;
  const read = readStoredJson(store, QUIZ_ANSWERS_KEY, (data) => {
    const r = z.record(z.string().max(200), z.unknown()).safeParse(data);
    if (!r.success) return null;
    const answers: Record<string, Answer> = {};
    for (const [id, raw] of Object.entries(r.data).slice(0, MAX_QUESTIONS)) {
      const a = answerSchema.safeParse(raw);
      if (a.success) answers[id] = a.data;
      else dropped = true;
    }
    return answers;
  });
  if (read.kind === 'ok') return { answers: read.value, notice: dropped ? 'Some of your saved quiz answers could not be read; those questions start blank.' : null };
  if (read.kind === 'missing' || read.kind === 'blocked') return { answers: {}, notice: null };
  removeStored(store, QUIZ_ANSWERS_KEY);
  return { answers: {}, notice: 'Your saved quiz answers could not be read, so the questions start blank. Your scores are kept.' };
}

/** The saved answer for one question if it still fits that question's kind (questions can change between versions). */
export function savedAnswerFor(questionId: string, kind: Answer['kind'], store: Storage | undefined = browserStorage()): Answer | null {
  const a = loadQuizAnswers(store).answers[questionId];
  return a && a.kind === kind ? a : null;
}

/** Saves the answer the learner checked for one question; storage errors are ignored (answers then last for this visit). */
export function saveQuizAnswer(questionId: string, answer: Answer, store: Storage | undefined = browserStorage()): void {
  const { answers } = loadQuizAnswers(store);
  writeStoredJson(store, QUIZ_ANSWERS_KEY, { ...answers, [questionId]: answer });
}

/** Forgets one question's saved answer (Try again), or all of them (reset scores) when no id is given. */
export function forgetQuizAnswer(questionId?: string, store: Storage | undefined = browserStorage()): void {
  if (questionId === undefined) {
    removeStored(store, QUIZ_ANSWERS_KEY);
    return;
  }
  const { answers } = loadQuizAnswers(store);
  delete answers[questionId];
  writeStoredJson(store, QUIZ_ANSWERS_KEY, answers);
}
