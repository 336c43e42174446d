import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { SourceRow, TrafficRequest } from './traffic';
import { TRAFFIC_LIMITS } from './traffic';
import type { TrafficTransport } from './traffic-schedule';
import { FEEDBACK_BATCH_MS, FEEDBACK_DELAY_MS, FEEDBACK_SHARE, MAX_IN_FLIGHT, TICK_MS, TrafficSchedule, clampRate } from './traffic-schedule';

const ROWS: SourceRow[] = [
  { features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' },
  { features: { bill_length_mm: 50, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 }, species: 'Gentoo' },
];

/** A transport whose invocations wait until `answerAll` (or answer at once with `auto`). */
function fakeTransport(auto = true) {
  const invoked: TrafficRequest[] = [];
  const feedback: { requestId: string; labels: readonly string[] }[] = [];
  const batches: number[] = [];
  const waiting: ((a: { status: number; requestId: string | null }) => void)[] = [];
  const transport: TrafficTransport = {
    invoke(request) {
      invoked.push(request);
      const id = `req-${invoked.length}`;
      return auto ? Promise.resolve({ status: 200, requestId: id }) : new Promise((resolve) => waiting.push(resolve));
    },
    feedback: (items) => {
      batches.push(items.length);
      feedback.push(...items);
    },
  };
  return { transport, invoked, feedback, waiting, batches };
}

/** Ticks every TICK_MS from `from` to `to` (ms), letting answers (promises) settle between ticks. */
async function run(schedule: TrafficSchedule, from: number, to: number): Promise<string | null> {
  for (let t = from; t <= to; t += TICK_MS) {
    const reason = schedule.tick(t);
    if (reason) return reason;
    await Promise.resolve();
    await Promise.resolve();
  }
  return null;
}

describe('TrafficSchedule', () => {
  it('sends `rate` requests per second, the first on the first tick', async () => {
    const { transport, invoked } = fakeTransport();
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 20 }, transport, createRng(1), 0);
    s.tick(TICK_MS);
    expect(invoked).toHaveLength(1);
    await run(s, 2 * TICK_MS, 10_000);
    expect(invoked.length).toBeGreaterThanOrEqual(199);
    expect(invoked.length).toBeLessThanOrEqual(201);
    expect(s.snapshot()).toMatchObject({ answered: invoked.length, failed: 0, dropped: 0 });
  });

  it('sends the true labels for about FEEDBACK_SHARE of the answers, 2–5 s after the prediction, batched once a second', async () => {
    const { transport, invoked, feedback, batches } = fakeTransport();
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 50 }, transport, createRng(2), 0);
    await run(s, TICK_MS, 1000);
    expect(feedback).toHaveLength(0);
    await run(s, 1000 + TICK_MS, 1000 + FEEDBACK_DELAY_MS.max + FEEDBACK_BATCH_MS);
    // One call per second at most, each carrying every label due by then.
    expect(batches.length).toBeLessThanOrEqual(Math.ceil((FEEDBACK_DELAY_MS.max + FEEDBACK_BATCH_MS) / FEEDBACK_BATCH_MS));
    expect(Math.max(...batches)).toBeGreaterThan(5);
    // Every prediction of the first second has had its feedback by now, if it was picked for feedback.
    const firstSecond = 50;
    expect(feedback.length).toBeGreaterThan(firstSecond * FEEDBACK_SHARE * 0.5);
    expect(feedback.length).toBeLessThan(invoked.length * (FEEDBACK_SHARE + 0.2));
    const first = feedback[0];
    const asked = invoked[Number(first?.requestId.slice(4)) - 1];
    expect(first?.labels).toEqual(asked?.labels);
  });

  it('never has more than MAX_IN_FLIGHT waiting: the rest is dropped and counted; errors and no answer count as failed', async () => {
    const { transport, invoked, waiting } = fakeTransport(false);
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 50 }, transport, createRng(3), 0);
    await run(s, TICK_MS, 1000);
    expect(invoked).toHaveLength(MAX_IN_FLIGHT);
    // About 50 were due in that second: all beyond the first MAX_IN_FLIGHT were dropped, none queued.
    expect(s.snapshot().dropped).toBeGreaterThanOrEqual(47 - MAX_IN_FLIGHT);
    expect(s.snapshot().dropped).toBeLessThanOrEqual(50 - MAX_IN_FLIGHT);
    for (const [i, answer] of waiting.entries()) answer(i % 2 === 0 ? { status: 0, requestId: null } : { status: 422, requestId: 'x' });
    await Promise.resolve();
    expect(s.snapshot()).toMatchObject({ sent: MAX_IN_FLIGHT, answered: 0, failed: MAX_IN_FLIGHT });
  });

  it('stops at the request cap and at the time cap, with a reason', async () => {
    const { transport, invoked } = fakeTransport();
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 50 }, transport, createRng(4), 0);
    const reason = await run(s, TICK_MS, (TRAFFIC_LIMITS.maxRequests / 50) * 1000 + 2000);
    expect(reason).toMatch(/Stopped after 5,000 requests/);
    expect(invoked).toHaveLength(TRAFFIC_LIMITS.maxRequests);
    const slow = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 1 }, fakeTransport().transport, createRng(5), 0);
    expect(slow.tick(TRAFFIC_LIMITS.maxMinutes * 60_000)).toMatch(/Stopped after 5 minutes/);
  });

  it('after stop sends nothing more: waiting feedback is forgotten and late answers schedule none', async () => {
    const { transport, invoked, feedback } = fakeTransport();
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 50 }, transport, createRng(6), 0);
    await run(s, TICK_MS, 1000);
    s.stop();
    const sent = invoked.length;
    await run(s, 1000 + TICK_MS, 10_000);
    expect(invoked).toHaveLength(sent);
    expect(feedback).toHaveLength(0);
  });

  it('owes nothing for a pause, and applies a new scenario and rate at once', async () => {
    const { transport, invoked } = fakeTransport();
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 10 }, transport, createRng(7), 0);
    await run(s, TICK_MS, 1000);
    const before = invoked.length;
    s.resume(60_000);
    s.update({ scenario: 'unit-mistake', rate: 50 });
    await run(s, 60_000 + TICK_MS, 61_000);
    expect(invoked.length - before).toBeGreaterThanOrEqual(49);
    expect(invoked.length - before).toBeLessThanOrEqual(51);
    expect(JSON.parse(invoked.at(-1)?.body ?? '{}').instances[0].body_mass_g).toBeLessThan(10);
  });

  it('keeps the rate within the limits', () => {
    expect(clampRate(0)).toBe(TRAFFIC_LIMITS.minRate);
    expect(clampRate(500)).toBe(TRAFFIC_LIMITS.maxRate);
    expect(clampRate(Number.NaN)).toBe(TRAFFIC_LIMITS.minRate);
    expect(clampRate(12.4)).toBe(12);
  });
});
