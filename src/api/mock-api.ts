import type { MockApi } from '../mocks/browser';

let starting: Promise<MockApi> | null = null;

/** Starts the in-browser API once (lazily: MSW stays off the first paint) and resolves when it answers. */
export function ensureMockApi(): Promise<MockApi> {
  starting ??= import('../mocks/browser').then((m) => m.startMockApi());
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
