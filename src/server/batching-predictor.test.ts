// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Predictor } from '../core/serving/model-artifact';
import { loadReferencePredictorFromDisk } from '../ml/load-predictor-node';
import { batchSlot, batchingPredictor } from './batching-predictor';
import type { BatchInfo } from './batching-predictor';

let reference: Predictor;
beforeAll(async () => {
  reference = (await loadReferencePredictorFromDisk()).predictor;
});

/** Counts model calls, to see how many requests shared one. */
function counting(inner: Predictor): Predictor & { calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    predict: (rows) => {
      calls.push(rows.length);
      return inner.predict(rows);
    },
  };
}

const row = fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }));

describe('batchingPredictor', () => {
  it('gives every concurrent request exactly the probabilities it would get alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(row, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), async (requests) => {
        const inner = counting(reference);
        const batched = batchingPredictor(inner);
        const together = await Promise.all(requests.map((rows) => batched.predict(rows)));
        const alone = await Promise.all(requests.map((rows) => reference.predict(rows)));
        expect(together).toEqual(alone);
        expect(inner.calls).toEqual([requests.flat().length]);
      }),
      { numRuns: 40 },
    );
  });

  it('tells each request how its batch looked', async () => {
    const batched = batchingPredictor(reference);
    const infos = await Promise.all(
      [1, 2, 3].map((n) => {
        const slot: { batch?: BatchInfo } = {};
        return batchSlot.run(slot, async () => {
          await batched.predict(Array.from({ length: n }, () => [0, 0, 0, 0]));
          return slot.batch;
        });
      }),
    );
    expect(infos.map((b) => [b?.requests, b?.rows])).toEqual([
      [3, 6],
      [3, 6],
      [3, 6],
    ]);
  });

  it('never puts more than maxRows rows in one call (a full request runs on its own)', async () => {
    const inner = counting(reference);
    const batched = batchingPredictor(inner, 10);
    const sizes = [4, 4, 4, 10, 1];
    await Promise.all(sizes.map((n) => batched.predict(Array.from({ length: n }, () => [0, 0, 0, 0]))));
    expect(inner.calls).toEqual([8, 4, 10, 1]);
  });

  it('fails only the bad request of a batch; the others get their answers', async () => {
    const batched = batchingPredictor(reference);
    const [good, bad, alsoGood] = await Promise.allSettled([batched.predict([[0, 0, 0, 0]]), batched.predict([[0, 0, 0]]), batched.predict([[1, 1, 1, 1]])]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(alsoGood.status).toBe('fulfilled');
  });
});
