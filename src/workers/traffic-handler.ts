import type { Random } from '../core/rng';
import type { TrafficRequest } from '../core/monitoring/traffic';
import { feedbackBatchBody } from '../core/monitoring/traffic';
import type { TrafficCounts, TrafficTransport } from '../core/monitoring/traffic-schedule';
import { TICK_MS, TrafficSchedule, ZERO_COUNTS } from '../core/monitoring/traffic-schedule';
import type { FromTrafficWorker, ToTrafficWorker } from './traffic-protocol';

/** How often the counters go to the page while traffic runs (ms). */
export const COUNTS_MS = 250;

/** What the handler needs from its host: the worker's globals in production, fakes in tests. */
export interface TrafficHost {
  post: (message: FromTrafficWorker) => void;
  fetch: typeof fetch;
  now: () => number;
  random: Random;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (id: unknown) => void;
}

/** The generator's requests, marked with X-Client so the log and DevTools tell them from the learner's own. */
function fetchTransport(host: TrafficHost): TrafficTransport {
  const url = (action: 'invocations' | 'feedback') => `/api/endpoints/penguins/${action}`;
  return {
    async invoke(request: TrafficRequest) {
      try {
        const res = await host.fetch(url('invocations'), {
          method: 'POST',
          headers: { 'Content-Type': request.contentType, Accept: 'application/json', 'X-Client': 'traffic-generator' },
          body: request.body,
        });
        // Read to the end: the exchange is complete only once the body arrived.
        await res.arrayBuffer();
        return { status: res.status, requestId: res.headers.get('X-Request-Id') };
      } catch {
        return { status: 0, requestId: null };
      }
    },
    feedback(items) {
      host
        .fetch(url('feedback'), { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Client': 'traffic-generator' }, body: feedbackBatchBody(items) })
        .then((res) => res.arrayBuffer())
        .catch(() => {});
    },
  };
}

const sameCounts = (a: TrafficCounts | null, b: TrafficCounts) =>
  a !== null && a.sent === b.sent && a.answered === b.answered && a.failed === b.failed && a.dropped === b.dropped && a.feedback === b.feedback;

/**
 * The traffic worker's logic: one run at a time, driven by one interval of TICK_MS. A new `start` replaces the
 * run; `stop` (or a cap) clears the interval and reports the final counts. Malformed messages are ignored.
 */
export function createTrafficHandler(host: TrafficHost) {
  const transport = fetchTransport(host);
  let run: { runId: number; schedule: TrafficSchedule; timer: unknown; paused: boolean; lastPosted: number; posted: TrafficCounts | null } | null = null;

  const end = (reason: string | null) => {
    if (!run) return;
    host.clearInterval(run.timer);
    run.schedule.stop();
    host.post({ type: 'stopped', runId: run.runId, counts: run.schedule.snapshot(), reason });
    run = null;
  };

  const tick = () => {
    const r = run;
    if (!r || r.paused) return;
    const t = host.now();
    const reason = r.schedule.tick(t);
    if (reason !== null) {
      end(reason);
      return;
    }
    if (t - r.lastPosted >= COUNTS_MS) {
      r.lastPosted = t;
      const counts = r.schedule.snapshot();
      if (!sameCounts(r.posted, counts)) host.post({ type: 'counts', runId: r.runId, counts });
      r.posted = counts;
    }
  };

  return {
    handle(message: ToTrafficWorker): void {
      switch (message?.type) {
        case 'start': {
          if (run) end(null);
          if (!Array.isArray(message.rows) || message.rows.length === 0) {
            host.post({ type: 'stopped', runId: message.runId, counts: { ...ZERO_COUNTS }, reason: 'No held-out rows to send.' });
            break;
          }
          const t = host.now();
          run = { runId: message.runId, schedule: new TrafficSchedule(message.rows, message.settings, transport, host.random, t), timer: null, paused: false, lastPosted: t, posted: null };
          run.timer = host.setInterval(tick, TICK_MS);
          break;
        }
        case 'update':
          run?.schedule.update(message.settings);
          break;
        case 'pause':
          if (run) run.paused = true;
          break;
        case 'resume':
          if (run?.paused) {
            run.paused = false;
            run.schedule.resume(host.now());
          }
          break;
        case 'stop':
          end(null);
          break;
        default:
          break;
      }
    },
  };
}
