import type { RequestLogView } from '../core/monitoring/log-entry';
import type { MockApi } from '../mocks/browser';

let starting: Promise<MockApi> | null = null;
let announce: (api: MockApi) => void = () => {};
const started = new Promise<MockApi>((resolve) => {
  announce = resolve;
});

/** Resolves when the API has started, without starting it (for observers such as the fault banner). */
export function whenMockApiStarted(): Promise<MockApi> {
  return started;
}

/** Starts the in-browser API once (lazily: MSW stays off the first paint) and resolves when it answers. */
export function ensureMockApi(): Promise<MockApi> {
  starting ??= import('../mocks/browser')
    .then((m) => m.startMockApi())
    .then((api) => {
      announce(api);
      return api;
    });
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
