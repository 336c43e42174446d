import { AsyncLocalStorage } from 'node:async_hooks';
import type { Predictor } from '../core/serving/model-artifact';
import { MAX_INSTANCES } from '../core/serving/limits';

/** How long the first request of a batch waits for others to join, in milliseconds (Node's shortest timer). */
export const BATCH_WINDOW_MS = 1;

/** What one request's batch looked like: how many requests and rows shared the model call, and how long it waited. */
export interface BatchInfo {
  requests: number;
  rows: number;
  waitMs: number;
}

/** Per-request slot the batching predictor fills in, so the response can say how it was batched. */
export const batchSlot = new AsyncLocalStorage<{ batch?: BatchInfo }>();

interface Pending {
  rows: number[][];
  queuedAt: number;
  slot: { batch?: BatchInfo } | undefined;
  resolve: (probabilities: number[][]) => void;
  reject: (error: unknown) => void;
}

/**
 * Micro-batching, as TF Serving's batcher and Triton's dynamic batcher do: invocations that arrive within
 * `windowMs` of each other are run as one model call (up to `maxRows` rows) and their rows split back out. A tiny
 * model costs per call, not per row, so 32 requests in one call cost about what one did. Rows never mix
 * results: a dense network maps each row on its own. If a batch fails, each request runs alone, so one
 * bad request cannot fail the others.
 */
export function batchingPredictor(inner: Predictor, maxRows = MAX_INSTANCES, windowMs = BATCH_WINDOW_MS): Predictor {
  const queue: Pending[] = [];
  let scheduled = false;
  let running = false;

  const runAlone = (p: Pending) => inner.predict(p.rows).then(p.resolve, p.reject);

  async function flush(): Promise<void> {
    scheduled = false;
    if (running || queue.length === 0) return;
    running = true;
    const batch: Pending[] = [];
    let rows = 0;
    while (queue.length > 0 && (batch.length === 0 || rows + (queue[0] as Pending).rows.length <= maxRows)) {
      const p = queue.shift() as Pending;
      batch.push(p);
      rows += p.rows.length;
    }
    const startedAt = performance.now();
    for (const p of batch) if (p.slot) p.slot.batch = { requests: batch.length, rows, waitMs: startedAt - p.queuedAt };
    try {
      if (batch.length === 1) await runAlone(batch[0] as Pending);
      else {
        let all: number[][];
        try {
          all = await inner.predict(batch.flatMap((p) => p.rows));
        } catch {
          await Promise.all(batch.map(runAlone));
          return;
        }
        let at = 0;
        for (const p of batch) {
          p.resolve(all.slice(at, at + p.rows.length));
          at += p.rows.length;
        }
      }
    } finally {
      running = false;
      if (queue.length > 0) schedule();
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // Requests arrive over several event-loop turns (each reads its socket, parses, validates): waiting a
    // moment lets the ones already on their way join. TF Serving calls this batch_timeout_micros.
    setTimeout(() => void flush(), windowMs);
  }

  return {
    predict(rows) {
      if (rows.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        queue.push({ rows, queuedAt: performance.now(), slot: batchSlot.getStore(), resolve, reject });
        schedule();
      });
    },
  };
}
