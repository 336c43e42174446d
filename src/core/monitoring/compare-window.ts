import type { VersionStats } from './dashboard';
import { computeDashboard } from './dashboard';
import type { RequestLogEntry } from './log-entry';
import type { ConfigChange } from './versions';

/**
 * When the traffic split of `endpoint` last changed, ms since the Unix epoch: the newest of the page's recorded
 * config changes (`history`, stamped when the PUT was answered) and the accepted (2xx) PUT or DELETE of
 * /api/endpoints/{endpoint} in the log (from the inspector or DevTools too; it counts from its answer). Null when
 * neither knows a change.
 */
export function lastTrafficChange(entries: readonly RequestLogEntry[], endpoint: string, history: readonly ConfigChange[]): number | null {
  let last = history.reduce<number | null>((t, c) => (t === null || c.at > t ? c.at : t), null);
  const path = `/api/endpoints/${encodeURIComponent(endpoint)}`;
  for (const e of entries) {
    if ((e.method === 'PUT' || e.method === 'DELETE') && e.path === path && e.status >= 200 && e.status < 300) {
      const at = e.startedAt + e.durationMs;
      if (last === null || at > last) last = at;
    }
  }
  return last;
}

/**
 * Per-version stats of the invocations of `endpoint` that started at or after `since` (up to `now`, ms since the
 * epoch); feedback of any time joins them. Every such request was routed by the config in force since `since`, so
 * each version's share of requests estimates its configured weight, which a fixed "last minute" spanning a change does not.
 */
export function versionStatsSince(entries: readonly RequestLogEntry[], options: { since: number; now: number; endpoint?: string }): VersionStats[] {
  const { since, now } = options;
  const span = Math.max(1, now - since);
  const kept = entries.filter((e) => e.kind !== 'invocation' || e.startedAt >= since);
  // Two buckets of `span`: the first starts at or before `since` (computeDashboard aligns buckets), the filter did the cut.
  return computeDashboard(kept, { now, windowMs: 2 * span, bucketMs: span, ...(options.endpoint ? { endpoint: options.endpoint } : {}) }).versions;
}
