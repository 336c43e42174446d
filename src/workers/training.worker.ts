// The training worker (a module worker): tfjs runs here so training never blocks the page.
// The logic is in training-handler.ts; this file only wires it to the worker's one message listener.
// First: zod must be jitless before any schema is created (the worker runs under the same CSP).
import '../core/zod-jitless';
import { createTrainingHandler } from './training-handler';
import type { FromTrainingWorker } from './training-protocol';

const handler = createTrainingHandler({ post: (message: FromTrainingWorker) => self.postMessage(message) });

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handler.handle(event.data);
});

// Starting the backend right away: the page creates this worker when it first needs it, and 'ready' tells it the backend.
void handler.init();
