import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exchange, RequestSpec } from '../../core/http/exchange';
import { createRng } from '../../core/rng';
import { TRAFFIC_LIMITS } from '../../core/monitoring/traffic';
import type { SourceRow } from '../../core/monitoring/traffic';
import { clampRate, MAX_IN_FLIGHT, useTrafficGenerator } from './use-traffic-generator';

const sent: RequestSpec[] = [];
let answer: (spec: RequestSpec) => Promise<Exchange>;
vi.mock('../../api/client', () => ({ sendRequest: (spec: RequestSpec) => answer(spec) }));

let n = 0;
function ok(spec: RequestSpec): Promise<Exchange> {
  sent.push(spec);
  n += 1;
  return Promise.resolve({
    id: `ex-${n}`,
    request: spec,
    response: { status: 200, statusText: 'OK', headers: [['x-request-id', `req-${n}`]], body: '{}', bytes: 2 },
    error: null,
    startedAt: new Date().toISOString(),
    durationMs: 1,
  });
}

const ROWS: SourceRow[] = [
  { features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' },
  { features: { bill_length_mm: 50, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 }, species: 'Gentoo' },
];
const invocations = () => sent.filter((s) => s.url.endsWith('/invocations'));
const feedback = () => sent.filter((s) => s.url.endsWith('/feedback'));

function setup() {
  return renderHook(() => useTrafficGenerator(ROWS, { random: createRng(7), now: () => Date.now() }));
}

/** Advances fake time in small steps, letting the mocked responses (promises) settle in between. */
async function advance(ms: number) {
  for (let t = 0; t < ms; t += 50) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(50);
    });
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
  answer = ok;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useTrafficGenerator', () => {
  it('sends the rate per second through the API client, marked as the generator', async () => {
    const { result } = setup();
    act(() => result.current.setRate(20));
    act(() => result.current.start());
    await advance(1000);
    expect(invocations().length).toBeGreaterThanOrEqual(19);
    expect(invocations().length).toBeLessThanOrEqual(21);
    const first = invocations()[0];
    expect(first?.method).toBe('POST');
    expect(first?.headers).toContainEqual(['X-Client', 'traffic-generator']);
    expect(JSON.parse(first?.body ?? '')).toHaveProperty('instances');
    act(() => result.current.stop());
  });

  it('sends the ground truth as feedback 2–5 s after some answered predictions (about 4 in 10)', async () => {
    const { result } = setup();
    act(() => result.current.setRate(20));
    act(() => result.current.start());
    await advance(1000);
    expect(feedback()).toHaveLength(0);
    await advance(5000);
    // About 20 predictions a second were answered in the first 1-2 s and their feedback is due by now.
    expect(feedback().length).toBeGreaterThanOrEqual(6);
    expect(feedback().length).toBeLessThan(invocations().length * 0.7);
    const body = JSON.parse(feedback()[0]?.body ?? '');
    expect(body.request_id).toMatch(/^req-/);
    expect(['Adelie', 'Gentoo']).toContain(body.labels[0]);
    act(() => result.current.stop());
  });

  it('leaves no timer behind after stop, and drops the feedback still waiting', async () => {
    const { result } = setup();
    act(() => result.current.start());
    await advance(1000);
    act(() => result.current.stop());
    expect(result.current.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    const before = sent.length;
    await advance(6000);
    expect(sent.length).toBe(before);
  });

  it('stops on unmount with no timer left', async () => {
    const { result, unmount } = setup();
    act(() => result.current.start());
    await advance(500);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts answered, failed and dropped requests and never has more than MAX_IN_FLIGHT waiting', async () => {
    const waiting: (() => void)[] = [];
    answer = (spec) =>
      new Promise((resolve) => {
        sent.push(spec);
        waiting.push(() => resolve({ id: 'x', request: spec, response: null, error: 'No response: network error', startedAt: '', durationMs: 1 }));
      });
    const { result } = setup();
    act(() => result.current.setRate(50));
    act(() => result.current.start());
    await advance(1000);
    expect(invocations()).toHaveLength(MAX_IN_FLIGHT);
    await act(async () => {
      for (const w of waiting) w();
    });
    await advance(300);
    expect(result.current.counts.failed).toBe(MAX_IN_FLIGHT);
    expect(result.current.counts.dropped).toBeGreaterThan(20);
    act(() => result.current.stop());
  });

  it('stops by itself after the request cap', async () => {
    const { result } = setup();
    act(() => result.current.setRate(50));
    act(() => result.current.start());
    await act(async () => {
      await vi.advanceTimersByTimeAsync((TRAFFIC_LIMITS.maxRequests / 50) * 1000 + 2000);
    });
    expect(result.current.running).toBe(false);
    expect(invocations()).toHaveLength(TRAFFIC_LIMITS.maxRequests);
    expect(result.current.stopReason).toMatch(/Stopped after/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps the rate within the limits', () => {
    expect(clampRate(0)).toBe(TRAFFIC_LIMITS.minRate);
    expect(clampRate(500)).toBe(TRAFFIC_LIMITS.maxRate);
    expect(clampRate(Number.NaN)).toBe(TRAFFIC_LIMITS.minRate);
    expect(clampRate(12.4)).toBe(12);
  });
});
