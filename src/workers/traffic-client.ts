import type { FromTrafficWorker, ToTrafficWorker } from './traffic-protocol';
import { startAppWorker } from './worker-scripts';

/** A place where traffic runs: the traffic worker in the app, an in-process handler in tests. */
export interface TrafficRunner {
  post(message: ToTrafficWorker): void;
  /** Ends it for good: the worker is terminated, so no timer or request of it can outlive the page. */
  dispose(): void;
}

/** Makes a runner that reports the worker's messages, and a crash or unreadable message as one sentence. */
export type CreateTrafficRunner = (onMessage: (message: FromTrafficWorker) => void, onError: (why: string) => void) => TrafficRunner;

/** Starts the traffic worker (a module worker): the generator's timer and fetch calls leave the page's main thread. */
export const createTrafficWorker: CreateTrafficRunner = (onMessage, onError) => {
  const worker = startAppWorker('traffic');
  worker.onmessage = (event: MessageEvent<FromTrafficWorker>) => onMessage(event.data);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    onError(`the traffic worker crashed (${event.message || 'it could not be loaded'})`);
  };
  worker.onmessageerror = () => onError('the traffic worker sent a message that could not be read');
  return { post: (message) => worker.postMessage(message), dispose: () => worker.terminate() };
};
