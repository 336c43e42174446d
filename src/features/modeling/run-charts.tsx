import { memo, useMemo } from 'react';
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
export const LIVE_CHART_POINTS = 150;

/** The loss and accuracy curves of one run, training against validation, with the overfitting marker when it fires. */
export const RunCharts = memo(function RunCharts({ run, live = false }: { run: TrainingRun; live?: boolean }) {
  const maxPoints = live ? LIVE_CHART_POINTS : MAX_CHART_POINTS;
  const loss = useMemo(() => seriesOf(run.points, 'loss'), [run.points]);
  const acc = useMemo(() => seriesOf(run.points, 'accuracy'), [run.points]);
  const since = useMemo(() => overfittingSince(run.points), [run.points]);
  const epochs = run.points.length;
  const pct0 = (v: number) => formatPercent(v, 0);
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
        marker={since !== null ? { epoch: since, label: `overfitting from ${since}` } : null}
        description={`Line chart of cross-entropy loss per epoch over ${epochs} epochs: ${describe(loss, formatLoss)}.${since !== null ? ` Overfitting marked from epoch ${since}.` : ''}`}
      />
      <CurveChart
        title="Accuracy (higher is better)"
        valueLabel="Accuracy"
        series={acc}
        format={(v) => formatPercent(v)}
        tickFormat={pct0}
        yDomain={[0, 1]}
        xMax={run.config.epochs}
        maxPoints={maxPoints}
        description={`Line chart of accuracy per epoch over ${epochs} epochs: ${describe(acc, (v) => formatPercent(v))}.`}
      />
    </div>
  );
});
