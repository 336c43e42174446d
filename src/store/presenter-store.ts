import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';

/** localStorage key of the presenter settings; the suffix changes when the stored shape does. */
export const PRESENTER_KEY = 'deploy-lab:presenter:v1';

/** What the browser remembers for presenter mode. */
export interface PresenterSettings {
  /** Larger type, answers hidden until revealed, stronger focus ring. */
  presenter: boolean;
  /** Single-key shortcuts (?, [, ], Shift+P); WCAG 2.1.4 asks that they can be turned off. */
  shortcuts: boolean;
}

/**
 * Exactly `{ presenter: boolean, shortcuts: boolean }`, or null. Checked by hand, not with zod: this store
 * loads with the app shell on every first paint, and zod would add ~25 KB gzip to it for two booleans.
 */
function parseSettings(data: unknown): PresenterSettings | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const keys = Object.keys(data);
  if (keys.length !== 2) return null;
  const { presenter, shortcuts } = data as Record<string, unknown>;
  return typeof presenter === 'boolean' && typeof shortcuts === 'boolean' ? { presenter, shortcuts } : null;
}

/** Normal mode, shortcuts on. */
export const DEFAULT_PRESENTER_SETTINGS: PresenterSettings = { presenter: false, shortcuts: true };

/** Reads the stored settings; missing, blocked or unreadable → the defaults (unreadable data is removed). Never throws. */
export function loadPresenterSettings(store: Storage | undefined = browserStorage()): PresenterSettings {
  const read = readStoredJson(store, PRESENTER_KEY, parseSettings);
  if (read.kind === 'ok') return read.value;
  // A bad value would otherwise be read (and ignored) on every page load.
  if (read.kind === 'invalid') removeStored(store, PRESENTER_KEY);
  return DEFAULT_PRESENTER_SETTINGS;
}

/** Stores the settings; storage errors are ignored (they then last for this visit). */
export function savePresenterSettings(settings: PresenterSettings, store: Storage | undefined = browserStorage()): void {
  writeStoredJson(store, PRESENTER_KEY, settings);
}
