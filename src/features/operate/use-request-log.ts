import { useCallback, useEffect, useRef, useState } from 'react';
import { requestLog } from '../../api/mock-api';
import type { RequestLogEntry, RequestLogView } from '../../core/monitoring/log-entry';

interface Shown {
  ready: boolean;
  entries: readonly RequestLogEntry[];
  total: number;
  error: string | null;
}

const EMPTY: readonly RequestLogEntry[] = [];

/**
 * The mock API's request log, re-rendered at most every `throttleMs` (the log can grow 50 times a second,
 * and every React commit on this page delays the mocked responses: MSW answers on the main thread).
 * The first change after a quiet spell shows at once; the last change always arrives.
 */
export function useRequestLog(throttleMs = 500): { ready: boolean; entries: readonly RequestLogEntry[]; total: number; clear: () => void; error: string | null } {
  const [shown, setShown] = useState<Shown>({ ready: false, entries: EMPTY, total: 0, error: null });
  const logRef = useRef<RequestLogView | null>(null);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = Number.NEGATIVE_INFINITY;
    let unsubscribe: () => void = () => {};
    const publish = (log: RequestLogView) => {
      timer = null;
      last = performance.now();
      setShown({ ready: true, entries: log.entries(), total: log.total(), error: null });
    };
    requestLog().then(
      (log) => {
        if (!alive) return;
        logRef.current = log;
        publish(log);
        unsubscribe = log.subscribe(() => {
          if (timer !== null) return;
          timer = setTimeout(() => publish(log), Math.max(0, last + throttleMs - performance.now()));
        });
      },
      (e: unknown) => {
        if (alive) setShown({ ready: false, entries: EMPTY, total: 0, error: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => {
      alive = false;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [throttleMs]);

  const clear = useCallback(() => logRef.current?.clear(), []);
  return { ...shown, clear };
}
