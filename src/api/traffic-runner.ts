import type { SourceRow, TrafficScenario } from '../core/monitoring/traffic';
import type { TrafficCounts, TrafficSettings } from '../core/monitoring/traffic-schedule';
import { ZERO_COUNTS, clampRate } from '../core/monitoring/traffic-schedule';
import type { CreateTrafficRunner, TrafficRunner } from '../workers/traffic-client';
import { createTrafficWorker } from '../workers/traffic-client';
import type { FromTrafficWorker } from '../workers/traffic-protocol';
import { ensureMockApi } from './mock-api';

/** What the traffic run shows: whether it runs (or is held while the tab is hidden), its settings, counts and why it last stopped. */
export interface TrafficRunState {
  running: boolean;
  /** Running but held while the tab is hidden. */
  paused: boolean;
  scenario: TrafficScenario;
  /** Requests per second. */
  rate: number;
  counts: TrafficCounts;
  /** The sentence saying why the last run ended by itself (a cap, a crash), or null (stopped by hand, or never ran). */
  stopReason: string | null;
}

/** The traffic generator's run, owned by no page: pages and the header subscribe to it; it outlives them. */
export interface TrafficRun {
  getState(): TrafficRunState;
  /** Calls `listener` after every change of the state; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Starts a run with these rows and the current settings (a running one is replaced); nothing without rows. */
  start(rows: readonly SourceRow[]): void;
  /** Stops the run; its final counts arrive with the worker's last message. */
  stop(): void;
  /** Changes scenario and/or rate (applied to the running traffic at once). */
  update(settings: Partial<TrafficSettings>): void;
  /** Ends the worker and stops listening to the page (tests). */
  dispose(): void;
}

/** Where the run's traffic goes: injectable for tests. */
export interface TrafficRunOptions {
  createRunner?: CreateTrafficRunner;
  /** Resolves once the in-browser API answers (the worker's requests reach MSW only then). */
  ensureApi?: () => Promise<unknown>;
  /** Whether the tab is hidden: MSW's worker answers a web worker's requests only for a visible page. */
  isHidden?: () => boolean;
}

const documentHidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/**
 * Creates a traffic run: it sends the chosen scenario's requests from the traffic worker at `rate` per second (and
 * feedback for a share of them; see TrafficSchedule), pauses while the tab is hidden, and stops by hand, at the
 * worker's caps, or when the worker crashes. It belongs to no page, so moving between Monitor and Update keeps it going.
 */
export function createTrafficRun(options: TrafficRunOptions = {}): TrafficRun {
  const createRunner = options.createRunner ?? createTrafficWorker;
  // Looked up when a run starts, not before: pages that never start traffic need no API.
  const ensureApi = options.ensureApi ?? (() => ensureMockApi());
  const isHidden = options.isHidden ?? documentHidden;
  const listeners = new Set<() => void>();
  let state: TrafficRunState = { running: false, paused: false, scenario: 'normal', rate: 10, counts: ZERO_COUNTS, stopReason: null };
  let runner: TrafficRunner | null = null;
  // The id of the latest run (messages of older runs are ignored), and whether it is still wanted: a start
  // still waiting for the API must not begin after a stop.
  let latest = 0;
  let wanted = false;

  function set(patch: Partial<TrafficRunState>): void {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A broken subscriber must not stop the others nor the run.
      }
    }
  }

  const settings = (): TrafficSettings => ({ scenario: state.scenario, rate: state.rate });

  // A hidden tab pauses the run (MSW would let the worker's requests through to the network).
  const followVisibility = () => {
    if (!wanted) return;
    const hidden = isHidden();
    runner?.post({ type: hidden ? 'pause' : 'resume' });
    set({ paused: hidden });
  };
  const watchVisibility = (on: boolean) => {
    if (typeof document === 'undefined') return;
    if (on) document.addEventListener('visibilitychange', followVisibility);
    else document.removeEventListener('visibilitychange', followVisibility);
  };

  function ended(patch: Partial<TrafficRunState>): void {
    wanted = false;
    watchVisibility(false);
    set({ running: false, paused: false, ...patch });
  }

  function onMessage(message: FromTrafficWorker): void {
    if (message.runId !== latest) return;
    if (message.type === 'counts') set({ counts: message.counts });
    else ended({ counts: message.counts, stopReason: message.reason });
  }

  function connect(): TrafficRunner {
    runner ??= createRunner(onMessage, (why) => {
      runner?.dispose();
      runner = null;
      ended({ stopReason: `Traffic stopped: ${why}. Start again to retry.` });
    });
    return runner;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(rows) {
      if (rows.length === 0) return;
      const mine = ++latest;
      const copy = [...rows];
      wanted = true;
      watchVisibility(true);
      set({ running: true, paused: false, counts: ZERO_COUNTS, stopReason: null });
      ensureApi().then(
        () => {
          if (latest !== mine || !wanted) return;
          const r = connect();
          r.post({ type: 'start', runId: mine, rows: copy, settings: settings() });
          if (isHidden()) {
            r.post({ type: 'pause' });
            set({ paused: true });
          }
        },
        (e: unknown) => {
          if (latest !== mine || !wanted) return;
          // The rejection is already the one sentence to show (what failed, why, what to do).
          ended({ stopReason: e instanceof Error ? e.message : String(e) });
        },
      );
    },
    stop() {
      runner?.post({ type: 'stop' });
      ended({});
    },
    update(patch) {
      const next = { scenario: patch.scenario ?? state.scenario, rate: patch.rate === undefined ? state.rate : clampRate(patch.rate) };
      if (next.scenario === state.scenario && next.rate === state.rate) return;
      set(next);
      if (wanted) runner?.post({ type: 'update', settings: next });
    },
    dispose() {
      wanted = false;
      watchVisibility(false);
      runner?.dispose();
      runner = null;
      listeners.clear();
    },
  };
}

let shared: TrafficRun | null = null;

/** The app's one traffic run (created on first use; the worker starts only with the first run). */
export function trafficRun(): TrafficRun {
  shared ??= createTrafficRun();
  return shared;
}
