import { useId, useMemo, useState } from 'react';

/** One row of a table twin: the first cell names the row. */
export interface TwinRow {
  key: string;
  cells: readonly string[];
}

interface Props {
  /** What the table shows (its caption, and the name of its scroll region). */
  caption: string;
  columns: readonly string[];
  /** The rows, built only when the table is opened (a closed twin costs nothing while sliders move). */
  rows: () => readonly TwinRow[];
  /** Columns (by index) holding numbers, aligned right. */
  numeric?: readonly number[];
}

/** A "Show as table" toggle and the chart's numbers as a table: the same data, readable without seeing the chart. */
export function ChartTableTwin({ caption, columns, rows, numeric = [] }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const shown = useMemo(() => (open ? rows() : []), [open, rows]);
  return (
    <div className="table-twin">
      <button type="button" className="quiet" aria-expanded={open} aria-controls={`${id}-table`} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide table' : 'Show as table'}
      </button>
      <div id={`${id}-table`} hidden={!open}>
        {open && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="twin-scroll" tabIndex={0} aria-label={caption}>
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.key}>
                    {r.cells.map((c, j) =>
                      j === 0 ? (
                        <th key={columns[j] ?? j} scope="row">
                          {c}
                        </th>
                      ) : (
                        <td key={columns[j] ?? j} className={numeric.includes(j) ? 'num' : undefined}>
                          {c}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </div>
  );
}
