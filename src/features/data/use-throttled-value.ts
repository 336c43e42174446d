import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * The value, updated at most once per `intervalMs` (first change at once, the last one always
 * arrives): a slider drag then redraws the charts a few times a second, not on every step.
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const apply = () => {
      last.current = performance.now();
      startTransition(() => setShown(value));
    };
    const wait = last.current === null ? 0 : last.current + intervalMs - performance.now();
    if (wait <= 0) {
      apply();
      return;
    }
    const timer = setTimeout(apply, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
