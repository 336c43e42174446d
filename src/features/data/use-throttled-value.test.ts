import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottledValue } from './use-throttled-value';

describe('useThrottledValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('applies the first change at once and only the last of a quick burst after the interval', () => {
    const { result, rerender } = renderHook(({ v }) => useThrottledValue(v, 150), { initialProps: { v: 1 } });
    expect(result.current).toBe(1);
    act(() => rerender({ v: 2 }));
    expect(result.current).toBe(2);
    act(() => rerender({ v: 3 }));
    act(() => rerender({ v: 4 }));
    expect(result.current).toBe(2);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(result.current).toBe(4);
  });
});
