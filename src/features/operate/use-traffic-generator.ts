import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { sendRequest } from '../../api/client';
import type { Random } from '../../core/rng';
import type { SourceRow, TrafficScenario } from '../../core/monitoring/traffic';
import { TRAFFIC_LIMITS, feedbackBody, makeTrafficRequest } from '../../core/monitoring/traffic';

/** The scheduler's beat (ms): one timer for every request and every feedback call of the run. */
export const TICK_MS = 50;
/** Most invocations waiting for an answer at once; beyond it a due request is dropped, not queued. */
export const MAX_IN_FLIGHT = 16;
/** Ground truth comes back this long after the prediction (ms), as labels trickle in from the field. */
export const FEEDBACK_DELAY_MS = { min: 2000, max: 5000 } as const;
/**
 * Share of answered predictions whose true species comes back as feedback. In the field labels arrive for
 * some requests only; and every call is work for the page's main thread, where MSW answers them all.
 */
export const FEEDBACK_SHARE = 0.4;
/** How often the counters re-render while traffic runs (ms). */
const COUNTS_MS = 250;

const INVOCATIONS = '/api/endpoints/penguins/invocations';
const FEEDBACK = '/api/endpoints/penguins/feedback';

/** What the generator did during the current or last run. */
export interface TrafficCounts {
  /** Invocations sent. */
  sent: number;
  /** Invocations answered with a 2xx status. */
  answered: number;
  /** Invocations answered with an error status, or with no answer at all (network error). */
  failed: number;
  /** Invocations not sent because MAX_IN_FLIGHT were still waiting (the endpoint is slower than the rate). */
  dropped: number;
  /** Ground-truth feedback calls sent. */
  feedback: number;
}

const ZERO: TrafficCounts = { sent: 0, answered: 0, failed: 0, dropped: 0, feedback: 0 };

/** A rate the generator accepts: a whole number of requests per second within TRAFFIC_LIMITS. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return TRAFFIC_LIMITS.minRate;
  return Math.min(TRAFFIC_LIMITS.maxRate, Math.max(TRAFFIC_LIMITS.minRate, Math.round(rate)));
}

interface Run {
  startedAt: number;
  lastTick: number;
  credit: number;
  inFlight: number;
  counts: TrafficCounts;
  feedback: { dueAt: number; requestId: string; labels: string[] }[];
  timer: ReturnType<typeof setInterval>;
  lastPublished: number;
}

/** Options for tests: a seeded random source and a clock. */
export interface TrafficGeneratorOptions {
  random?: Random;
  now?: () => number;
}

/**
 * Sends the chosen scenario's requests to the penguins endpoint at `rate` per second through the API client,
 * and for 4 in 10 answered predictions the true labels as feedback 2–5 s later. One interval drives everything; stopping
 * (by hand, at TRAFFIC_LIMITS' caps, or on unmount) clears it and forgets the feedback still waiting.
 */
export function useTrafficGenerator(rows: readonly SourceRow[], options: TrafficGeneratorOptions = {}) {
  const [scenario, setScenario] = useState<TrafficScenario>('normal');
  const [rate, setRateState] = useState(10);
  const [running, setRunning] = useState(false);
  const [counts, setCounts] = useState<TrafficCounts>(ZERO);
  const [stopReason, setStopReason] = useState<string | null>(null);
  const run = useRef<Run | null>(null);
  // The interval reads the latest settings from refs: changing them live never restarts the run.
  const live = useRef({ rows, scenario, rate, random: options.random ?? Math.random, now: options.now ?? (() => performance.now()) });
  live.current = { rows, scenario, rate, random: options.random ?? Math.random, now: options.now ?? (() => performance.now()) };

  const stop = useCallback((reason: string | null = null) => {
    const r = run.current;
    if (!r) return;
    clearInterval(r.timer);
    r.feedback = [];
    run.current = null;
    setCounts({ ...r.counts });
    setRunning(false);
    setStopReason(reason);
  }, []);

  const send = useCallback((r: Run) => {
    const { rows: source, scenario: kind, random } = live.current;
    const req = makeTrafficRequest(source, kind, random);
    r.counts.sent += 1;
    r.inFlight += 1;
    void sendRequest({
      method: 'POST',
      url: INVOCATIONS,
      headers: [
        ['Content-Type', req.contentType],
        ['Accept', 'application/json'],
        ['X-Client', 'traffic-generator'],
      ],
      body: req.body,
    }).then((ex) => {
      r.inFlight -= 1;
      const status = ex.response?.status ?? 0;
      if (status >= 200 && status < 300) r.counts.answered += 1;
      else r.counts.failed += 1;
      const requestId = ex.response?.headers.find(([n]) => n.toLowerCase() === 'x-request-id')?.[1];
      // A stopped run (run.current moved on) sends no more feedback.
      if (status === 200 && requestId && req.labels && run.current === r && live.current.random() < FEEDBACK_SHARE) {
        const delay = FEEDBACK_DELAY_MS.min + live.current.random() * (FEEDBACK_DELAY_MS.max - FEEDBACK_DELAY_MS.min);
        r.feedback.push({ dueAt: live.current.now() + delay, requestId, labels: req.labels });
      }
    });
  }, []);

  const sendFeedback = useCallback((r: Run, requestId: string, labels: string[]) => {
    r.counts.feedback += 1;
    void sendRequest({
      method: 'POST',
      url: FEEDBACK,
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Client', 'traffic-generator'],
      ],
      body: feedbackBody(requestId, labels),
    });
  }, []);

  const tick = useCallback(() => {
    const r = run.current;
    if (!r) return;
    const t = live.current.now();
    if (r.counts.sent >= TRAFFIC_LIMITS.maxRequests) return stop(`Stopped after ${TRAFFIC_LIMITS.maxRequests.toLocaleString('en')} requests (the limit of one run).`);
    if (t - r.startedAt >= TRAFFIC_LIMITS.maxMinutes * 60_000) return stop(`Stopped after ${TRAFFIC_LIMITS.maxMinutes} minutes (the limit of one run).`);
    // Credit accrues at `rate` per second; a late tick sends what is due, but never more than one second's worth.
    r.credit = Math.min(r.credit + ((t - r.lastTick) / 1000) * clampRate(live.current.rate), clampRate(live.current.rate));
    r.lastTick = t;
    while (r.credit >= 1 && r.counts.sent < TRAFFIC_LIMITS.maxRequests) {
      r.credit -= 1;
      if (r.inFlight >= MAX_IN_FLIGHT) r.counts.dropped += 1;
      else send(r);
    }
    if (r.feedback.some((f) => f.dueAt <= t)) {
      const due = r.feedback.filter((f) => f.dueAt <= t);
      r.feedback = r.feedback.filter((f) => f.dueAt > t);
      for (const f of due) sendFeedback(r, f.requestId, f.labels);
    }
    if (t - r.lastPublished >= COUNTS_MS) {
      r.lastPublished = t;
      const shown = { ...r.counts };
      startTransition(() => setCounts(shown));
    }
  }, [send, sendFeedback, stop]);

  const start = useCallback(() => {
    if (run.current || live.current.rows.length === 0) return;
    const t = live.current.now();
    run.current = {
      startedAt: t,
      lastTick: t,
      // The first request leaves on the first tick, so "start" visibly does something at once.
      credit: 1 - (TICK_MS / 1000) * clampRate(live.current.rate),
      inFlight: 0,
      counts: { ...ZERO },
      feedback: [],
      timer: setInterval(tick, TICK_MS),
      lastPublished: t,
    };
    setCounts(ZERO);
    setRunning(true);
    setStopReason(null);
  }, [tick]);

  const setRate = useCallback((value: number) => setRateState(clampRate(value)), []);

  // Leaving the page stops the traffic: no timer may outlive the component.
  useEffect(
    () => () => {
      const r = run.current;
      if (r) clearInterval(r.timer);
      run.current = null;
    },
    [],
  );

  return { running, scenario, setScenario, rate, setRate, counts, start, stop: () => stop(null), stopReason };
}
