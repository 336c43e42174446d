import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';

/** The page's query as it was when the page opened (a shared link's settings), fixed for the page's life. */
export function useArrivalQuery(): string {
  const [params] = useSearchParams();
  const [arrival] = useState(() => params.toString());
  return arrival;
}

/**
 * Keeps the page's choices in its address, so "Copy link to this view" carries them. Whenever `key` changes, the
 * query becomes `build(current query)`: replaced, not pushed (Back leaves the page instead of undoing a setting),
 * debounced while typing, without scrolling, and only when it differs.
 */
export function useReplaceQuery(build: (query: string) => URLSearchParams, key: string): void {
  const [params, setParams] = useSearchParams();
  const latest = useRef({ params, setParams, build });
  latest.current = { params, setParams, build };
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for what build reads; the ref holds the rest
  useEffect(() => {
    const timer = setTimeout(() => {
      const { params: now, setParams: set, build: make } = latest.current;
      const next = make(now.toString());
      if (next.toString() !== now.toString()) set(next, { replace: true, preventScrollReset: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [key]);
}
