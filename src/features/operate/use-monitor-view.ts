import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { TrafficScenario } from '../../core/monitoring/traffic';
import { monitorViewFromQuery, monitorViewToQuery } from './monitor-view-query';

interface Generator {
  running: boolean;
  scenario: TrafficScenario;
  rate: number;
  setScenario: (s: TrafficScenario) => void;
  setRate: (r: number) => void;
}

/**
 * Keeps the Monitor view (the generator's scenario and rate) in the URL, so "Copy link to this view" hands the class
 * the same setting. A link's settings apply on arrival unless traffic is already running (a link never changes
 * traffic someone started). The URL is replaced, debounced and without scrolling, only when it differs.
 */
export function useMonitorView(generator: Generator): void {
  const [params, setParams] = useSearchParams();
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  const arrived = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on arrival, with the URL the learner came with
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (generator.running) return;
    const view = monitorViewFromQuery(paramsRef.current.toString());
    if (view.scenario) generator.setScenario(view.scenario);
    if (view.rate !== undefined) generator.setRate(view.rate);
  }, []);

  const { scenario, rate } = generator;
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = monitorViewToQuery(paramsRef.current.toString(), { scenario, rate });
      if (next.toString() !== paramsRef.current.toString()) setParamsRef.current(next, { replace: true, preventScrollReset: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [scenario, rate]);
}
