import { memo, useId, useMemo } from 'react';
import { CATEGORICAL_COLUMNS, countDuplicates, formatNumber, speciesGroups, summarizeCategorical, summarizeNumeric } from '../../core/data/explore-views';
import type { NumericSummary } from '../../core/data/explore-views';
import { FEATURE_UNITS, FEATURES, VALID_RANGES } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';

/** A column name that may wrap after each underscore, so four of them fit a narrow table. */
function breakable(name: string) {
  return name.split('_').map((part, i, all) => (
    <span key={part}>
      {part}
      {i < all.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </span>
  ));
}

interface StatRow {
  label: string;
  cell: (s: NumericSummary) => string;
}

function statRows(groups: readonly string[]): StatRow[] {
  return [
    { label: 'count', cell: (s) => formatNumber(s.count) },
    { label: 'missing', cell: (s) => formatNumber(s.missing) },
    { label: 'min', cell: (s) => formatNumber(s.min) },
    { label: 'max', cell: (s) => formatNumber(s.max) },
    { label: 'mean', cell: (s) => formatNumber(s.mean) },
    { label: 'std', cell: (s) => formatNumber(s.std) },
    ...groups.map((g) => ({ label: `mean, ${g}`, cell: (s: NumericSummary) => formatNumber(s.meanBySpecies[g] ?? Number.NaN) })),
    { label: 'valid range', cell: (s) => VALID_RANGES[s.feature].map((v) => formatNumber(v)).join('–') },
    { label: 'outside valid range', cell: (s) => formatNumber(s.outOfRange) },
  ];
}

/** Per-column summary of the rows shown: numbers for the four measurements, distinct values for the text columns, plus duplicates and impossible values. */
export const ExploreSummaryTable = memo(function ExploreSummaryTable({ rows, viewLabel, note }: { rows: readonly DataRow[]; viewLabel: string; note?: string }) {
  const id = useId();
  const view = useMemo(() => {
    const groups = speciesGroups(rows);
    return {
      groups,
      numeric: FEATURES.map((f) => summarizeNumeric(rows, f, groups)),
      categorical: CATEGORICAL_COLUMNS.map((c) => summarizeCategorical(rows, c)),
      duplicates: countDuplicates(rows),
    };
  }, [rows]);
  const outOfRange = view.numeric.reduce((sum, s) => sum + s.outOfRange, 0);
  return (
    <section className="bench-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Summary of every column</h2>
      <p className="measure">
        Computed on the {rows.length.toLocaleString('en-US')} rows {viewLabel}. Read the minimum and maximum first: an impossible value hides there. Then read the distinct values of each
        text column: a misspelled label shows up as a value of its own.{note && ` ${note}`}
      </p>
      <ul className="explore-facts">
        <li>
          <strong>{formatNumber(view.duplicates)}</strong> exact duplicate row{view.duplicates === 1 ? '' : 's'} (every column equal to an earlier row)
        </li>
        <li>
          <strong>{formatNumber(outOfRange)}</strong> value{outOfRange === 1 ? '' : 's'} outside the valid physical ranges
        </li>
      </ul>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label="Measurements">
        <table className="summary-table">
          <caption>Measurements ({viewLabel})</caption>
          <thead>
            <tr>
              <th scope="col">statistic</th>
              {FEATURES.map((f) => (
                <th key={f} scope="col" className="num">
                  <code>{breakable(f)}</code>
                  <span className="unit"> ({FEATURE_UNITS[f]})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {statRows(view.groups).map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {view.numeric.map((s) => (
                  <td key={s.feature} className="num">
                    {r.cell(s)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label="Text columns">
        <table className="summary-table">
          <caption>Text columns ({viewLabel})</caption>
          <thead>
            <tr>
              <th scope="col">column</th>
              <th scope="col" className="num">
                count
              </th>
              <th scope="col" className="num">
                missing
              </th>
              <th scope="col">distinct values (count)</th>
            </tr>
          </thead>
          <tbody>
            {view.categorical.map((c) => (
              <tr key={c.column}>
                <th scope="row">
                  <code>{c.column}</code>
                </th>
                <td className="num">{formatNumber(c.count)}</td>
                <td className="num">{formatNumber(c.missing)}</td>
                <td>
                  <ul className="value-counts">
                    {c.values.map((v) => (
                      <li key={v.value}>
                        <code>"{v.value}"</code> {formatNumber(v.count)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
});
