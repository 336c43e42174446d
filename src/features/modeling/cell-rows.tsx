import { useId } from 'react';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { cellRowIndices } from '../../core/modeling/evaluation';
import type { TestEvaluation } from '../../core/modeling/evaluation';
import type { Cell } from './confusion-matrix';
import { penguins, probability } from './evaluate-format';

const LABELS: Record<(typeof FEATURES)[number], string> = {
  bill_length_mm: 'Bill length',
  bill_depth_mm: 'Bill depth',
  flipper_length_mm: 'Flipper length',
  body_mass_g: 'Body mass',
};

/** The test penguins of one confusion-matrix cell: their measurements and the probabilities the model gave each species. */
export function CellRows({ evaluation, cell, rows }: { evaluation: TestEvaluation; cell: Cell; rows: readonly DataRow[] }) {
  const { classes } = evaluation.matrix;
  const actual = classes[cell.actual] ?? '';
  const predicted = classes[cell.predicted] ?? '';
  const indices = cellRowIndices(evaluation, cell.actual, cell.predicted);
  const correct = cell.actual === cell.predicted;
  const titleId = useId();
  return (
    <div className="cell-rows">
      <p className="measure">
        {correct
          ? `${penguins(indices.length)} of the test set ${indices.length === 1 ? 'is' : 'are'} ${actual} and the model said so.`
          : `${penguins(indices.length)} of the test set ${indices.length === 1 ? 'is' : 'are'} ${actual}, but the model said ${predicted}. Compare the measurements with the typical ${actual} and ${predicted}: mistakes often sit where the two species overlap.`}
      </p>
      {/* The title sits outside the scroller (not a caption) so it stays readable on a phone. */}
      <h4 id={titleId} className="cell-rows-title">
        Actual {actual}, predicted {predicted}: {penguins(indices.length)}
      </h4>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the wide table scrolls on a phone, so keyboard users must reach it */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="cell-rows-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {FEATURES.map((f) => (
                <th key={f} scope="col" className="num">
                  {LABELS[f]} ({FEATURE_UNITS[f]})
                </th>
              ))}
              {classes.map((c) => (
                <th key={c} scope="col" className="num">
                  P({c})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indices.map((i) => {
              const row = rows[i];
              const probs = evaluation.probabilities[i] ?? [];
              return (
                <tr key={row?.id ?? i}>
                  <th scope="row">{row ? `#${row.id}` : i + 1}</th>
                  {FEATURES.map((f) => (
                    <td key={f} className="num">
                      {row?.[f] ?? '–'}
                    </td>
                  ))}
                  {classes.map((c, k) => (
                    <td key={c} className={k === cell.predicted ? 'num cell-prob-chosen' : 'num'}>
                      {probability(probs[k] ?? Number.NaN)}
                      {k === cell.predicted && <span className="visually-hidden"> (predicted)</span>}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <p className="muted cell-rows-note">Row numbers are the lines of the retrieved file. The predicted species’ probability is in bold.</p>
    </div>
  );
}
