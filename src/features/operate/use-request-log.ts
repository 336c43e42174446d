import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { subscribeThrottled } from '../../api/log-subscription';
import { requestLog } from '../../api/mock-api';
import type { RequestLogEntry, RequestLogView } from '../../core/monitoring/log-entry';

interface Shown {
  ready: boolean;
  entries: readonly RequestLogEntry[];
  total: number;
  /** How many entries the log holds at most (0 until it is ready). */
  capacity: number;
  error: string | null;
  /** Why the log of earlier visits could not be restored (it starts empty), or null. */
  notice: string | null;
}

const EMPTY: readonly RequestLogEntry[] = [];

/**
 * The mock API's request log, re-rendered at most every `throttleMs` (the log can grow 50 times a second,
 * and every React commit on this page delays the mocked responses: MSW answers on the main thread).
 * The first change after a quiet spell shows at once; the last change always arrives.
 */
export function useRequestLog(throttleMs = 500): Shown & { clear: () => void } {
  const [shown, setShown] = useState<Shown>({ ready: false, entries: EMPTY, total: 0, capacity: 0, error: null, notice: null });
  const logRef = useRef<RequestLogView | null>(null);

  useEffect(() => {
    let alive = true;
    let unsubscribe: () => void = () => {};
    // A transition: React renders the dashboard in slices and yields between them, so MSW's message events
    // (each mocked request's answer) are not held up behind one long render.
    const publish = (log: RequestLogView) => startTransition(() => setShown({ ready: true, entries: log.entries(), total: log.total(), capacity: log.capacity, error: null, notice: log.notice ?? null }));
    requestLog().then(
      (log) => {
        if (!alive) return;
        logRef.current = log;
        publish(log);
        unsubscribe = subscribeThrottled(log, throttleMs, () => publish(log));
      },
      (e: unknown) => {
        if (alive) setShown({ ready: false, entries: EMPTY, total: 0, capacity: 0, error: e instanceof Error ? e.message : String(e), notice: null });
      },
    );
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [throttleMs]);

  const clear = useCallback(() => logRef.current?.clear(), []);
  return { ...shown, clear };
}
