import { z } from 'zod';
import { attemptSchema } from '../quiz/progress';
import type { QuizProgress } from '../quiz/progress';

const MAX_KEYS = 1000;
const key = z.string().min(1).max(200);
const bounded = <T extends z.ZodType>(record: T) => record.refine((r) => Object.keys(r as object).length <= MAX_KEYS, { message: `at most ${MAX_KEYS} entries` });

/** What the learner did on one stage page: opened it (visited) and did its main action (tried). */
export const stageMarksSchema = z.object({ visited: z.boolean(), tried: z.boolean() });
export type StageMarks = z.infer<typeof stageMarksSchema>;

/** A task graded by doing, once done: the evidence found and when (ms since the epoch). */
export const taskRecordSchema = z.object({ evidence: z.string().min(1).max(1000), at: z.number().int().min(0) });
export type TaskRecord = z.infer<typeof taskRecordSchema>;

/**
 * The learner's whole progress, one versioned document (stored, exported and imported as is):
 * stage id → marks, question id → latest quiz attempt, task question id → evidence.
 */
export const progressSchema = z.object({
  version: z.literal(1),
  stages: bounded(z.record(key, stageMarksSchema)),
  quiz: bounded(z.record(key, attemptSchema)),
  tasks: bounded(z.record(key, taskRecordSchema)),
});
export type Progress = z.infer<typeof progressSchema>;

export const EMPTY_PROGRESS: Progress = { version: 1, stages: {}, quiz: {}, tasks: {} };

const NO_MARKS: StageMarks = { visited: false, tried: false };

/** The marks of one stage (both false when it was never opened). */
export function stageMarks(p: Progress, stageId: string): StageMarks {
  return Object.hasOwn(p.stages, stageId) ? (p.stages[stageId] ?? NO_MARKS) : NO_MARKS;
}

function withMarks(p: Progress, stageId: string, marks: StageMarks): Progress {
  const old = stageMarks(p, stageId);
  // Same object back when nothing changes, so subscribers (and storage) are not disturbed for nothing.
  if (old.visited === marks.visited && old.tried === marks.tried) return p;
  return { ...p, stages: { ...p.stages, [stageId]: marks } };
}

/** Marks a stage as visited (its page was opened). Returns the same object if it already was. */
export function markVisited(p: Progress, stageId: string): Progress {
  return withMarks(p, stageId, { ...stageMarks(p, stageId), visited: true });
}

/** Marks a stage as tried (its main action was done); trying implies visiting. Returns the same object if it already was. */
export function markTried(p: Progress, stageId: string): Progress {
  return withMarks(p, stageId, { visited: true, tried: true });
}

/** Records a graded quiz attempt (latest score wins, tries count up). */
export function recordQuizAttempt(p: Progress, questionId: string, grade: { score: number; correct: boolean }): Progress {
  const tries = (Object.hasOwn(p.quiz, questionId) ? (p.quiz[questionId]?.tries ?? 0) : 0) + 1;
  return { ...p, quiz: { ...p.quiz, [questionId]: { score: grade.score, correct: grade.correct, tries } } };
}

/** Records a task as done with its evidence, once: a task done stays done (the log it came from is gone after a reload). */
export function recordTaskDone(p: Progress, questionId: string, evidence: string, at: number): Progress {
  if (Object.hasOwn(p.tasks, questionId)) return p;
  const withTask = { ...p, tasks: { ...p.tasks, [questionId]: { evidence: evidence.slice(0, 1000), at } } };
  return recordQuizAttempt(withTask, questionId, { score: 1, correct: true });
}

/** The quiz part in the shape of the older quiz-only store (for `summarize` in ../quiz/progress). */
export function quizPart(p: Progress): QuizProgress {
  return { version: 1, attempts: p.quiz };
}

/** Progress from the older quiz-only document (`deploy-lab:quiz-progress:v1`): its attempts, nothing else. */
export function migrateQuizProgress(old: QuizProgress): Progress {
  return { ...EMPTY_PROGRESS, quiz: { ...old.attempts } };
}
