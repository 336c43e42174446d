import { useCallback, useState } from 'react';
import { browserStorage, readStoredJson, writeStoredJson } from '../store/local-json';

/** localStorage key of the sidebar's collapsed state; the suffix changes when the stored shape does. */
export const SIDEBAR_KEY = 'deploy-lab:sidebar:v1';

/** Whether the step list is folded away, remembered separately for normal and presenter mode. */
export interface SidebarSettings {
  normal: boolean;
  presenter: boolean;
}

/** Shown while learning; folded in front of a class, where the page needs the room. */
export const DEFAULT_SIDEBAR: SidebarSettings = { normal: false, presenter: true };

function parse(data: unknown): SidebarSettings | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { normal, presenter } = data as Record<string, unknown>;
  return typeof normal === 'boolean' && typeof presenter === 'boolean' ? { normal, presenter } : null;
}

/** The stored collapsed states, or the defaults when missing, blocked or unreadable. Never throws. */
export function loadSidebar(store: Storage | undefined = browserStorage()): SidebarSettings {
  const read = readStoredJson(store, SIDEBAR_KEY, parse);
  return read.kind === 'ok' ? read.value : DEFAULT_SIDEBAR;
}

/** Collapsed state of the step list for the current mode, and a setter that remembers it for that mode. */
export function useSidebarCollapsed(presenter: boolean): [boolean, (collapsed: boolean) => void] {
  const [settings, setSettings] = useState(loadSidebar);
  const mode = presenter ? 'presenter' : 'normal';
  const set = useCallback(
    (collapsed: boolean) =>
      setSettings((before) => {
        const next = { ...before, [mode]: collapsed };
        writeStoredJson(browserStorage(), SIDEBAR_KEY, next);
        return next;
      }),
    [mode],
  );
  return [settings[mode], set];
}
