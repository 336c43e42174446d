import type { CsvTable } from '../../core/data/csv';
import { DataTable } from './data-table';
import { CodeBlock } from '../../ui/code-block';
import { ExchangeSummary, formatBytes } from '../../ui/exchange-summary';
import { StagePage } from '../../ui/stage-page';
import { DATASET_URL, useDatasetRetrieval } from './use-dataset-retrieval';
import { formatCount } from '../../core/format/count';

const RAW_LINES = 12;

/** Counts empty cells per column, to point learners at the missing values. */
function missingByColumn(table: CsvTable): { column: string; missing: number }[] {
  return table.header.map((column, j) => ({ column, missing: table.rows.filter((r) => r[j] === null).length })).filter((m) => m.missing > 0);
}

/** Step 1: fetch the raw data set over HTTP, and show the exchange, the raw text and the parsed table. */
export default function RetrievePage() {
  const { retrieval, retry } = useDatasetRetrieval();
  return (
    <StagePage path="/data/retrieve">
      {retrieval.state === 'loading' && (
        <div role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Downloading <code>{DATASET_URL}</code>…
        </div>
      )}
      {retrieval.state === 'failed' && (
        <div role="alert" className="callout error">
          <p>
            <strong>The data could not be retrieved.</strong> {retrieval.message}
          </p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {retrieval.state === 'done' && <Retrieved retrieval={retrieval} />}
    </StagePage>
  );
}

function Retrieved({ retrieval }: { retrieval: Extract<ReturnType<typeof useDatasetRetrieval>['retrieval'], { state: 'done' }> }) {
  const { exchange, table } = retrieval;
  const body = exchange.response?.body ?? '';
  const lines = body.split('\n');
  const missing = missingByColumn(table);
  const incomplete = table.rows.filter((r) => r.some((c) => c === null)).length;
  return (
    <>
      <section aria-labelledby="exchange-heading" className="bench-section">
        <h2 id="exchange-heading">The request and its answer</h2>
        <p className="measure">
          Your browser sent one <code>GET</code> request. The server answered with {formatBytes(exchange.response?.bytes ?? 0)} of CSV text in {exchange.durationMs.toFixed(1)} ms.
        </p>
        <ExchangeSummary exchange={exchange} />
      </section>
      <section aria-labelledby="raw-heading" className="bench-section">
        <h2 id="raw-heading">Raw CSV</h2>
        <p className="measure">
          The first {RAW_LINES} of {formatCount(lines.filter((l) => l !== '').length)} lines, exactly as they arrived. The first line is the header: the column names. Two
          commas in a row mean an empty cell.
        </p>
        <CodeBlock label="First lines of the raw CSV">{lines.slice(0, RAW_LINES).join('\n')}</CodeBlock>
      </section>
      <section aria-labelledby="table-heading" className="bench-section">
        <h2 id="table-heading">Parsed table</h2>
        <p className="measure">
          <strong>
            {table.rows.length} rows × {table.header.length} columns
          </strong>
          . {incomplete} row{incomplete === 1 ? ' has' : 's have'} at least one empty cell, shown as <span className="null-cell">null</span>
          {missing.length > 0 && <> ({missing.map((m) => `${m.column}: ${m.missing}`).join(', ')})</>}.
          {table.problems.length > 0 ? ` ${table.problems.length} malformed lines were skipped.` : ' Every line parsed cleanly.'}
        </p>
        {table.problems.length > 0 && (
          <ul className="problems">
            {table.problems.slice(0, 10).map((p) => (
              <li key={`${p.line}-${p.message}`}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        )}
        <DataTable header={table.header} rows={table.rows} />
      </section>
    </>
  );
}
