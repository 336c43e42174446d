import { memo, useId, useMemo, useState } from 'react';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import { featureHistogram, featureLabel, featureStats, formatNumber, SET_LABELS, SET_NAMES } from '../../core/data/prepare-views';
import type { HistogramRow, PreparedSets } from '../../core/data/prepare-views';
import type { FittedScaler } from '../../core/data/scaler';
import { ScrollTable } from './scroll-table';
import { SetBarChart } from './set-bar-chart';
import { useNextTaskValue } from './use-next-task-value';

const BINS = 10;
const CHART_HEIGHT = 220;

/** SVG patterns for the three sets (solid, stripes, dots), so the bars never rely on color alone. */
function SetPatterns({ prefix }: { prefix: string }) {
  return (
    <svg className="set-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={`${prefix}-train`} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect className="pattern-train" width="6" height="6" />
        </pattern>
        <pattern id={`${prefix}-validation`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect className="pattern-bg" width="6" height="6" />
          <rect className="pattern-validation" width="3.5" height="6" />
        </pattern>
        <pattern id={`${prefix}-test`} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect className="pattern-bg" width="5" height="5" />
          <circle className="pattern-test" cx="2.5" cy="2.5" r="1.7" />
        </pattern>
      </defs>
    </svg>
  );
}

/** One histogram (share of each set per bin) as a bar chart, or as a table when asked. */
const Histogram = memo(function Histogram({ rows, title, unit, axisLabel, prefix, asTable }: { rows: HistogramRow[]; title: string; unit: string; axisLabel: string; prefix: string; asTable: boolean }) {
  const digits = rows.length > 0 && Math.abs((rows[0] as HistogramRow).end - (rows[0] as HistogramRow).start) < 2 ? 1 : 0;
  return (
    <figure className="dist-figure">
      <figcaption>
        <strong>{title}</strong> <span className="muted">({unit})</span>
      </figcaption>
      {asTable ? (
        <ScrollTable label={`${title}: penguins per bin`}>
          <table className="dist-table">
            <caption className="visually-hidden">
              {title}: penguins per bin and set ({unit})
            </caption>
            <thead>
              <tr>
                <th scope="col">Bin</th>
                {SET_NAMES.map((s) => (
                  <th key={s} scope="col" className="num">
                    {SET_LABELS[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  {SET_NAMES.map((s) => (
                    <td key={s} className="num">
                      {r.count[s]} <span className="muted">({formatNumber(r.share[s], 0)}%)</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : (
        <div className="dist-chart" role="img" aria-label={`${title}: share of each set's penguins per bin, x axis in ${axisLabel}. The same numbers are available as a table.`}>
          <SetBarChart rows={rows} digits={digits} axisLabel={axisLabel} prefix={prefix} height={CHART_HEIGHT} />
        </div>
      )}
    </figure>
  );
});

const SCALED_UNIT: Record<FittedScaler['kind'], { unit: string; axis: string }> = {
  standard: { unit: 'z-score', axis: 'std. deviations from the training mean' },
  minmax: { unit: '0 to 1', axis: '0 = training min, 1 = training max' },
};

/** One feature's distribution per set, before and after scaling, with the numbers that show what scaling did. */
export const DistributionPanel = memo(function DistributionPanel({ sets, kind }: { sets: PreparedSets; kind: FittedScaler['kind'] }) {
  const [featureIndex, setFeatureIndex] = useState(2);
  const [asTable, setAsTable] = useState(false);
  const prefix = `set-pattern-${useId().replace(/:/g, '')}`;
  const feature = FEATURES[featureIndex] as (typeof FEATURES)[number];
  const unit = FEATURE_UNITS[feature];
  const before = useMemo(() => featureHistogram(sets, featureIndex, false, BINS), [sets, featureIndex]);
  // The "after" chart redraws one task after the "before" chart: two ~30 ms redraws, not one long task.
  const after = useNextTaskValue(useMemo(() => featureHistogram(sets, featureIndex, true, BINS), [sets, featureIndex]));
  const statsBefore = useMemo(() => featureStats(sets, featureIndex, false), [sets, featureIndex]);
  const statsAfter = useMemo(() => featureStats(sets, featureIndex, true), [sets, featureIndex]);
  const [trainAfter, ...others] = statsAfter;

  return (
    <div className="distribution">
      <SetPatterns prefix={prefix} />
      <div className="dist-controls">
        <div className="field">
          <label htmlFor="dist-feature">Feature to plot</label>
          <select id="dist-feature" value={featureIndex} onChange={(e) => setFeatureIndex(Number(e.currentTarget.value))}>
            {FEATURES.map((f, j) => (
              <option key={f} value={j}>
                {featureLabel(f)} ({FEATURE_UNITS[f]})
              </option>
            ))}
          </select>
        </div>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          Show as table
        </button>
      </div>
      <ul className="set-legend" aria-label="Chart legend">
        {SET_NAMES.map((s) => (
          <li key={s}>
            <span className={`set-swatch set-${s}`} aria-hidden="true" /> {SET_LABELS[s]} ({sets[s].rows.length} rows)
          </li>
        ))}
      </ul>
      <div className="dist-pair">
        <Histogram rows={before} title={`Before: ${featureLabel(feature)}`} unit={unit} axisLabel={unit} prefix={prefix} asTable={asTable} />
        <Histogram rows={after} title={`After: ${featureLabel(feature)}, scaled`} unit={SCALED_UNIT[kind].unit} axisLabel={SCALED_UNIT[kind].axis} prefix={prefix} asTable={asTable} />
      </div>
      <p className="measure small">
        Shares are per set, so a set of {sets.test.rows.length} compares with a set of {sets.train.rows.length}. Before: the training mean is{' '}
        {formatNumber(statsBefore[0]?.mean ?? 0)} {unit}.{' '}
        {kind === 'standard'
          ? `After: training has mean ${formatNumber(trainAfter?.mean ?? 0)} and standard deviation ${formatNumber(trainAfter?.std ?? 0)}, exactly; ${others.map((o) => `${SET_LABELS[o.set].toLowerCase()} has mean ${formatNumber(o.mean)} and standard deviation ${formatNumber(o.std)}`).join(', ')}. They are close, not exact: the scaler never saw them.`
          : `After: training spans ${formatNumber(trainAfter?.min ?? 0)} to ${formatNumber(trainAfter?.max ?? 0)}, exactly; ${others.map((o) => `${SET_LABELS[o.set].toLowerCase()} spans ${formatNumber(o.min)} to ${formatNumber(o.max)}`).join(', ')}. Values outside 0 to 1 are normal: the minimum and maximum come from training only.`}
      </p>
    </div>
  );
});
