// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FaultConfig } from './faults';
import { describeFaults, FAULT_HEADER, FaultInjector, faultsActive, NO_FAULTS } from './faults';
import { PROBLEM_TYPES } from './problem';

/** An injector on a hand-driven clock; `random` is fixed so the drawn latency is known. */
function rig(random = 0) {
  const t = { now: 0, slept: [] as number[] };
  const injector = new FaultInjector(
    () => t.now,
    async (ms) => {
      t.slept.push(ms);
    },
    () => random,
  );
  return { t, injector };
}
const cfg = (over: Partial<FaultConfig>): FaultConfig => ({ ...NO_FAULTS, ...over });

describe('faultsActive', () => {
  it('is on for each fault alone and for a cold start only until it ends', () => {
    expect(faultsActive(NO_FAULTS, null, 0)).toBe(false);
    expect(faultsActive(cfg({ latency: { minMs: 0, maxMs: 0 } }), null, 0)).toBe(true);
    expect(faultsActive(cfg({ status: 500 }), null, 0)).toBe(true);
    expect(faultsActive(cfg({ networkError: true }), null, 0)).toBe(true);
    expect(faultsActive(NO_FAULTS, 1000, 999)).toBe(true);
    expect(faultsActive(NO_FAULTS, 1000, 1000)).toBe(false);
    // Cold starts being switched on is not itself a fault until a deploy starts one.
    expect(faultsActive(cfg({ coldStartSeconds: 5, remaining: 3 }), null, 0)).toBe(false);
  });
});

describe('describeFaults', () => {
  it('lists each fault in plain words with the request count', () => {
    expect(describeFaults(NO_FAULTS, null, 0)).toBe('none');
    expect(describeFaults(cfg({ latency: { minMs: 200, maxMs: 800 }, status: 503, remaining: 3 }), null, 0)).toBe('latency 200–800 ms, every answer 503 (next 3 requests)');
    expect(describeFaults(cfg({ latency: { minMs: 50, maxMs: 50 }, remaining: 1 }), null, 0)).toBe('latency 50 ms (next 1 request)');
    expect(describeFaults(cfg({ networkError: true }), null, 0)).toBe('network error');
  });
  it('rounds the cold start up to whole seconds and drops it once over', () => {
    expect(describeFaults(NO_FAULTS, 3000, 1)).toBe('cold start for 3 more s');
    expect(describeFaults(NO_FAULTS, 3000, 2000)).toBe('cold start for 1 more s');
    expect(describeFaults(NO_FAULTS, 3000, 3000)).toBe('none');
  });
});

describe('FaultInjector', () => {
  it('lets requests through untouched with no faults, without sleeping', async () => {
    const { t, injector } = rig();
    expect(await injector.intercept('/api/ping')).toEqual({ replace: null, latencyMs: 0 });
    expect(t.slept).toEqual([]);
  });

  it('draws latency uniformly between min and max, rounded to whole ms', async () => {
    for (const [random, expected] of [
      [0, 100],
      [0.999, 300],
      [0.2526, 151],
    ] as const) {
      const { t, injector } = rig(random);
      injector.set(cfg({ latency: { minMs: 100, maxMs: 300 } }));
      expect(await injector.intercept('/api/x')).toEqual({ replace: null, latencyMs: expected });
      expect(t.slept).toEqual([expected]);
    }
  });

  it('does not sleep for a latency of 0 ms', async () => {
    const { t, injector } = rig();
    injector.set(cfg({ latency: { minMs: 0, maxMs: 0 } }));
    expect((await injector.intercept('/api/x')).latencyMs).toBe(0);
    expect(t.slept).toEqual([]);
  });

  it('gives 429 and 503 a Retry-After of 1 s and a 500 none', async () => {
    for (const status of [429, 503, 500] as const) {
      const { injector } = rig();
      injector.set(cfg({ status }));
      const res = (await injector.intercept('/api/models')).replace;
      expect(res?.status).toBe(status);
      expect(res?.headers.get(FAULT_HEADER)).toBe(`status-${status}`);
      expect(res?.headers.get('Retry-After')).toBe(status === 500 ? null : '1');
      expect(await res?.json()).toMatchObject({ type: PROBLEM_TYPES.injected, detail: `Fault injected by the instructor panel: every answer is ${status} for now.` });
    }
  });

  it('a network error wins over a status', async () => {
    const { injector } = rig();
    injector.set(cfg({ status: 503, networkError: true }));
    expect((await injector.intercept('/api/x')).replace?.type).toBe('error');
  });

  it('counts down remaining requests, telling listeners each time, and clears itself after the last', async () => {
    const { injector } = rig();
    let calls = 0;
    const off = injector.subscribe(() => calls++);
    injector.set(cfg({ status: 500, remaining: 2 }));
    expect(calls).toBe(1);
    await injector.intercept('/api/x');
    expect(injector.state().config.remaining).toBe(1);
    expect(calls).toBe(2);
    await injector.intercept('/api/x');
    expect(injector.state().config).toEqual(NO_FAULTS);
    expect(calls).toBe(3);
    off();
    injector.clear();
    expect(calls).toBe(3);
  });

  it('copies the config it is given, so a later change by the caller does not leak in', () => {
    const { injector } = rig();
    const mine = cfg({ status: 500 });
    injector.set(mine);
    mine.status = null;
    expect(injector.state().config.status).toBe(500);
  });

  it('cold-starts only ping and prediction paths, only after a deploy with cold starts on, for whole seconds', async () => {
    const { t, injector } = rig();
    injector.deployed();
    expect(injector.state().coldUntil).toBeNull();
    injector.set(cfg({ coldStartSeconds: 2 }));
    t.now = 500;
    injector.deployed();
    expect(injector.state().coldUntil).toBe(2500);
    expect(injector.active()).toBe(true);
    t.now = 1000;
    for (const path of ['/api/ping', '/api/endpoints/p/invocations', '/v2/models/p/infer']) {
      const { replace, latencyMs } = await injector.intercept(path);
      expect(latencyMs).toBe(0);
      expect(replace?.status).toBe(503);
      expect(replace?.headers.get('Retry-After')).toBe('2');
      expect(replace?.headers.get(FAULT_HEADER)).toBe('cold-start');
      expect(await replace?.json()).toMatchObject({ detail: 'The endpoint is starting (cold start): the model is still loading. Retry in 2 s.' });
    }
    for (const path of ['/api/models', '/api/ping/x', '/api/invocations/x']) expect((await injector.intercept(path)).replace).toBeNull();
    t.now = 2500;
    expect((await injector.intercept('/api/ping')).replace).toBeNull();
    expect(injector.describe()).toBe('none');
  });

  it('clear ends a cold start too', () => {
    const { injector } = rig();
    injector.startColdStart(5);
    expect(injector.state().coldUntil).toBe(5000);
    injector.clear();
    expect(injector.state()).toEqual({ config: NO_FAULTS, coldUntil: null });
    expect(injector.active()).toBe(false);
  });
});
