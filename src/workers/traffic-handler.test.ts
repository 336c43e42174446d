import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import type { SourceRow } from '../core/monitoring/traffic';
import { TICK_MS } from '../core/monitoring/traffic-schedule';
import { createTrafficHandler } from './traffic-handler';
import type { FromTrafficWorker } from './traffic-protocol';

const ROWS: SourceRow[] = [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }];

/** A host with a hand-driven clock and interval, and a fetch that records calls and answers 200 (or throws). */
function fakeHost(answer: 'ok' | 'network-error' = 'ok') {
  const posted: FromTrafficWorker[] = [];
  const calls: { url: string; init: RequestInit }[] = [];
  const timers = new Map<number, () => void>();
  let nextTimer = 0;
  let t = 0;
  const host = {
    post: (m: FromTrafficWorker) => posted.push(m),
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      return new Response('{"predictions":[]}', { status: 200, headers: { 'X-Request-Id': `req-${calls.length}` } });
    }) as unknown as typeof fetch,
    now: () => t,
    random: createRng(9),
    setInterval: (fn: () => void) => {
      timers.set(++nextTimer, fn);
      return nextTimer;
    },
    clearInterval: (id: unknown) => timers.delete(id as number),
  };
  /** Advances the clock tick by tick, running the interval and letting fetch promises settle. */
  const advance = async (ms: number) => {
    for (let end = t + ms; t < end; ) {
      t += TICK_MS;
      for (const fn of [...timers.values()]) fn();
      for (let i = 0; i < 6; i++) await Promise.resolve();
    }
  };
  return { host, posted, calls, timers, advance };
}

const start = (runId: number, rate = 20) => ({ type: 'start' as const, runId, rows: ROWS, settings: { scenario: 'normal' as const, rate } });

describe('the traffic worker handler', () => {
  it('sends the invocations with the generator mark and reports counts a few times a second', async () => {
    const h = fakeHost();
    const handler = createTrafficHandler(h.host);
    handler.handle(start(1));
    await h.advance(1000);
    const first = h.calls[0];
    expect(first?.url).toBe('/api/endpoints/penguins/invocations');
    expect(first?.init.method).toBe('POST');
    expect(first?.init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Client': 'traffic-generator' });
    const counts = h.posted.filter((m) => m.type === 'counts');
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts.length).toBeLessThanOrEqual(5);
    expect(counts.at(-1)).toMatchObject({ runId: 1, counts: { failed: 0 } });
  });

  it('stop clears the interval and reports the final counts once, with the run id and no reason', async () => {
    const h = fakeHost();
    const handler = createTrafficHandler(h.host);
    handler.handle(start(4));
    await h.advance(500);
    handler.handle({ type: 'stop' });
    expect(h.timers.size).toBe(0);
    const stopped = h.posted.filter((m) => m.type === 'stopped');
    expect(stopped).toEqual([{ type: 'stopped', runId: 4, reason: null, counts: expect.objectContaining({ sent: h.calls.length }) }]);
    await h.advance(6000);
    expect(h.calls.filter((c) => c.url.endsWith('/invocations')).length).toBe(stopped[0]?.type === 'stopped' ? stopped[0].counts.sent : -1);
  });

  it('counts a network error as failed, and a new start replaces the running one', async () => {
    const h = fakeHost('network-error');
    const handler = createTrafficHandler(h.host);
    handler.handle(start(1));
    await h.advance(1000);
    handler.handle(start(2));
    expect(h.posted.find((m) => m.type === 'stopped')).toMatchObject({ runId: 1, counts: { answered: 0 } });
    expect(h.timers.size).toBe(1);
    await h.advance(1000);
    const last = h.posted.filter((m) => m.runId === 2).at(-1);
    expect(last?.type === 'counts' && last.counts.failed).toBeGreaterThan(10);
  });

  it('sends nothing while paused and owes nothing after resume', async () => {
    const h = fakeHost();
    const handler = createTrafficHandler(h.host);
    handler.handle(start(1, 10));
    await h.advance(1000);
    handler.handle({ type: 'pause' });
    const before = h.calls.length;
    await h.advance(5000);
    // Neither invocations nor feedback: the tab is hidden, so MSW would not answer them.
    expect(h.calls).toHaveLength(before);
    handler.handle({ type: 'resume' });
    await h.advance(1000);
    expect(h.calls.slice(before).filter((c) => c.url.endsWith('/invocations')).length).toBeLessThanOrEqual(11);
  });

  it('ignores messages it does not know and refuses a start without rows', () => {
    const h = fakeHost();
    const handler = createTrafficHandler(h.host);
    handler.handle({ type: 'nonsense' } as never);
    handler.handle(null as never);
    handler.handle({ ...start(3), rows: [] });
    expect(h.posted).toEqual([expect.objectContaining({ type: 'stopped', runId: 3, reason: 'No held-out rows to send.' })]);
    expect(h.timers.size).toBe(0);
  });
});
