import { useState } from 'react';
import type { Cell } from '../../core/data/csv';
import { formatDecimal } from '../../core/format/count';

const PAGE_SIZE = 15;

function CellView({ value }: { value: Cell }) {
  if (value === null) return <span className="null-cell">null</span>;
  return <>{typeof value === 'number' ? formatDecimal(value, 6) : value}</>;
}

/** The parsed rows as a paged table; missing values show as a visible "null" marker. */
export function DataTable({ header, rows }: { header: readonly string[]; rows: readonly Cell[][] }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const start = page * PAGE_SIZE;
  const shown = rows.slice(start, start + PAGE_SIZE);
  return (
    <div className="data-table">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways (phones, presenter mode) must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label="Raw data rows">
        <table>
          <caption>
            Rows {rows.length === 0 ? 0 : start + 1}–{start + shown.length} of {rows.length}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; their position in the data set is their identity
              <tr key={start + i}>
                <th scope="row">{start + i + 1}</th>
                {row.map((c, j) => (
                  <td key={header[j] ?? j} className={typeof c === 'number' ? 'num' : undefined}>
                    <CellView value={c} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="pager-controls">
        <button type="button" onClick={() => setPage((p) => p - 1)} disabled={page === 0}>
          Previous rows
        </button>
        <span aria-live="polite">
          Page {page + 1} of {pages}
        </span>
        <button type="button" onClick={() => setPage((p) => p + 1)} disabled={page >= pages - 1}>
          Next rows
        </button>
      </div>
    </div>
  );
}
