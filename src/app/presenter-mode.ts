import { useCallback, useEffect, useState } from 'react';
import type { PresenterSettings } from '../store/presenter-store';
import { loadPresenterSettings, savePresenterSettings } from '../store/presenter-store';

/**
 * Marks <html> so plain CSS can react: `data-presenter="on"` scales the type and hides quiz answers,
 * `data-reveal-answers` shows them again. Any feature can opt in by class names alone, without importing app code.
 */
export function applyPresenterAttributes(presenter: boolean, revealAnswers: boolean, root: HTMLElement = document.documentElement): void {
  if (presenter) root.dataset.presenter = 'on';
  else delete root.dataset.presenter;
  if (presenter && revealAnswers) root.dataset.revealAnswers = '';
  else delete root.dataset.revealAnswers;
}

// Applied when the app shell loads, before React's first paint, so a reload in presenter mode
// does not flash small type and then jump to large.
if (typeof document !== 'undefined') applyPresenterAttributes(loadPresenterSettings().presenter, false);

/** Presenter mode and the shortcut setting (both remembered per browser), and "Reveal answers" (this visit only). */
export function usePresenterMode() {
  const [settings, setSettings] = useState<PresenterSettings>(() => loadPresenterSettings());
  // Not stored: after a reload in front of a class, answers start hidden again.
  const [revealAnswers, setRevealAnswers] = useState(false);

  useEffect(() => {
    applyPresenterAttributes(settings.presenter, revealAnswers);
  }, [settings.presenter, revealAnswers]);

  const update = useCallback((change: Partial<PresenterSettings>) => {
    setSettings((before) => {
      const next = { ...before, ...change };
      savePresenterSettings(next);
      return next;
    });
  }, []);

  return {
    presenter: settings.presenter,
    shortcuts: settings.shortcuts,
    revealAnswers,
    setPresenter: (on: boolean) => {
      update({ presenter: on });
      if (!on) setRevealAnswers(false);
    },
    setShortcuts: (on: boolean) => update({ shortcuts: on }),
    setRevealAnswers,
  };
}
