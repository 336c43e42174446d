import type { RequestLogView } from '../core/monitoring/log-entry';

/**
 * Calls `onChange` after the log changes, at most once per `intervalMs`: the first change after a quiet spell
 * at once, the last change always. The log can grow 50+ times a second and its readers copy or scan it, so
 * every reader goes through this rather than `log.subscribe` directly. Returns the unsubscribe function.
 */
export function subscribeThrottled(log: RequestLogView, intervalMs: number, onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = Number.NEGATIVE_INFINITY;
  const fire = () => {
    timer = null;
    last = performance.now();
    onChange();
  };
  const unsubscribe = log.subscribe(() => {
    if (timer !== null) return;
    timer = setTimeout(fire, Math.max(0, last + intervalMs - performance.now()));
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
