import { EMPTY_PROGRESS, quizProgressSchema } from '../core/quiz/progress';
import type { QuizProgress } from '../core/quiz/progress';

/** localStorage key of the quiz progress; the suffix changes when the stored shape does. */
export const QUIZ_PROGRESS_KEY = 'deploy-lab:quiz-progress:v1';

/** Stored progress, plus a notice when stored data had to be discarded. */
export interface LoadedQuizProgress {
  progress: QuizProgress;
  notice: string | null;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the quiz progress; missing → empty, unreadable → cleared plus a notice. Never throws. */
export function loadQuizProgress(store: Storage | undefined = storage()): LoadedQuizProgress {
  let raw: string | null = null;
  try {
    raw = store?.getItem(QUIZ_PROGRESS_KEY) ?? null;
  } catch {
    return { progress: EMPTY_PROGRESS, notice: 'Your browser blocked storage, so quiz scores are kept for this visit only.' };
  }
  if (raw === null) return { progress: EMPTY_PROGRESS, notice: null };
  let data: unknown = null;
  try {
    data = JSON.parse(raw);
  } catch {
    // Falls through to the notice below.
  }
  const parsed = quizProgressSchema.safeParse(data);
  if (parsed.success) return { progress: parsed.data, notice: null };
  try {
    store?.removeItem(QUIZ_PROGRESS_KEY);
  } catch {
    // Nothing more to do: the next save overwrites it.
  }
  return { progress: EMPTY_PROGRESS, notice: 'Your saved quiz scores could not be read, so they were reset. Your answers from now on are saved again.' };
}

/** Saves the quiz progress; storage errors (quota, privacy mode) are ignored: scores then last for this visit. */
export function saveQuizProgress(progress: QuizProgress, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(QUIZ_PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Kept in memory only.
  }
}

/** Forgets the saved quiz progress. */
export function clearQuizProgress(store: Storage | undefined = storage()): void {
  try {
    store?.removeItem(QUIZ_PROGRESS_KEY);
  } catch {
    // Nothing stored that could be removed.
  }
}
