import type { CreateTrafficRunner } from '../workers/traffic-client';
import type { FromTrafficWorker, ToTrafficWorker } from '../workers/traffic-protocol';

/** For tests: a runner that records what the run posts and lets the test answer as the worker would. */
export function fakeRunner() {
  const posted: ToTrafficWorker[] = [];
  let reply: (m: FromTrafficWorker) => void = () => {};
  let crash: (why: string) => void = () => {};
  let disposed = 0;
  const create: CreateTrafficRunner = (onMessage, onError) => {
    reply = onMessage;
    crash = onError;
    return { post: (m) => posted.push(m), dispose: () => (disposed += 1) };
  };
  return { create, posted, reply: (m: FromTrafficWorker) => reply(m), crash: (why: string) => crash(why), disposed: () => disposed };
}
