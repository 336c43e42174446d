import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isUnfinished, lastFinitePoint } from './run-format';
import { MAX_COMPARED } from './run-styles';
import { runDiverged } from './run-summary';
import type { NumberedRun } from './tune-results-table';
import { markStageTried } from '../../store/progress-store';

/** Which runs the tune page overlays: finished runs join automatically (up to the chart's limit); the learner can untick any. */
export function useComparedRuns(numbered: NumberedRun[]) {
  const [compared, setCompared] = useState<string[]>([]);
  const seen = useRef(new Set<string>());
  useEffect(() => {
    setCompared((current) => {
      const alive = current.filter((id) => numbered.some((r) => r.run.id === id));
      const fresh = [...numbered]
        .reverse()
        .filter((r) => !seen.current.has(r.run.id) && !isUnfinished(r.run) && !runDiverged(r.run) && r.run.points.length > 0)
        .map((r) => r.run.id);
      for (const id of fresh) seen.current.add(id);
      const next = [...alive, ...fresh.slice(0, Math.max(0, MAX_COMPARED - alive.length))];
      return next.length === current.length && next.every((id, i) => id === current[i]) ? current : next;
    });
  }, [numbered]);
  useEffect(() => {
    if (compared.length >= 2) markStageTried('tune');
  }, [compared.length]);
  const toggleCompare = useCallback((id: string) => setCompared((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < MAX_COMPARED ? [...c, id] : c)), []);
  // The session changes ten times a second during a queue; keep the same array while the compared runs do not change, so the chart is not redrawn for nothing.
  const lastCompared = useRef<NumberedRun[]>([]);
  const comparedRuns = useMemo(() => {
    const next = compared.map((id) => numbered.find((r) => r.run.id === id)).filter((r): r is NumberedRun => r !== undefined);
    const prev = lastCompared.current;
    const same = next.length === prev.length && next.every((r, i) => r.run === prev[i]?.run && r.number === prev[i]?.number);
    if (!same) lastCompared.current = next;
    return lastCompared.current;
  }, [compared, numbered]);

  return { comparedRuns, compared, toggleCompare };
}

/** The best finished run on the validation set: highest accuracy, then lowest loss. */
export function bestRun(runs: readonly NumberedRun[], dataKey: string | null): NumberedRun | null {
  let best: NumberedRun | null = null;
  for (const r of runs) {
    if (isUnfinished(r.run) || runDiverged(r.run) || r.run.dataKey !== dataKey) continue;
    const p = lastFinitePoint(r.run.points);
    const b = best && lastFinitePoint(best.run.points);
    if (!p) continue;
    if (!b || p.valAccuracy > b.valAccuracy || (p.valAccuracy === b.valAccuracy && p.valLoss < b.valLoss)) best = r;
  }
  return best;
}
