import { useEffect, useRef, useSyncExternalStore } from 'react';
import { parseProgressDocument, parseProgressFile, progressFileText } from '../core/progress/progress-file';
import { EMPTY_PROGRESS, markTried, markVisited, migrateQuizProgress, recordQuizAttempt, recordTaskDone } from '../core/progress/progress';
import type { Progress } from '../core/progress/progress';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';
import { loadQuizProgress, QUIZ_PROGRESS_KEY } from './quiz-progress-store';

/** localStorage key of the learner's progress (stages, quiz, tasks); the suffix changes when the shape does. */
export const PROGRESS_KEY = 'deploy-lab:progress:v1';

/** Stored progress, plus a notice when stored data had to be discarded. */
export interface LoadedProgress {
  progress: Progress;
  notice: string | null;
}

/**
 * Reads the progress; missing → the older quiz-only scores, migrated (then that key is removed) or empty;
 * unreadable → cleared plus a notice. Never throws.
 */
export function loadProgress(store: Storage | undefined = browserStorage()): LoadedProgress {
  const read = readStoredJson(store, PROGRESS_KEY, (data) => {
    const r = parseProgressDocument(data);
    return r.ok ? r.value : null;
  });
  if (read.kind === 'ok') return { progress: read.value, notice: null };
  if (read.kind === 'blocked') return { progress: EMPTY_PROGRESS, notice: 'Your browser blocked storage, so your progress is kept for this visit only.' };
  if (read.kind === 'invalid') {
    removeStored(store, PROGRESS_KEY);
    return { progress: EMPTY_PROGRESS, notice: 'Your saved progress could not be read, so it was reset. What you do from now on is saved again.' };
  }
  // Nothing under the new key: bring over quiz scores saved before progress tracking existed.
  const legacy = loadQuizProgress(store);
  if (Object.keys(legacy.progress.attempts).length === 0) return { progress: EMPTY_PROGRESS, notice: legacy.notice };
  const migrated = migrateQuizProgress(legacy.progress);
  writeStoredJson(store, PROGRESS_KEY, migrated);
  removeStored(store, QUIZ_PROGRESS_KEY);
  return { progress: migrated, notice: null };
}

// One progress for the whole page: the navigation, the overview, the stage checks and the quiz read the same object.
let current: LoadedProgress | null = null;
const listeners = new Set<() => void>();

function state(): LoadedProgress {
  current ??= loadProgress();
  return current;
}

function publish(next: LoadedProgress): void {
  current = next;
  for (const l of listeners) l();
}

function update(change: (p: Progress) => Progress): void {
  const before = state();
  const after = change(before.progress);
  if (after === before.progress) return;
  writeStoredJson(browserStorage(), PROGRESS_KEY, after);
  publish({ ...before, progress: after });
}

/** The current progress (loaded from storage on first use). */
export function currentProgress(): Progress {
  return state().progress;
}

/** The notice about discarded stored progress, or null. */
export function progressNotice(): string | null {
  return state().notice;
}

/** Calls `listener` after every change; returns the unsubscribe function. */
export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks a stage's page as opened. */
export function markStageVisited(stageId: string): void {
  update((p) => markVisited(p, stageId));
}

/** Marks a stage's main action as done: one call from the feature that knows, e.g. `markStageTried('train')`. */
export function markStageTried(stageId: string): void {
  update((p) => markTried(p, stageId));
}

/** Records a graded quiz attempt. */
export function saveQuizAttempt(questionId: string, grade: { score: number; correct: boolean }): void {
  update((p) => recordQuizAttempt(p, questionId, grade));
}

/** Records a task graded by doing as done, with its evidence (kept after reload, unlike the request log). */
export function saveTaskDone(questionId: string, evidence: string, at: number = Date.now()): void {
  update((p) => recordTaskDone(p, questionId, evidence, at));
}

/** Forgets all progress (stages, scores, tasks) and any notice. */
export function resetProgress(): void {
  removeStored(browserStorage(), PROGRESS_KEY);
  removeStored(browserStorage(), QUIZ_PROGRESS_KEY);
  publish({ progress: EMPTY_PROGRESS, notice: null });
}

/** Forgets the quiz scores and the tasks done, keeping the stage marks. */
export function resetQuizScores(): void {
  update((p) => (Object.keys(p.quiz).length === 0 && Object.keys(p.tasks).length === 0 ? p : { ...p, quiz: {}, tasks: {} }));
}

/** Dismisses the notice about discarded stored progress. */
export function dismissProgressNotice(): void {
  publish({ ...state(), notice: null });
}

/** The current progress as the text of a `deploy-lab-progress.json` file. */
export function exportProgressText(now: Date = new Date()): string {
  return progressFileText(state().progress, now);
}

/** Replaces all progress with a file's, all or nothing: a file that does not validate changes nothing and says why. */
export function importProgressText(text: string): { ok: true } | { ok: false; reason: string } {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  writeStoredJson(browserStorage(), PROGRESS_KEY, parsed.value);
  publish({ progress: parsed.value, notice: null });
  return { ok: true };
}

/** Test helper: forgets the in-memory copy so the next read loads from storage again. */
export function reloadProgressForTests(): void {
  current = null;
  for (const l of listeners) l();
}

/** The current progress, re-rendering on every change. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, currentProgress, currentProgress);
}

/** The notice about discarded stored progress, re-rendering on change. */
export function useProgressNotice(): string | null {
  return useSyncExternalStore(subscribeProgress, progressNotice, progressNotice);
}

/** Marks a stage tried once `value` differs from its value on mount (e.g. the learner changed a pipeline choice). */
export function useMarkTriedOnChange(stageId: string, value: unknown): void {
  const initial = useRef(value);
  useEffect(() => {
    if (value !== initial.current) markStageTried(stageId);
  }, [stageId, value]);
}
