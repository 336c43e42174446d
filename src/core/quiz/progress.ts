import { z } from 'zod';
import type { Question } from './question';

/** The latest graded attempt at one question. */
export const attemptSchema = z.object({
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  tries: z.number().int().min(1).max(1_000_000),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** Stored quiz progress: question id → latest attempt. The version changes when this shape does. */
export const quizProgressSchema = z.object({
  version: z.literal(1),
  attempts: z.record(z.string().max(200), attemptSchema),
});
export type QuizProgress = z.infer<typeof quizProgressSchema>;

export const EMPTY_PROGRESS: QuizProgress = { version: 1, attempts: {} };

/** Records a graded attempt: the latest score wins, tries counts up. Returns a new object. */
export function recordAttempt(progress: QuizProgress, questionId: string, grade: { score: number; correct: boolean }): QuizProgress {
  const tries = (Object.hasOwn(progress.attempts, questionId) ? (progress.attempts[questionId]?.tries ?? 0) : 0) + 1;
  return { ...progress, attempts: { ...progress.attempts, [questionId]: { score: grade.score, correct: grade.correct, tries } } };
}

/** Score of a set of questions: points (sum of latest scores), answered count and total count. Unanswered count as 0. */
export function summarize(questions: readonly Question[], progress: QuizProgress): { points: number; answered: number; total: number } {
  let points = 0;
  let answered = 0;
  for (const q of questions) {
    const a = Object.hasOwn(progress.attempts, q.id) ? progress.attempts[q.id] : undefined;
    if (a) {
      points += a.score;
      answered += 1;
    }
  }
  return { points, answered, total: questions.length };
}
