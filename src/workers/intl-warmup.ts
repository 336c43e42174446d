import { startAppWorker } from './worker-scripts';

/** Give up on a warm-up that never reports (a worker that failed to load), so it holds nothing. */
const GIVE_UP_MS = 10_000;

/**
 * Starts a short-lived worker that builds one number and one date formatter, so ICU's locale data is loaded off the
 * main thread before the page formats its first number (see intl-warmup.worker.ts). Without workers it does
 * nothing: the page then pays the cost itself, as before.
 */
export function warmUpIntlOffMainThread(): void {
  if (typeof Worker === 'undefined') return;
  let worker: Worker;
  try {
    worker = startAppWorker('intl');
  } catch {
    return;
  }
  const stop = () => {
    clearTimeout(timer);
    worker.terminate();
  };
  const timer = setTimeout(stop, GIVE_UP_MS);
  worker.onmessage = stop;
  worker.onerror = stop;
}
