import { useSyncExternalStore } from 'react';

// The app shell marks <html data-presenter="on">; shared UI reads that mark instead of importing app code.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-presenter'] });
  return () => observer.disconnect();
}
const read = () => document.documentElement.dataset.presenter === 'on';

/** True while presenter mode is on (the `data-presenter` mark on <html>); re-renders when it changes. */
export function usePresenterOn(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
