import { EMPTY_PROGRESS, quizProgressSchema } from '../core/quiz/progress';
import type { QuizProgress } from '../core/quiz/progress';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';

/** localStorage key of the quiz progress; the suffix changes when the stored shape does. */
export const QUIZ_PROGRESS_KEY = 'deploy-lab:quiz-progress:v1';

/** Stored progress, plus a notice when stored data had to be discarded. */
export interface LoadedQuizProgress {
  progress: QuizProgress;
  notice: string | null;
}

/** Reads the quiz progress; missing → empty, unreadable → cleared plus a notice. Never throws. */
export function loadQuizProgress(store: Storage | undefined = browserStorage()): LoadedQuizProgress {
  const read = readStoredJson(store, QUIZ_PROGRESS_KEY, (data) => {
    const r = quizProgressSchema.safeParse(data);
    return r.success ? r.data : null;
  });
  if (read.kind === 'ok') return { progress: read.value, notice: null };
  if (read.kind === 'missing') return { progress: EMPTY_PROGRESS, notice: null };
  if (read.kind === 'blocked') return { progress: EMPTY_PROGRESS, notice: 'Your browser blocked storage, so quiz scores are kept for this visit only.' };
  removeStored(store, QUIZ_PROGRESS_KEY);
  return { progress: EMPTY_PROGRESS, notice: 'Your saved quiz scores could not be read, so they were reset. Your answers from now on are saved again.' };
}

/** Saves the quiz progress; storage errors (quota, privacy mode) are ignored: scores then last for this visit. */
export function saveQuizProgress(progress: QuizProgress, store: Storage | undefined = browserStorage()): void {
  writeStoredJson(store, QUIZ_PROGRESS_KEY, progress);
}

/** Forgets the saved quiz progress. */
export function clearQuizProgress(store: Storage | undefined = browserStorage()): void {
  removeStored(store, QUIZ_PROGRESS_KEY);
}
