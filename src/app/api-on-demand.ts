/** Whether `url` (absolute, as Resource Timing reports it) asks this page's own origin for the API under `base`. */
export function isOwnApiRequest(url: string, origin: string, base: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.origin === origin && parsed.pathname.startsWith(`${base.replace(/\/?$/, '/')}api/`);
  } catch {
    return false;
  }
}

/**
 * Calls `start` once, at the page's first request to its own /api (a fetch typed in DevTools, or any code that
 * did not start the in-tab API first). Pages that use the API start it themselves; a page of text never pays
 * for MSW (about 250 ms of main-thread work on a slow phone) unless someone asks it something. The request that
 * triggers the start reaches the static server and gets its 503 problem with Retry-After; a retry a moment
 * later gets the endpoint.
 */
export function startApiOnFirstRequest(start: () => void, origin: string, base: string): void {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('resource')) {
    // No Resource Timing to watch: start when the browser is idle, as before.
    setTimeout(start, 1000);
    return;
  }
  let started = false;
  const observer = new PerformanceObserver((list) => {
    if (started || !list.getEntries().some((entry) => isOwnApiRequest(entry.name, origin, base))) return;
    started = true;
    observer.disconnect();
    start();
  });
  // buffered: a request made before this ran (the first script tasks) counts too.
  observer.observe({ type: 'resource', buffered: true });
}
