// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../mocks/node';
import { createTestApi } from '../../mocks/node';
import { FAULT_HEADER, FaultInjector, NO_FAULTS } from './faults';

let clock = 0;
const slept: number[] = [];
const injector = new FaultInjector(
  () => clock,
  async (ms) => {
    slept.push(ms);
    clock += ms;
  },
  () => 0.5,
);
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ faults: injector });
});

const invoke = () =>
  api.endpoint(
    new Request('http://localhost/api/endpoints/penguins/invocations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ instances: [{ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }] }),
    }),
  );

describe('fault injection', () => {
  it('adds latency drawn from the range and marks the response', async () => {
    injector.set({ ...NO_FAULTS, latency: { minMs: 100, maxMs: 300 } });
    const res = await invoke();
    expect(res.status).toBe(200);
    expect(slept.at(-1)).toBe(200);
    expect(res.headers.get(FAULT_HEADER)).toBe('latency-200ms');
    injector.clear();
  });

  it('forces a status for the next N requests only, then stops by itself', async () => {
    injector.set({ ...NO_FAULTS, status: 503, remaining: 2 });
    expect(injector.active()).toBe(true);
    const a = await invoke();
    expect(a.status).toBe(503);
    expect(a.headers.get('Retry-After')).toBe('1');
    expect(a.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await invoke()).status).toBe(503);
    expect((await invoke()).status).toBe(200);
    expect(injector.active()).toBe(false);
  });

  it('drops the connection as a network error', async () => {
    injector.set({ ...NO_FAULTS, networkError: true, remaining: 1 });
    const res = await invoke();
    expect(res.type).toBe('error');
    expect((await invoke()).status).toBe(200);
  });

  it('answers 503 during a cold start after a deploy, then recovers', async () => {
    injector.set({ ...NO_FAULTS, coldStartSeconds: 3 });
    const put = await api.endpoint(new Request('http://localhost/api/endpoints/penguins', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"variants":[{"version":"v1","weight":100}]}' }));
    expect(put.status).toBe(200);
    const cold = await invoke();
    expect(cold.status).toBe(503);
    expect(cold.headers.get(FAULT_HEADER)).toBe('cold-start');
    expect(injector.describe()).toMatch(/cold start/);
    clock += 3001;
    expect((await invoke()).status).toBe(200);
    injector.clear();
  });
});
