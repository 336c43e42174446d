import type { RequestLogView } from '../core/monitoring/log-entry';
import type { MockApi } from '../mocks/browser';
import { pageIsServedByRealServer } from './answerer';

let starting: Promise<MockApi> | null = null;
let announce: (api: MockApi) => void = () => {};
const started = new Promise<MockApi>((resolve) => {
  announce = resolve;
});

/** Resolves when the API has started, without starting it (for observers such as the fault banner). */
export function whenMockApiStarted(): Promise<MockApi> {
  return started;
}

/**
 * Why the in-browser API could not start, as the one sentence every page shows: what failed, the likely
 * reason, and what to do. MSW's own messages ("[MSW] Failed to register…") are for developers, not learners.
 */
export function apiStartFailureMessage(error: unknown): string {
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) {
    return 'The in-browser API could not start, because this browser offers no service workers here (private browsing, a browser policy, or an address that is neither https nor localhost): open Deploy Lab in a normal window at its https or localhost address.';
  }
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/service ?worker|SecurityError|register/i.test(text)) {
    return 'The in-browser API could not start, because the browser refused its service worker (blocked site data or cookies, or a browser policy): allow site data for this site, or use a normal window, then reload the page.';
  }
  return 'The in-browser API could not start, because its set-up failed (the page may have lost its connection to the server): reload the page.';
}

/** Why the in-tab API stays off on a page that `npm run serve` served (one answerer of /api per origin). */
export const SERVED_BY_REAL_SERVER_MESSAGE =
  'This page was served by the real server (npm run serve), which answers /api itself, so the in-tab API stays off: what needs the in-tab API (its request log, fault injection) works only in the lab served by npm run dev or npm run preview.';

/**
 * Starts the in-browser API once (lazily: MSW stays off the first paint) and resolves when it answers. On a page
 * the real server served it never starts: two answerers of /api on one origin would make "who answered" a guess.
 */
export function ensureMockApi(): Promise<MockApi> {
  starting ??= pageIsServedByRealServer()
    .then((served) => {
      if (served) throw new Error(SERVED_BY_REAL_SERVER_MESSAGE);
      return import('../mocks/browser');
    })
    .then((m) => m.startMockApi())
    .then(
      (api) => {
        announce(api);
        return api;
      },
      (error: unknown) => {
        if (error instanceof Error && error.message === SERVED_BY_REAL_SERVER_MESSAGE) throw error;
        // The technical reason stays in the console for whoever debugs it; pages show the sentence.
        console.warn('Deploy Lab: the in-browser API could not start:', error);
        throw new Error(apiStartFailureMessage(error), { cause: error });
      },
    );
  // A failed start may be retried by the next caller.
  starting.catch(() => {
    starting = null;
  });
  return starting;
}

/** Restores the API's default state (endpoint "penguins" serving v1 at 100%), as the "reset" control promises. */
export async function resetMockApi(): Promise<void> {
  (await ensureMockApi()).resetToDefault();
}

/** A notice about stored API state that had to be discarded on start, or null. */
export async function mockApiNotice(): Promise<string | null> {
  return (await ensureMockApi()).notice;
}

/** The fault injector of the running mock API (starts the API if needed). */
export async function faultInjector(): Promise<MockApi['faults']> {
  return (await ensureMockApi()).faults;
}

/** The log of every /api exchange of this page visit (starts the API if needed): what the monitoring page reads. */
export async function requestLog(): Promise<RequestLogView> {
  return (await ensureMockApi()).log;
}
