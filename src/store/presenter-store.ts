import { z } from 'zod';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';

/** localStorage key of the presenter settings; the suffix changes when the stored shape does. */
export const PRESENTER_KEY = 'deploy-lab:presenter:v1';

const settingsSchema = z.object({
  /** Larger type, answers hidden until revealed, stronger focus ring. */
  presenter: z.boolean(),
  /** Single-key shortcuts (?, [, ], Shift+P); WCAG 2.1.4 asks that they can be turned off. */
  shortcuts: z.boolean(),
});
export type PresenterSettings = z.infer<typeof settingsSchema>;

/** Normal mode, shortcuts on. */
export const DEFAULT_PRESENTER_SETTINGS: PresenterSettings = { presenter: false, shortcuts: true };

/** Reads the stored settings; missing, blocked or unreadable → the defaults (unreadable data is removed). Never throws. */
export function loadPresenterSettings(store: Storage | undefined = browserStorage()): PresenterSettings {
  const read = readStoredJson(store, PRESENTER_KEY, (data) => {
    const r = settingsSchema.safeParse(data);
    return r.success ? r.data : null;
  });
  if (read.kind === 'ok') return read.value;
  // A bad value would otherwise be read (and ignored) on every page load.
  if (read.kind === 'invalid') removeStored(store, PRESENTER_KEY);
  return DEFAULT_PRESENTER_SETTINGS;
}

/** Stores the settings; storage errors are ignored (they then last for this visit). */
export function savePresenterSettings(settings: PresenterSettings, store: Storage | undefined = browserStorage()): void {
  writeStoredJson(store, PRESENTER_KEY, settings);
}
