import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The address parameters Explore's charts keep their choices in (kept apart from the pipeline's keys). */
export const CHART_QUERY_KEYS = ['scatter_x', 'scatter_y', 'hist', 'hist_bins', 'hist_mode', 'strip'] as const;
type ChartKey = (typeof CHART_QUERY_KEYS)[number];

/**
 * One chart choice kept in the address, so "Copy link" reproduces the charts on screen. A value the chart
 * does not offer (an edited or old link) reads as the default; the default itself is left out of the address.
 * The address is replaced, never pushed: changing a chart must not fill the Back button's history.
 */
export function useChartChoice<T extends string>(key: ChartKey, allowed: readonly T[], fallback: T): [T, (value: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(key);
  const value = raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
  const set = useCallback(
    (next: T) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === fallback) updated.delete(key);
          else updated.set(key, next);
          return updated;
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams, key, fallback],
  );
  return [value, set];
}

/** The chart choices in `search` (a location's query), as a query string to add to a shared link. */
export function chartChoicesQuery(search: string): string {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of CHART_QUERY_KEYS) {
    const v = from.get(key);
    if (v !== null) out.set(key, v);
  }
  return out.toString();
}
