import { useSyncExternalStore } from 'react';
import type { EpochPoint } from '../../core/modeling/curves';
import type { TrainConfig } from '../../core/modeling/train-config';
import type { InlineModel } from '../../core/serving/model-artifact';
import type { RunEnd } from '../../workers/training-protocol';
import { loadStoredRuns, saveStoredRuns } from '../../store/runs-store';
import type { StoredRun } from '../../store/runs-store';

/** One training run as the modeling pages show it: its config, curves, outcome and weights. */
export interface TrainingRun {
  id: string;
  /** Which page started it: a single run on /model/train or a queued one on /model/tune. */
  source: 'train' | 'tune';
  config: TrainConfig;
  points: EpochPoint[];
  status: 'queued' | 'running' | RunEnd | 'error';
  error?: string;
  model: InlineModel | null;
  durationMs: number;
  elapsedMs: number;
  backend: string;
  startedAt: string;
  /** The data choices it was trained on (the pipeline's URL query), so a later change of data is noticed. */
  dataKey: string;
  /** True when it was started after the test set had been used: its test score is no longer an honest estimate. */
  afterTestSeen: boolean;
}

/** Everything the modeling pages share during a visit: the runs and the one chosen for evaluation. */
export interface ModelSession {
  runs: TrainingRun[];
  chosenRunId: string | null;
  /** Set when the runs saved by an earlier visit could not be read and were discarded. */
  notice?: string | null;
}

let session: ModelSession = { runs: [], chosenRunId: null };
const listeners = new Set<() => void>();

function set(next: ModelSession): void {
  session = next;
  for (const l of listeners) l();
  persist();
}

// Finished runs (and the chosen one) are kept in IndexedDB, so a reload of Train, Tune or Evaluate shows them.
// Written only when the set of finished runs or the choice changes, not on every epoch of a running run.
let restored = false;
let savedSignature = '';

function finished(run: TrainingRun): run is TrainingRun & { status: StoredRun['status'] } {
  return run.status !== 'queued' && run.status !== 'running';
}

function persist(): void {
  if (!restored) return;
  const runs = session.runs.filter(finished);
  const signature = JSON.stringify([session.chosenRunId, runs.map((r) => [r.id, r.status, r.points.length, r.model !== null])]);
  if (signature === savedSignature) return;
  savedSignature = signature;
  void saveStoredRuns(runs, session.chosenRunId);
}

/** Reads the runs an earlier visit saved and adds them after this visit's runs; then keeps saving. Safe to call twice. */
export async function restoreModelSession(): Promise<void> {
  if (restored) return;
  const stored = await loadStoredRuns();
  restored = true;
  const ids = new Set(session.runs.map((r) => r.id));
  const older: TrainingRun[] = stored.runs.filter((r) => !ids.has(r.id));
  set({ runs: [...session.runs, ...older], chosenRunId: session.chosenRunId ?? stored.chosenRunId, notice: stored.notice });
}

/** Forgets that runs were restored (tests). */
export function forgetRestoreForTests(): void {
  restored = false;
  savedSignature = '';
}

if (typeof indexedDB !== 'undefined' && typeof window !== 'undefined' && !import.meta.env?.VITEST) void restoreModelSession();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current session (a new object after every change, so React re-renders). */
export function getModelSession(): ModelSession {
  return session;
}

/** Subscribes a component to the shared modeling session. */
export function useModelSession(): ModelSession {
  return useSyncExternalStore(subscribe, getModelSession, getModelSession);
}

/** Adds a run (newest first). */
export function addRun(run: TrainingRun): void {
  set({ ...session, runs: [run, ...session.runs] });
}

/** Changes fields of one run. */
export function updateRun(id: string, patch: Partial<TrainingRun> | ((run: TrainingRun) => Partial<TrainingRun>)): void {
  set({ ...session, runs: session.runs.map((r) => (r.id === id ? { ...r, ...(typeof patch === 'function' ? patch(r) : patch) } : r)) });
}

/** Removes runs (e.g. "clear results"); the chosen run is kept if it survives. */
export function removeRuns(ids: readonly string[]): void {
  const gone = new Set(ids);
  set({ ...session, runs: session.runs.filter((r) => !gone.has(r.id)), chosenRunId: session.chosenRunId && gone.has(session.chosenRunId) ? null : session.chosenRunId });
}

/** Marks one run as the model to evaluate and deploy. */
export function chooseRun(id: string | null): void {
  set({ ...session, chosenRunId: id });
}

/** Empties the session (tests; "start over"). */
export function resetModelSession(): void {
  set({ runs: [], chosenRunId: null });
}
