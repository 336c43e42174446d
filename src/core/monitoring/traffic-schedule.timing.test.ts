import { describe, expect, it } from 'vitest';
import type { SourceRow, TrafficRequest } from './traffic';
import type { TrafficTransport } from './traffic-schedule';
import { FEEDBACK_DELAY_MS, TrafficSchedule } from './traffic-schedule';

// Exact timings of the schedule: a constant "random" makes every delay and every feedback pick known in advance.
const ROWS: SourceRow[] = [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }];

type Answer = { status: number; requestId: string | null } | 'reject';

/** A transport that answers every invocation at once with `answer(n)` (n counts from 1). */
function transportAnswering(answer: (n: number) => Answer) {
  const invoked: TrafficRequest[] = [];
  const batches: { requestId: string; labels: readonly string[] }[][] = [];
  const transport: TrafficTransport = {
    invoke(request) {
      invoked.push(request);
      const a = answer(invoked.length);
      return a === 'reject' ? Promise.reject(new Error('network down')) : Promise.resolve(a);
    },
    feedback: (items) => {
      batches.push([...items]);
    },
  };
  return { transport, invoked, batches };
}

const ok = (n: number): Answer => ({ status: 200, requestId: `req-${n}` });
/** Lets the answers (resolved promises) reach the schedule. */
const settle = async () => {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
};

describe('TrafficSchedule timing', () => {
  it('refuses to start without a source row', () => {
    expect(() => new TrafficSchedule([], { scenario: 'normal', rate: 1 }, transportAnswering(ok).transport, () => 0.5, 0)).toThrow(RangeError);
  });

  it('sends one request per 1/rate s from the first tick on: 19 in the first 975 ms at 20/s', () => {
    const { transport, invoked } = transportAnswering(ok);
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 20 }, transport, () => 0.25, 0);
    s.tick(975);
    // Answers have not settled within the tick, so beyond MAX_IN_FLIGHT the due requests are dropped: count both.
    const { sent, dropped } = s.snapshot();
    expect(sent + dropped).toBe(19);
    expect(invoked).toHaveLength(sent);
  });

  it('times the 5-minute cap from its own start, whatever the clock reads', () => {
    const start = 10_000_000;
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 1 }, transportAnswering(ok).transport, () => 0.25, start);
    expect(s.tick(start + 50)).toBeNull();
    expect(s.tick(start + 5 * 60_000 - 1)).toBeNull();
    expect(s.tick(start + 5 * 60_000)).toMatch(/Stopped after 5 minutes/);
  });

  it('sends a label exactly when due, each once, and the next batch exactly one second later', async () => {
    const { transport, invoked, batches } = transportAnswering(ok);
    // random() = 0.25: every answer is picked for feedback (below 0.4), due 2000 + 0.25 × 3000 = 2750 ms after it was asked.
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 1 }, transport, () => 0.25, 0);
    const delay = FEEDBACK_DELAY_MS.min + 0.25 * (FEEDBACK_DELAY_MS.max - FEEDBACK_DELAY_MS.min);
    expect(delay).toBe(2750);
    s.tick(50);
    await settle();
    s.tick(1050);
    await settle();
    expect(invoked).toHaveLength(2);
    s.tick(50 + delay - 1);
    await settle();
    expect(batches).toHaveLength(0);
    s.tick(50 + delay);
    await settle();
    // Only the first label is due: the second (asked at 1050) waits.
    expect(batches).toEqual([[{ requestId: 'req-1', labels: ['Adelie'] }]]);
    expect(s.snapshot().feedback).toBe(1);
    s.tick(1050 + delay);
    await settle();
    expect(batches).toEqual([[{ requestId: 'req-1', labels: ['Adelie'] }], [{ requestId: 'req-2', labels: ['Adelie'] }]]);
    expect(s.snapshot().feedback).toBe(2);
  });

  it('picks an answer for feedback only below FEEDBACK_SHARE: random() = 0.4 sends none', async () => {
    const { transport, batches } = transportAnswering(ok);
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 1 }, transport, () => 0.4, 0);
    for (let t = 50; t <= 10_050; t += 1000) {
      s.tick(t);
      await settle();
    }
    expect(batches).toHaveLength(0);
    expect(s.snapshot()).toMatchObject({ sent: 11, answered: 11, feedback: 0 });
  });

  it('asks feedback only for a 200 answer with a request id and labels; 3xx, errors and no answer count as failed', async () => {
    const answers: Answer[] = [{ status: 201, requestId: 'a' }, { status: 300, requestId: 'b' }, { status: 422, requestId: 'c' }, { status: 200, requestId: null }, 'reject', { status: 0, requestId: null }];
    const { transport, batches } = transportAnswering((n) => answers[n - 1] ?? ok(n));
    const s = new TrafficSchedule(ROWS, { scenario: 'normal', rate: 1 }, transport, () => 0.25, 0);
    for (let t = 50; t <= 5_050; t += 1000) {
      s.tick(t);
      await settle();
    }
    expect(s.snapshot()).toMatchObject({ sent: 6, answered: 2, failed: 4 });
    for (let t = 6_050; t <= 12_050; t += 1000) {
      s.tick(t);
      await settle();
    }
    // Only the requests from the 7th on (plain 200 with an id) came back as labels.
    expect(batches.flat().map((b) => b.requestId)).toEqual(['req-7', 'req-8', 'req-9', 'req-10']);
  });

  it('asks no feedback for a malformed request: it has no labels', async () => {
    const { transport, invoked, batches } = transportAnswering(ok);
    // random() = 0.1 makes every broken-client request malformed (below 0.3), answered 200 by this transport anyway.
    const s = new TrafficSchedule(ROWS, { scenario: 'broken-client', rate: 1 }, transport, () => 0.1, 0);
    for (let t = 50; t <= 10_050; t += 1000) {
      s.tick(t);
      await settle();
    }
    expect(invoked.every((r) => r.malformed)).toBe(true);
    expect(batches).toHaveLength(0);
  });
});
