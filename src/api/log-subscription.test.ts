import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestLogView } from '../core/monitoring/log-entry';
import { subscribeThrottled } from './log-subscription';

/** A log whose only working part is subscribe, plus a way to announce a change. */
function fakeLog() {
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  const change = () => {
    for (const listener of listeners) listener();
  };
  return { log: { subscribe } as unknown as RequestLogView, change, count: () => listeners.size };
}

describe('subscribeThrottled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces a burst into one call at once and one after the interval, never more often', () => {
    const { log, change } = fakeLog();
    const onChange = vi.fn();
    subscribeThrottled(log, 1000, onChange);
    change();
    vi.advanceTimersByTime(0);
    expect(onChange).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) change();
    vi.advanceTimersByTime(999);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('leaves no listener and no timer behind after unsubscribe', () => {
    const { log, change, count } = fakeLog();
    const onChange = vi.fn();
    const off = subscribeThrottled(log, 1000, onChange);
    change();
    off();
    vi.advanceTimersByTime(5000);
    expect(onChange).not.toHaveBeenCalled();
    expect(count()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
