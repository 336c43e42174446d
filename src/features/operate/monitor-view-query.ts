import type { TrafficScenario } from '../../core/monitoring/traffic';
import { TRAFFIC_SCENARIOS } from '../../core/monitoring/traffic';
import { clampRate } from '../../core/monitoring/traffic-schedule';

/** The Monitor view a link carries: the traffic generator's scenario and rate (each absent when not given or unusable). */
export interface MonitorView {
  scenario?: TrafficScenario;
  rate?: number;
}

/** Reads `?scenario=new-population&rate=20`: an unknown scenario or a non-number rate is left out, a rate out of range is clamped. */
export function monitorViewFromQuery(query: string): MonitorView {
  const p = new URLSearchParams(query);
  const scenario = TRAFFIC_SCENARIOS.find((s) => s.id === p.get('scenario'))?.id;
  const rawRate = p.get('rate');
  const rate = rawRate !== null && rawRate.trim() !== '' && Number.isFinite(Number(rawRate)) ? clampRate(Number(rawRate)) : undefined;
  return { ...(scenario ? { scenario } : {}), ...(rate !== undefined ? { rate } : {}) };
}

/** Writes scenario and rate into a copy of `query` (other keys stay as they are). */
export function monitorViewToQuery(query: string, view: Required<MonitorView>): URLSearchParams {
  const p = new URLSearchParams(query);
  p.set('scenario', view.scenario);
  p.set('rate', String(view.rate));
  return p;
}
