import { startTransition, useCallback, useEffect, useState } from 'react';
import type { TrafficRun } from '../../api/traffic-runner';
import { trafficRun } from '../../api/traffic-runner';
import type { SourceRow, TrafficScenario } from '../../core/monitoring/traffic';

export type { TrafficCounts } from '../../core/monitoring/traffic-schedule';

/** Options for tests: which run to follow (default: the app's one run, see api/traffic-runner). */
export interface TrafficGeneratorOptions {
  run?: TrafficRun;
}

/**
 * The Monitor page's handle on the app's traffic run: its state (re-rendered in a transition, so MSW's answers are not
 * held up behind the page's render) and the controls. The run is not the page's: leaving the page leaves it running,
 * and the header's indicator shows it and can stop it on any page.
 */
export function useTrafficGenerator(rows: readonly SourceRow[], options: TrafficGeneratorOptions = {}) {
  const run = options.run ?? trafficRun();
  const [state, setState] = useState(run.getState);

  useEffect(() => {
    let last = run.getState();
    setState(last);
    return run.subscribe(() => {
      const next = run.getState();
      // Start, stop and the learner's own choices show at once: a controlled radio or number input whose new value
      // waits for a transition snaps back to the old one first (and a fast click can read as "did not change").
      // Only the counters (a few times a second) go in a transition.
      const urgent =
        next.running !== last.running || next.paused !== last.paused || next.scenario !== last.scenario || next.rate !== last.rate;
      last = next;
      if (urgent) setState(next);
      else startTransition(() => setState(next));
    });
  }, [run]);

  const start = useCallback(() => run.start(rows), [run, rows]);
  const stop = useCallback(() => run.stop(), [run]);
  const setScenario = useCallback((scenario: TrafficScenario) => run.update({ scenario }), [run]);
  const setRate = useCallback((rate: number) => run.update({ rate }), [run]);

  return { ...state, setScenario, setRate, start, stop };
}
