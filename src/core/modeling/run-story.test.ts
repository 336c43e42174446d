import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpochPoint } from './curves';
import { bestEpoch, lossJumps, whatHappened } from './run-story';

const curve = (valLosses: number[], losses: number[] = valLosses.map((_, i) => 1 / (i + 1))): EpochPoint[] =>
  valLosses.map((v, i) => ({ epoch: i + 1, loss: losses[i] as number, accuracy: 0.9, valLoss: v, valAccuracy: 0.8 }));

describe('bestEpoch', () => {
  it('finds the lowest validation loss and the rise to the last epoch', () => {
    const b = bestEpoch(curve([1, 0.5, 0.4, 0.44, 0.6]));
    expect(b).toMatchObject({ epoch: 3, valLoss: 0.4, lastEpoch: 5, lastValLoss: 0.6 });
    expect(b?.rise).toBeCloseTo(0.5);
  });

  it('ignores non-finite points and is null without finite ones', () => {
    expect(bestEpoch(curve([Number.NaN]))).toBeNull();
    expect(bestEpoch(curve([0.5, 0.2, Number.NaN]))?.epoch).toBe(2);
  });

  it('the best epoch is never after the last, and the rise is never negative', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1e-6, max: 10, noNaN: true }), { minLength: 1, maxLength: 50 }), (vs) => {
        const b = bestEpoch(curve(vs));
        expect(b).not.toBeNull();
        expect(b?.epoch).toBeLessThanOrEqual(b?.lastEpoch ?? 0);
        expect(b?.rise).toBeGreaterThanOrEqual(0);
        expect(b?.valLoss).toBe(Math.min(...vs));
      }),
    );
  });
});

describe('whatHappened', () => {
  it('names the best epoch and the rise when validation loss rose by ≥ 10 %', () => {
    expect(whatHappened(curve([1, 0.5, 0.4, 0.44, 0.6]))).toMatch(/lowest at epoch 3 \(0\.400\), then rose by 50 % to 0\.600 by epoch 5/);
  });

  it('says there is no sign of overfitting when the last epoch is the best', () => {
    expect(whatHappened(curve([1, 0.5, 0.4]))).toMatch(/still at its lowest at the last epoch \(3\)/);
  });

  it('calls a small rise small', () => {
    expect(whatHappened(curve([1, 0.5, 0.4, 0.42]))).toMatch(/ended 5 % above/);
  });

  it('points at the learning rate when training loss keeps jumping up', () => {
    const losses = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 0.1 : 2));
    expect(lossJumps(curve(losses, losses)).ups).toBe(20);
    expect(whatHappened(curve(losses, losses))).toMatch(/went up instead of down in 20 of 40 epochs .*learning rate is too high/);
    expect(whatHappened(curve([1, 0.5, 0.4]))).not.toMatch(/learning rate/);
  });
});
