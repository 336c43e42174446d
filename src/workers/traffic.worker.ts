// The traffic worker: the generator's timer and fetch calls run here, off the page's main thread, which
// already answers every request (MSW hands each one to the page). The logic is in traffic-handler.ts.
// First: zod must be jitless before any schema is created (the worker runs under the same CSP).
import '../core/zod-jitless';
import { createTrafficHandler } from './traffic-handler';
import type { FromTrafficWorker, ToTrafficWorker } from './traffic-protocol';

const handler = createTrafficHandler({
  post: (message: FromTrafficWorker) => self.postMessage(message),
  fetch: (input, init) => fetch(input, init),
  now: () => performance.now(),
  random: Math.random,
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (id) => clearInterval(id as ReturnType<typeof setInterval>),
});

self.addEventListener('message', (event: MessageEvent<ToTrafficWorker>) => handler.handle(event.data));
