import { useEffect, useState } from 'react';

/**
 * The value, one macrotask late: when one change feeds two heavy charts, giving the second one this
 * makes them redraw in two tasks instead of one long one (the main thread stays free for input and MSW between).
 */
export function useNextTaskValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const timer = setTimeout(() => setShown(value), 0);
    return () => clearTimeout(timer);
  }, [value, shown]);
  return shown;
}
