import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { EpochPoint } from '../../core/modeling/curves';
import { overfittingSince } from '../../core/modeling/curves';
import { CurveChart, MAX_CHART_POINTS } from './curve-chart';
import type { CurveSeries } from './curve-chart';
import type { TrainingRun } from './model-session';
import { formatLoss, formatLossTick, formatPercent } from './run-format';

/** Train is a solid line, validation a dashed one, in two colors: the difference never rests on color alone. */
export const TRAIN_STYLE = { color: 'var(--curve-train)', dash: '', lineStyle: 'solid line' } as const;
export const VALIDATION_STYLE = { color: 'var(--curve-validation)', dash: '7 4', lineStyle: 'dashed line' } as const;

type Metric = 'loss' | 'accuracy';

const formatAccuracy = (v: number) => formatPercent(v);
const formatAccuracyTick = (v: number) => formatPercent(v, 0);
const ACCURACY_DOMAIN: [number, number] = [0, 1];

function seriesOf(points: readonly EpochPoint[], metric: Metric): CurveSeries[] {
  const val = metric === 'loss' ? 'valLoss' : 'valAccuracy';
  return [
    { key: 'train', label: 'Training', ...TRAIN_STYLE, points: points.map((p) => ({ epoch: p.epoch, value: p[metric] })) },
    { key: 'validation', label: 'Validation', ...VALIDATION_STYLE, points: points.map((p) => ({ epoch: p.epoch, value: p[val] })) },
  ];
}

/** "training (solid line) went from 1.10 to 0.05" for each series: the chart's story in numbers. */
function describe(series: readonly CurveSeries[], format: (v: number) => string): string {
  return series
    .map((s) => {
      const first = s.points[0];
      const last = s.points.at(-1);
      if (!first || !last) return `${s.label.toLowerCase()} (${s.lineStyle}): no epochs yet`;
      return `${s.label.toLowerCase()} (${s.lineStyle}) went from ${format(first.value)} to ${format(last.value)}`;
    })
    .join('; ');
}

/** Points drawn per line while a run is still going (the full MAX_CHART_POINTS once it ends). */
export const LIVE_CHART_POINTS = 100;

/** While a run is live, the charts redraw at most this often; the progress bar keeps its own faster pace. */
export const LIVE_CHART_MS = 1000;

/**
 * The points the charts draw: during a run, a copy refreshed every LIVE_CHART_MS, because a chart
 * redraw blocks the main thread for tens of milliseconds and MSW answers API requests on that thread.
 */
function useLivePoints(points: TrainingRun['points'], live: boolean): TrainingRun['points'] {
  const [shown, setShown] = useState(points);
  const latest = useRef(points);
  latest.current = points;
  useEffect(() => {
    if (!live) return;
    setShown(latest.current);
    const timer = setInterval(() => setShown(latest.current), LIVE_CHART_MS);
    return () => clearInterval(timer);
  }, [live]);
  return live ? shown : points;
}

/** The loss and accuracy curves of one run, training against validation, with the overfitting marker when it fires. */
export const RunCharts = memo(function RunCharts({ run, live = false }: { run: TrainingRun; live?: boolean }) {
  const maxPoints = live ? LIVE_CHART_POINTS : MAX_CHART_POINTS;
  const points = useLivePoints(run.points, live);
  const loss = useMemo(() => seriesOf(points, 'loss'), [points]);
  const acc = useMemo(() => seriesOf(points, 'accuracy'), [points]);
  const since = useMemo(() => overfittingSince(points), [points]);
  const epochs = points.length;
  // Stable props, so the memoized charts skip the re-renders of every progress message between redraws.
  const marker = useMemo(() => (since !== null ? { epoch: since, label: `overfitting from ${since}` } : null), [since]);
  return (
    <div className="run-charts">
      <CurveChart
        title="Loss (lower is better)"
        valueLabel="Loss"
        series={loss}
        format={formatLoss}
        tickFormat={formatLossTick}
        xMax={run.config.epochs}
        maxPoints={maxPoints}
        live={live}
        marker={marker}
        description={`Line chart of cross-entropy loss per epoch over ${epochs} epochs: ${describe(loss, formatLoss)}.${since !== null ? ` Overfitting marked from epoch ${since}.` : ''}`}
      />
      <CurveChart
        title="Accuracy (higher is better)"
        valueLabel="Accuracy"
        series={acc}
        format={formatAccuracy}
        tickFormat={formatAccuracyTick}
        yDomain={ACCURACY_DOMAIN}
        xMax={run.config.epochs}
        maxPoints={maxPoints}
        live={live}
        description={`Line chart of accuracy per epoch over ${epochs} epochs: ${describe(acc, (v) => formatPercent(v))}.`}
      />
    </div>
  );
});
