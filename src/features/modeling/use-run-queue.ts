import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrainConfig } from '../../core/modeling/train-config';
import { addRun, removeRuns } from './model-session';
import { newRun } from './use-training-run';
import type { TrainingInput, TrainingRunControls } from './use-training-run';

/** Where a queue is: which run (0-based) of how many. */
export interface QueueProgress {
  index: number;
  total: number;
}

/** How a queue ended: runs that finished, and the configs still to do when the worker crashed (the failed one first). */
export interface QueueOutcome {
  finished: number;
  total: number;
  crashed: boolean;
  leftover: TrainConfig[];
}

/**
 * Runs configurations one after another in the one training worker. All of them enter the session
 * as "queued" at once, so the results table shows what is still to come.
 */
export function useRunQueue(training: TrainingRunControls, input: TrainingInput | null) {
  const [progress, setProgress] = useState<QueueProgress | null>(null);
  const busy = useRef(false);
  const cancelled = useRef(false);
  const mounted = useRef(true);
  // Session ids of runs still waiting (not yet started).
  const waiting = useRef<string[]>([]);
  const { start, stop } = training;

  const runAll = useCallback(
    async (configs: readonly TrainConfig[]): Promise<QueueOutcome | null> => {
      if (busy.current || !input || configs.length === 0) return null;
      busy.current = true;
      cancelled.current = false;
      const runs = configs.map((c) => newRun(c, 'tune', input.dataKey, 'queued'));
      // The session lists newest first; adding in order puts the first config at the bottom, as run #1 of the batch.
      for (const r of runs) addRun(r);
      waiting.current = runs.map((r) => r.id);
      let finished = 0;
      let crashed = false;
      let leftover: TrainConfig[] = [];
      for (const [k, run] of runs.entries()) {
        if (cancelled.current) break;
        if (mounted.current) setProgress({ index: k, total: runs.length });
        waiting.current = waiting.current.filter((id) => id !== run.id);
        const result = await start(run.config, run.id);
        if (!result) break;
        if (result.status === 'error') {
          crashed = true;
          leftover = runs.slice(k).map((r) => r.config);
          break;
        }
        finished += 1;
      }
      if (waiting.current.length > 0) removeRuns(waiting.current);
      waiting.current = [];
      busy.current = false;
      if (mounted.current) setProgress(null);
      return { finished, total: runs.length, crashed, leftover };
    },
    [input, start],
  );

  /** Stops the run in progress (it keeps what it learned) and drops the runs still waiting. */
  const stopAll = useCallback(() => {
    cancelled.current = true;
    stop();
  }, [stop]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      cancelled.current = true;
      if (waiting.current.length > 0) removeRuns(waiting.current);
      waiting.current = [];
    };
  }, []);

  return { progress, running: progress !== null, runAll, stopAll };
}
