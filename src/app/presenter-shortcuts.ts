import { useEffect, useRef } from 'react';
import type { ShortcutAction } from '../content/shortcuts';
import { shortcutFor } from './presenter-keys';

/** True while a modal dialog is open: its own keys (Esc, Tab) rule, and page shortcuts would act behind it. */
function modalOpen(): boolean {
  try {
    return document.querySelector('dialog:modal') !== null;
  } catch {
    // Engines without :modal (older jsdom): any open dialog counts.
    return document.querySelector('dialog[open]') !== null;
  }
}

/** Listens for the app's keyboard shortcuts on the whole document while `enabled`; never while typing in a field. */
export function usePresenterShortcuts(enabled: boolean, handlers: Record<ShortcutAction, () => void>): void {
  // The latest handlers, without re-adding the listener on every render.
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action || modalOpen()) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
