import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { ensureMockApi } from '../../api/mock-api';
import type { SourceRow, TrafficScenario } from '../../core/monitoring/traffic';
import type { TrafficCounts } from '../../core/monitoring/traffic-schedule';
import { ZERO_COUNTS, clampRate } from '../../core/monitoring/traffic-schedule';
import type { CreateTrafficRunner, TrafficRunner } from '../../workers/traffic-client';
import { createTrafficWorker } from '../../workers/traffic-client';
import type { FromTrafficWorker } from '../../workers/traffic-protocol';

export type { TrafficCounts } from '../../core/monitoring/traffic-schedule';

/** Options for tests: where the traffic runs (default: the traffic worker). */
export interface TrafficGeneratorOptions {
  createRunner?: CreateTrafficRunner;
}

/** Whether a visible tab is needed: MSW's worker answers a web worker's requests only for a visible page. */
const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Sends the chosen scenario's requests to the penguins endpoint at `rate` per second from the traffic worker, and
 * for FEEDBACK_SHARE of the answered predictions the true labels as feedback 2–5 s later (see TrafficSchedule). Scenario and
 * rate change live. The run pauses while the tab is hidden; stopping (by hand, at a cap, or on unmount) ends it.
 */
export function useTrafficGenerator(rows: readonly SourceRow[], options: TrafficGeneratorOptions = {}) {
  const [scenario, setScenario] = useState<TrafficScenario>('normal');
  const [rate, setRateState] = useState(10);
  const [running, setRunning] = useState(false);
  const [paused, setPaused] = useState(false);
  const [counts, setCounts] = useState<TrafficCounts>(ZERO_COUNTS);
  const [stopReason, setStopReason] = useState<string | null>(null);
  const runner = useRef<TrafficRunner | null>(null);
  // The id of the latest run (messages of older runs are ignored), and whether it is still wanted: a start
  // still waiting for the API must not begin after a stop.
  const latest = useRef(0);
  const wanted = useRef(false);
  const live = useRef({ rows, settings: { scenario, rate }, createRunner: options.createRunner ?? createTrafficWorker });
  live.current = { rows, settings: { scenario, rate }, createRunner: options.createRunner ?? createTrafficWorker };

  const onMessage = useCallback((message: FromTrafficWorker) => {
    if (message.runId !== latest.current) return;
    if (message.type === 'counts') {
      startTransition(() => setCounts(message.counts));
      return;
    }
    wanted.current = false;
    setCounts(message.counts);
    setRunning(false);
    setPaused(false);
    setStopReason(message.reason);
  }, []);

  const connect = useCallback((): TrafficRunner => {
    runner.current ??= live.current.createRunner(onMessage, (why) => {
      runner.current?.dispose();
      runner.current = null;
      wanted.current = false;
      setRunning(false);
      setStopReason(`Traffic stopped: ${why}. Start again to retry.`);
    });
    return runner.current;
  }, [onMessage]);

  const start = useCallback(() => {
    if (live.current.rows.length === 0) return;
    const mine = ++latest.current;
    wanted.current = true;
    setCounts(ZERO_COUNTS);
    setRunning(true);
    setStopReason(null);
    // The worker's requests reach MSW only once it controls the page: make sure the in-browser API is up.
    ensureMockApi().then(
      () => {
        if (latest.current !== mine || !wanted.current) return;
        const r = connect();
        r.post({ type: 'start', runId: mine, rows: [...live.current.rows], settings: live.current.settings });
        if (hidden()) {
          r.post({ type: 'pause' });
          setPaused(true);
        }
      },
      (e: unknown) => {
        if (latest.current !== mine || !wanted.current) return;
        wanted.current = false;
        setRunning(false);
        // The rejection is already the one sentence to show (what failed, why, what to do).
        setStopReason(e instanceof Error ? e.message : String(e));
      },
    );
  }, [connect]);

  // The final counts come with the worker's 'stopped' message, which still carries this run's id.
  const stop = useCallback(() => {
    wanted.current = false;
    runner.current?.post({ type: 'stop' });
    setRunning(false);
    setPaused(false);
  }, []);

  // Scenario and rate apply to the running traffic at once.
  useEffect(() => {
    if (wanted.current) runner.current?.post({ type: 'update', settings: { scenario, rate } });
  }, [scenario, rate]);

  // A hidden tab pauses the run (MSW would let the worker's requests through to the network).
  useEffect(() => {
    if (!running) return;
    const follow = () => {
      setPaused(hidden());
      runner.current?.post({ type: hidden() ? 'pause' : 'resume' });
    };
    document.addEventListener('visibilitychange', follow);
    return () => document.removeEventListener('visibilitychange', follow);
  }, [running]);

  // Leaving the page ends the traffic: terminating the worker takes every timer and request of it along.
  useEffect(
    () => () => {
      wanted.current = false;
      runner.current?.dispose();
      runner.current = null;
    },
    [],
  );

  const setRate = useCallback((value: number) => setRateState(clampRate(value)), []);

  return { running, paused, scenario, setScenario, rate, setRate, counts, start, stop, stopReason };
}
