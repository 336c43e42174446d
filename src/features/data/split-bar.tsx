import { memo } from 'react';
import { SPECIES } from '../../core/data/penguins';
import { SET_LABELS, speciesCounts, splitSegments } from '../../core/data/prepare-views';
import type { PreparedSets, SplitPercents } from '../../core/data/prepare-views';
import { ScrollTable } from './scroll-table';

const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** Describes the split in words, for the bar's accessible name. */
function describe(split: SplitPercents, sets: PreparedSets | null): string {
  const segments = splitSegments(split, sets);
  if (!sets) {
    const sum = split.train + split.validation + split.test;
    return `Chosen split, not applied: ${segments.map((s) => `${SET_LABELS[s.set].toLowerCase()} ${s.percent}%`).join(', ')}; total ${sum}%.`;
  }
  const total = segments.reduce((a, s) => a + (s.count ?? 0), 0);
  return `Split of ${total} rows: ${segments.map((s) => `${SET_LABELS[s.set].toLowerCase()} ${s.count} rows (${s.percent}%)`).join(', ')}.`;
}

/** The three sets as one proportional bar (pattern and text per set, never color alone), a legend, and species counts per set. */
export const SplitBar = memo(function SplitBar({ split, sets, stratified }: { split: SplitPercents; sets: PreparedSets | null; stratified: boolean }) {
  const segments = splitSegments(split, sets);
  return (
    <div className="split-bar-block">
      <div className={sets ? 'split-bar' : 'split-bar pending'} role="img" aria-label={describe(split, sets)}>
        {segments.map((s) => (
          <div key={s.set} className={`split-segment set-${s.set}`} style={{ width: `${s.width}%` }}>
            {s.width >= 16 && (
              <span className="split-segment-label" aria-hidden="true">
                {SET_LABELS[s.set]} {s.count ?? `${s.percent}%`}
              </span>
            )}
          </div>
        ))}
      </div>
      <ul className="set-legend" aria-label="Legend">
        {segments.map((s) => (
          <li key={s.set}>
            <span className={`set-swatch set-${s.set}`} aria-hidden="true" />
            <strong>{SET_LABELS[s.set]}</strong>{' '}
            {s.count === null ? (
              <>{s.percent}% (not applied)</>
            ) : (
              <>
                {s.count} rows ({s.percent}%)
              </>
            )}
          </li>
        ))}
      </ul>
      {sets && <SpeciesTable sets={sets} stratified={stratified} />}
    </div>
  );
});

function SpeciesTable({ sets, stratified }: { sets: PreparedSets; stratified: boolean }) {
  const rows = speciesCounts(sets);
  const adelie = rows.map((r) => `${pct(r.counts.Adelie, r.total)}% of ${SET_LABELS[r.set].toLowerCase()}`);
  return (
    <>
      <ScrollTable label="Penguins of each species per set">
        <table className="species-table">
          <caption>Penguins of each species per set</caption>
          <thead>
            <tr>
              <th scope="col">Set</th>
              {SPECIES.map((s) => (
                <th key={s} scope="col" className="num">
                  {s}
                </th>
              ))}
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.set}>
                <th scope="row">
                  <span className={`set-swatch set-${r.set}`} aria-hidden="true" /> {SET_LABELS[r.set]}
                </th>
                {SPECIES.map((s) => (
                  <td key={s} className="num">
                    {r.counts[s]} <span className="muted">({pct(r.counts[s], r.total)}%)</span>
                  </td>
                ))}
                <td className="num">{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="measure small">
        {stratified
          ? `Stratified: each species keeps about the same share in every set. Adelie penguins are ${adelie.join(', ')}.`
          : `Not stratified: the shuffle alone decides, so shares drift. Adelie penguins are ${adelie.join(', ')}.`}
      </p>
    </>
  );
}
