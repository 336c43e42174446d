import type { ModelVersion } from '../core/serving/model-artifact';
import { defaultRegistryState, parseRegistryState } from '../core/serving/registry-state';
import type { RegistryState } from '../core/serving/registry-state';

/** localStorage key of the endpoint registry; the suffix is bumped when the stored shape changes. */
export const REGISTRY_KEY = 'deploy-lab:registry:v1';

/** Loaded registry state and, when stored data had to be discarded, a notice for the learner. */
export interface LoadedRegistry {
  state: RegistryState;
  notice: string | null;
}

/** Reads the stored registry; missing → default, corrupt or invalid → default plus a notice. Never throws. */
export function loadRegistryState(storage: Storage | undefined, reference: ModelVersion): LoadedRegistry {
  const fresh = () => defaultRegistryState(reference, new Date().toISOString());
  let raw: string | null = null;
  try {
    raw = storage?.getItem(REGISTRY_KEY) ?? null;
  } catch {
    return { state: fresh(), notice: 'Your browser blocked storage, so endpoint changes will not survive a reload.' };
  }
  if (raw === null) return { state: fresh(), notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = null;
  }
  const state = parseRegistryState(data);
  // The shipped reference version must stay what this build ships, whatever was stored.
  if (state?.versions.some((v) => v.version === reference.version)) {
    state.versions = state.versions.map((v) => (v.version === reference.version ? reference : v));
    return { state, notice: null };
  }
  return { state: fresh(), notice: 'The saved endpoint settings could not be read, so the API was reset to its default: endpoint "penguins" serving v1.' };
}

/**
 * Writes the registry; false only when the storage is full, so the registry refuses that change
 * (a 507) instead of losing it at the next reload. Blocked storage (privacy mode) counts as written:
 * the load notice already told the learner that changes last only for this page's life.
 */
export function saveRegistryState(storage: Storage | undefined, state: RegistryState): boolean {
  try {
    storage?.setItem(REGISTRY_KEY, JSON.stringify(state));
    return true;
  } catch (e) {
    return !isQuotaExceeded(e);
  }
}

/** True for the error a Storage throws when a write does not fit (its name, or the legacy code 22). */
function isQuotaExceeded(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22);
}
