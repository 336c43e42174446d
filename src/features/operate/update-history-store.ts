import { MAX_HISTORY, parseConfigHistory } from '../../core/monitoring/versions';
import type { ConfigChange } from '../../core/monitoring/versions';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from '../../store/local-json';

/** localStorage key of the endpoint config changes this page made; the suffix changes when the stored shape does. */
export const UPDATE_HISTORY_KEY = 'deploy-lab:update-history:v1';

/** The remembered config changes (oldest first) and a notice when stored data had to be dropped. */
export interface LoadedHistory {
  history: ConfigChange[];
  notice: string | null;
}

/** Reads the config history; missing → empty, unreadable → dropped with a notice. Never throws. */
export function loadConfigHistory(store: Storage | undefined = browserStorage()): LoadedHistory {
  const read = readStoredJson(store, UPDATE_HISTORY_KEY, parseConfigHistory);
  if (read.kind === 'ok') return { history: read.value, notice: null };
  if (read.kind === 'missing') return { history: [], notice: null };
  if (read.kind === 'blocked') return { history: [], notice: 'Your browser blocked storage, so this page remembers the configs it sent for this visit only.' };
  removeStored(store, UPDATE_HISTORY_KEY);
  return {
    history: [],
    notice: 'The remembered history of endpoint configs could not be read, so it was dropped. Roll back by hand if needed: deploy the version you trust at 100%.',
  };
}

/** Appends one change (keeping the newest MAX_HISTORY) and stores it; returns the new history. */
export function appendConfigChange(history: readonly ConfigChange[], change: ConfigChange, store: Storage | undefined = browserStorage()): ConfigChange[] {
  const next = [...history, change].slice(-MAX_HISTORY);
  // Quota or privacy mode: the history then lasts for this visit only.
  writeStoredJson(store, UPDATE_HISTORY_KEY, next);
  return next;
}

/** Forgets the history (after "reset to default" the old configs no longer mean anything). */
export function clearConfigHistory(store: Storage | undefined = browserStorage()): void {
  removeStored(store, UPDATE_HISTORY_KEY);
}
