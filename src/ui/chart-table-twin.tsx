import { useId, useMemo, useState } from 'react';

/** One row of a table twin: the first cell names the row. */
export interface TwinRow {
  key: string;
  cells: readonly string[];
}

/**
 * Twin rows of a line chart: one per row of the chart's data, named by `rowName` (which must differ from row
 * to row), then each series' value, formatted; a gap reads "—".
 */
export function lineTwinRows<R extends Record<string, number | null>>(
  rows: readonly R[],
  rowName: (row: R) => string,
  series: readonly { key: string }[],
  format: (v: number) => string,
): TwinRow[] {
  return rows.map((r) => {
    const name = rowName(r);
    return {
      key: name,
      cells: [
        name,
        ...series.map((s) => {
          const v = r[s.key];
          return typeof v === 'number' ? format(v) : '—';
        }),
      ],
    };
  });
}

/** Class names of a twin's parts, so a page can keep its own table look. */
export interface TwinLook {
  /** The wrapper of the toggle and the table. */
  twin?: string;
  /** The keyboard-reachable scroll region around the table. */
  scroll?: string;
  table?: string;
}

/** The explore page's look (styles.css). */
const DEFAULT_LOOK: TwinLook = { twin: 'table-twin', scroll: 'twin-scroll' };

interface Props {
  /** What the table shows (its caption, and the name of its scroll region unless `regionLabel` says otherwise). */
  caption: string;
  columns: readonly string[];
  /** The rows, built only when the table is opened (a closed twin costs nothing while sliders move). */
  rows: () => readonly TwinRow[];
  /** Columns (by index) holding numbers, aligned right. */
  numeric?: readonly number[];
  /** The name of the scroll region, when it differs from the caption. */
  regionLabel?: string;
  /** False for a table short enough to need no scroll region (and no extra tab stop). */
  scrolls?: boolean;
  /** A row spanning the table when there are no rows ("No values yet."); without it the body stays empty. */
  emptyText?: string;
  look?: TwinLook;
}

/** A "Show as table" toggle and the chart's numbers as a table: the same data, readable without seeing the chart. */
export function ChartTableTwin({ caption, columns, rows, numeric = [], regionLabel, scrolls = true, emptyText, look = DEFAULT_LOOK }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const shown = useMemo(() => (open ? rows() : []), [open, rows]);
  const numClass = (j: number) => (numeric.includes(j) ? 'num' : undefined);
  const table = (
    <table className={look.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, j) => (
            <th key={c} scope="col" className={numClass(j)}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.length === 0 && emptyText !== undefined && (
          <tr>
            <td colSpan={columns.length}>{emptyText}</td>
          </tr>
        )}
        {shown.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, j) =>
              j === 0 ? (
                <th key={columns[j] ?? j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={columns[j] ?? j} className={numClass(j)}>
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className={look.twin}>
      <button type="button" className="quiet" aria-expanded={open} aria-controls={`${id}-table`} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide table' : 'Show as table'}
      </button>
      <div id={`${id}-table`} hidden={!open}>
        {open &&
          (scrolls ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            <section className={look.scroll} tabIndex={0} aria-label={regionLabel ?? caption}>
              {table}
            </section>
          ) : (
            table
          ))}
      </div>
    </div>
  );
}
