import { useEffect, useState } from 'react';
import { faultInjector, whenMockApiStarted } from '../api/mock-api';
import type { FaultConfig, FaultInjector } from '../core/serving/faults';

/** A snapshot of the fault injection for rendering. */
export interface FaultsView {
  injector: FaultInjector | null;
  config: FaultConfig | null;
  active: boolean;
  description: string;
}

const EMPTY: FaultsView = { injector: null, config: null, active: false, description: 'none' };

function view(f: FaultInjector): FaultsView {
  return { injector: f, config: f.state().config, active: f.active(), description: f.describe() };
}

/** Follows the mock API's fault injection (once the API runs); refreshes each second while a cold start counts down. */
export function useFaults(startApi = false): FaultsView {
  const [state, setState] = useState<FaultsView>(EMPTY);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    let timer: ReturnType<typeof setInterval> | undefined;
    const attach = (f: FaultInjector) => {
      if (!live) return;
      setState(view(f));
      unsubscribe = f.subscribe(() => setState(view(f)));
      // A cold start ends by time, not by an event: re-read the state while one may be running.
      timer = setInterval(() => setState((s) => (s.active ? view(f) : s)), 1000);
    };
    // The banner waits for the API to be started by someone else; the panel starts it.
    const pending = startApi ? faultInjector() : whenMockApiStarted().then((api) => api.faults);
    pending.then(attach).catch(() => undefined);
    return () => {
      live = false;
      unsubscribe();
      if (timer) clearInterval(timer);
    };
  }, [startApi]);
  return state;
}
