import { useCallback, useEffect, useState } from 'react';
import { createTrainingClient } from '../../workers/training-client';
import type { TrainingClient } from '../../workers/training-client';

/** The page's training worker: its client (null until created), the backend it runs on, and a way to start a fresh one. */
export interface TrainingClientHandle {
  client: TrainingClient | null;
  /** "wasm" or "cpu" once the worker is ready; null before. */
  backend: string | null;
  /** Why the worker could not be started, or null. */
  error: string | null;
  /** Ends the current worker and starts a new one (after a crash). */
  restart: () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** One training worker per page visit, created when the page is first idle after mount and ended on unmount (or on restart). */
export function useTrainingClient(): TrainingClientHandle {
  const [generation, setGeneration] = useState(0);
  const [client, setClient] = useState<TrainingClient | null>(null);
  const [backend, setBackend] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    let created: TrainingClient | null = null;
    const start = () => {
      try {
        created = createTrainingClient();
      } catch (e) {
        setError(`The training worker could not start: ${message(e)}`);
        return;
      }
      const mine = created;
      setClient(mine);
      setBackend(null);
      setError(null);
      mine.backend().then(
        (name) => live && setBackend(name),
        (e: unknown) => live && setError(`The training worker could not start: ${message(e)}`),
      );
    };
    // The worker loads 1 MB of tfjs on its own thread; on a two-core laptop that competes with the page's first
    // render, so it starts when the page is first idle (within 1 s). A restart after a crash starts it at once.
    const idle = generation === 0 && typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(start, { timeout: 1000 }) : undefined;
    if (idle === undefined) start();
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      const mine = created;
      if (!mine) return;
      mine.dispose();
      setClient((c) => (c === mine ? null : c));
    };
  }, [generation]);

  const restart = useCallback(() => setGeneration((g) => g + 1), []);
  return { client, backend, error, restart };
}
