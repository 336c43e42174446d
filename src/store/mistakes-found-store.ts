import { parseFoundIds } from '../core/data/mistake-finding';
import { browserStorage, readStoredJson, writeStoredJson } from './local-json';

/**
 * localStorage key of the planted mistakes the learner has pointed at. Kept apart from the pipeline state on purpose:
 * finding is the learner's progress, not a data choice, so it stays out of shared links and of the runs keyed by them.
 */
export const MISTAKES_FOUND_KEY = 'deploy-lab:mistakes-found:v1';

/** Reads the found mistake ids; missing or unreadable → none found (a bad value only costs re-finding). Never throws. */
export function loadFoundMistakes(store: Storage | undefined = browserStorage()): string[] {
  const read = readStoredJson(store, MISTAKES_FOUND_KEY, parseFoundIds);
  return read.kind === 'ok' ? read.value : [];
}

/** Saves the found mistake ids; storage errors are ignored (they then last for this visit). */
export function saveFoundMistakes(found: readonly string[], store: Storage | undefined = browserStorage()): void {
  writeStoredJson(store, MISTAKES_FOUND_KEY, found);
}
