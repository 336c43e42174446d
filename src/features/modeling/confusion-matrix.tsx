import type { ConfusionMatrix as Matrix } from '../../core/modeling/metrics';
import { pct, penguins } from './evaluate-format';

/** A confusion-matrix cell: actual class (row) and predicted class (column). */
export interface Cell {
  actual: number;
  predicted: number;
}

/** Shade level 0–5 from a cell's share of its row: a second cue beside the number, never the only one. */
export function shadeLevel(share: number): number {
  return share <= 0 ? 0 : Math.min(5, Math.ceil(share * 5));
}

/**
 * The confusion matrix as a table: rows are actual species, columns predicted ones. Every count is
 * written; the shade grows with the share of the row. Each non-empty cell is a toggle button that
 * lists its test penguins.
 */
export function ConfusionMatrix({ matrix, selected, onSelect }: { matrix: Matrix; selected: Cell | null; onSelect: (cell: Cell | null) => void }) {
  const total = matrix.counts.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  return (
    <div className="cm-scroll">
      <table className="confusion-matrix">
        <caption>
          Confusion matrix on {penguins(total)} of the test set
          <span className="cm-caption-note">
            Rows: actual species. Columns: what the model predicted. The diagonal (solid border) is correct; other cells (dashed) are mistakes.
            Darker means a larger share of that row. Choose a count to see those penguins.
          </span>
        </caption>
        <thead>
          <tr>
            <td className="cm-corner">
              <span aria-hidden="true">actual ↓ · predicted →</span>
            </td>
            {matrix.classes.map((c) => (
              <th key={c} scope="col">
                <span className="cm-axis">predicted</span> {c}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {matrix.counts.map((row, a) => {
            const actual = matrix.classes[a] ?? '';
            const rowTotal = row.reduce((x, y) => x + y, 0);
            return (
              <tr key={actual}>
                <th scope="row">
                  <span className="cm-axis">actual</span> {actual}
                </th>
                {row.map((count, p) => {
                  const predicted = matrix.classes[p] ?? '';
                  const correct = a === p;
                  const share = rowTotal > 0 ? count / rowTotal : 0;
                  const isSelected = selected?.actual === a && selected.predicted === p;
                  const kind = correct ? 'cm-correct' : 'cm-wrong';
                  return (
                    <td key={predicted} className={`cm-cell ${kind} cm-level-${shadeLevel(share)}`}>
                      {count === 0 ? (
                        <span className="cm-count cm-zero">
                          0<span className="visually-hidden"> (none)</span>
                        </span>
                      ) : (
                        <button
                          type="button"
                          aria-pressed={isSelected}
                          // Starts with the visible number; says in words what the position and shade show.
                          aria-label={`${penguins(count)}, ${pct(share)} of actual ${actual}, predicted as ${predicted}: ${correct ? 'correct' : 'a mistake'}. Show ${count === 1 ? 'it' : 'them'}.`}
                          onClick={() => onSelect(isSelected ? null : { actual: a, predicted: p })}
                        >
                          <span className="cm-count">{count}</span>
                          <span className="cm-share">{pct(share)}</span>
                        </button>
                      )}
                    </td>
                  );
                })}
                <td className="num cm-total">{rowTotal}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
