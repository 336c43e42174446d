import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpochPoint } from '../../core/modeling/curves';
import { startedAfterTestUse } from '../../core/modeling/test-lock';
import type { TrainConfig } from '../../core/modeling/train-config';
import { loadTestLock } from '../../store/test-lock-store';
import type { TrainingClient } from '../../workers/training-client';
import type { LabeledSet } from '../../workers/training-protocol';
import { addRun, getModelSession, updateRun } from './model-session';
import type { TrainingRun } from './model-session';
import { INTERRUPTED } from './run-format';
import { markStageTried } from '../../store/progress-store';

/** What a run trains on: the standardized training and validation sets, and which data choices they came from. */
export interface TrainingInput {
  train: LabeledSet;
  validation: LabeledSet;
  classes: number;
  /** The pipeline's URL query, recorded with the run so a later change of data is noticed. */
  dataKey: string;
}

/** At most this many milliseconds between two updates of a run's points in the page (≤ 10 per second). */
export const UI_UPDATE_MS = 100;


let counter = 0;

/** True once the test set has been used before `startedAt`: this run's later test score is no longer an honest estimate. */
function afterTestSeen(startedAt: string): boolean {
  return startedAfterTestUse(loadTestLock().lock, startedAt);
}

/** A new run record for the session store. */
export function newRun(config: TrainConfig, source: TrainingRun['source'], dataKey: string, status: TrainingRun['status'] = 'running'): TrainingRun {
  counter += 1;
  const startedAt = new Date().toISOString();
  return {
    id: `${source}-${Date.now().toString(36)}-${counter}`,
    source,
    config,
    points: [],
    status,
    model: null,
    durationMs: 0,
    elapsedMs: 0,
    backend: '',
    startedAt,
    dataKey,
    afterTestSeen: afterTestSeen(startedAt),
  };
}

/** Controls of the page's training: at most one run at a time. */
export interface TrainingRunControls {
  /** Session id of the run in progress, or null. */
  activeId: string | null;
  /** True from start until the run's outcome is recorded. */
  running: boolean;
  /** True after Stop was pressed, until the run ends. */
  stopping: boolean;
  /** The last worker crash (shown with Retry), or null. */
  crash: string | null;
  /**
   * Starts a run (or a run already queued in the session, by its id); resolves with its id and final status,
   * or null when it could not start (no worker, no data, or a run is already going).
   */
  start: (config: TrainConfig, queuedId?: string) => Promise<RunResult | null>;
  /** Asks the run to stop after its current epoch; it keeps what it learned. */
  stop: () => void;
  /** Forgets the last crash message. */
  clearCrash: () => void;
}

/** How a started run ended: its session id and final status. */
export interface RunResult {
  id: string;
  status: TrainingRun['status'];
}

interface Active {
  id: string;
  runId: string | null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs training in the worker and records each run in the shared session store. Epoch points are
 * buffered and written at most every UI_UPDATE_MS, so a fast run cannot flood React with renders.
 */
export function useTrainingRun(client: TrainingClient | null, input: TrainingInput | null, source: TrainingRun['source']): TrainingRunControls {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [stopping, setStopping] = useState(false);
  const [crash, setCrash] = useState<string | null>(null);
  // Synchronous guard: a second start in the same tick must not slip past React state.
  const active = useRef<Active | null>(null);
  const mounted = useRef(true);

  const start = useCallback(
    async (config: TrainConfig, queuedId?: string): Promise<RunResult | null> => {
      if (!client || !input || active.current) return null;
      const fresh = queuedId ? null : newRun(config, source, input.dataKey);
      const id = fresh ? fresh.id : (queuedId as string);
      const me: Active = { id, runId: null };
      active.current = me;
      if (fresh) addRun(fresh);
      else {
        const startedAt = new Date().toISOString();
        updateRun(id, { status: 'running', startedAt, afterTestSeen: afterTestSeen(startedAt), dataKey: input.dataKey, points: [] });
      }
      setActiveId(id);
      setStopping(false);
      setCrash(null);

      let buffer: EpochPoint[] = [];
      let elapsedMs = 0;
      let lastFlush = 0;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const flush = () => {
        if (timer) clearTimeout(timer);
        timer = null;
        lastFlush = performance.now();
        if (buffer.length === 0) return;
        const batch = buffer;
        buffer = [];
        updateRun(id, (r) => ({ points: [...r.points, ...batch], elapsedMs }));
      };
      const onEpochs = (points: EpochPoint[], elapsed: number) => {
        if (active.current !== me) return;
        buffer.push(...points);
        elapsedMs = elapsed;
        const wait = UI_UPDATE_MS - (performance.now() - lastFlush);
        if (wait <= 0) flush();
        else timer ??= setTimeout(flush, wait);
      };

      let status: TrainingRun['status'];
      try {
        const started = client.train({ config, train: input.train, validation: input.validation, classes: input.classes }, onEpochs);
        me.runId = started.runId;
        const outcome = await started.done;
        if (active.current !== me) return null;
        flush();
        status = outcome.end;
        updateRun(id, { status, model: outcome.model, durationMs: outcome.durationMs, elapsedMs: outcome.durationMs, backend: outcome.backend });
        if (source === 'train' && status === 'completed') markStageTried('train');
      } catch (e) {
        if (active.current !== me) return null;
        flush();
        status = 'error';
        const why = message(e) || 'The training worker stopped working.';
        updateRun(id, { status, error: why });
        if (mounted.current) setCrash(why);
      }
      active.current = null;
      if (mounted.current) {
        setActiveId(null);
        setStopping(false);
      }
      return { id, status };
    },
    [client, input, source],
  );

  const stop = useCallback(() => {
    const a = active.current;
    if (!a?.runId || !client) return;
    client.stop(a.runId);
    setStopping(true);
  }, [client]);

  // Leaving the page ends the worker; a run still going is recorded as interrupted, not left "running".
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      const a = active.current;
      active.current = null;
      if (a && getModelSession().runs.some((r) => r.id === a.id && r.status === 'running')) updateRun(a.id, { status: 'error', error: INTERRUPTED });
    };
  }, []);

  const clearCrash = useCallback(() => setCrash(null), []);
  return { activeId, running: activeId !== null, stopping, crash, start, stop, clearCrash };
}
