import { memo, useMemo } from 'react';
import { CurveChart } from './curve-chart';
import type { CurveSeries } from './curve-chart';
import { formatLoss, formatLossTick, formatRate } from './run-format';
import { RUN_STYLES } from './run-styles';
import type { NumberedRun } from './tune-results-table';

/** A run's name in a legend: "Run #3: lr 0.01, 16 units". */
export function runName(r: NumberedRun): string {
  const units = r.run.config.hidden.length === 0 ? 'no hidden layer' : `${r.run.config.hidden.join('-')} units`;
  return `Run #${r.number}: lr ${formatRate(r.run.config.learningRate)}, ${units}`;
}

/** The validation-loss curves of the compared runs in one chart, each with its own color and dash pattern. */
export const TuneCompareChart = memo(function TuneCompareChart({ runs }: { runs: readonly NumberedRun[] }) {
  const series: CurveSeries[] = useMemo(
    () =>
      runs.map((r, i) => ({
        key: r.run.id,
        label: runName(r),
        ...(RUN_STYLES[i] ?? RUN_STYLES[0]),
        points: r.run.points.map((p) => ({ epoch: p.epoch, value: p.valLoss })),
      })),
    [runs],
  );
  const xMax = Math.max(2, ...runs.map((r) => r.run.config.epochs));
  const ends = series
    .map((s) => {
      const last = s.points.at(-1);
      return last ? `${s.label} (${s.lineStyle}) ends at ${formatLoss(last.value)} after ${last.epoch} epochs` : `${s.label}: no epochs yet`;
    })
    .join('; ');
  return (
    <CurveChart
      title="Validation loss of the compared runs"
      valueLabel="Validation loss"
      series={series}
      format={formatLoss}
      tickFormat={formatLossTick}
      xMax={xMax}
      description={`Line chart of validation loss per epoch for ${runs.length} run${runs.length === 1 ? '' : 's'}: ${ends}.`}
    />
  );
});
