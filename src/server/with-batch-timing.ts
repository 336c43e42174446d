import { batchSlot } from './batching-predictor';
import type { Wrapper } from './handler';

/**
 * Gives each request a slot the batching predictor fills in, then reports it in Server-Timing as
 * `batch;dur=<ms waited>;desc="<n> requests, <rows> rows in one model call"`: batching is visible, not hidden.
 */
export const withBatchTiming: Wrapper = (next) => (req) => {
  const slot: { batch?: { requests: number; rows: number; waitMs: number } } = {};
  return batchSlot.run(slot, async () => {
    const res = await next(req);
    const b = slot.batch;
    if (!b) return res;
    const entry = `batch;dur=${b.waitMs.toFixed(2)};desc="${b.requests} request${b.requests === 1 ? '' : 's'}, ${b.rows} row${b.rows === 1 ? '' : 's'} in one model call"`;
    const timing = res.headers.get('Server-Timing');
    res.headers.set('Server-Timing', timing ? `${timing}, ${entry}` : entry);
    return res;
  });
};
