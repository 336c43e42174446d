import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { TrafficRun } from '../api/traffic-runner';
import { trafficRun } from '../api/traffic-runner';
import { TRAFFIC_SCENARIOS } from '../core/monitoring/traffic';
import './traffic-indicator.css';
import { formatCount } from '../core/format/count';

/** What a finished run leaves in the header until the next page: how many requests it sent, and why it ended. */
function endedSentence(sent: number, reason: string | null): string {
  return `Traffic stopped after ${formatCount(sent)} requests.${reason ? ` ${reason}` : ''}`;
}

/**
 * The header's sign that the traffic generator is running (it keeps running across pages): scenario and rate in a
 * status region (announced when it starts, changes or stops), the sent count beside it (not announced: it changes
 * several times a second), a link to Monitor and a Stop button. Nothing while no traffic ran; after a run ends, one
 * sentence saying so until the next page.
 */
export function TrafficIndicator({ run = trafficRun() }: { run?: TrafficRun }) {
  const [state, setState] = useState(run.getState);
  const [ended, setEnded] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    let last = run.getState();
    setState(last);
    return run.subscribe(() => {
      const next = run.getState();
      if (last.running && !next.running) setEnded(endedSentence(next.counts.sent, next.stopReason));
      if (next.running) setEnded(null);
      last = next;
      setState(next);
    });
  }, [run]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the sentence about a finished run stays until the next page
  useEffect(() => setEnded(null), [pathname]);

  if (!state.running && ended === null) return null;
  const label = TRAFFIC_SCENARIOS.find((s) => s.id === state.scenario)?.label ?? state.scenario;
  const stop = () => {
    run.stop();
    // The button goes away with the run: keep focus on the sentence that replaces it, not on the page's body.
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  return (
    <div className={state.running ? 'traffic-indicator on' : 'traffic-indicator'}>
      <p role="status" className="traffic-indicator-status" ref={statusRef} tabIndex={-1}>
        {state.running ? (
          <>
            <span aria-hidden="true" className="traffic-indicator-dot" />
            {/* The sentence for screen readers; the same facts in a few characters on screen, so the header keeps one line. */}
            <span className="visually-hidden">{`Traffic ${state.paused ? 'paused (tab hidden)' : 'running'}: ${state.rate} requests per second, scenario ${label}.`}</span>
            <span aria-hidden="true">
              {state.paused ? 'Paused' : 'Traffic'} {state.rate}/s · {label}
            </span>
          </>
        ) : (
          ended
        )}
      </p>
      {state.running && (
        <>
          <span className="traffic-indicator-count">{formatCount(state.counts.sent)} sent</span>
          {pathname !== '/deploy/monitor' && (
            <Link to="/deploy/monitor">
              Watch <span className="visually-hidden">on Monitor</span>
            </Link>
          )}
          <button type="button" className="quiet" onClick={stop}>
            Stop <span className="visually-hidden">the traffic generator</span>
          </button>
        </>
      )}
    </div>
  );
}
