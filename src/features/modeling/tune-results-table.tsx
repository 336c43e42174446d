import { useMemo, useState } from 'react';
import type { TrainingRun } from './model-session';
import { correctOf, formatDuration, formatLoss, formatPercent, formatRate, isUnfinished, lastFinitePoint, statusLabel } from './run-format';
import { LineSample, MAX_COMPARED, RUN_STYLES } from './run-styles';
import { runDiverged } from './run-summary';

/** A run with its number in the session (#1 is the oldest). */
export interface NumberedRun {
  run: TrainingRun;
  number: number;
}

type SortKey = 'number' | 'learningRate' | 'units' | 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy' | 'time';
type Direction = 'ascending' | 'descending';

interface Column {
  key: SortKey;
  label: string;
  /** The direction of the first click: best first (high accuracy, low loss). */
  first: Direction;
  value: (r: NumberedRun) => number | null;
}

/** How long a run took (a run cut short has no outcome duration, only the time it had been running). */
const runTime = (run: TrainingRun) => run.durationMs || run.elapsedMs;

const finalOf = (r: NumberedRun) => (runDiverged(r.run) || isUnfinished(r.run) ? null : lastFinitePoint(r.run.points));

const COLUMNS: Column[] = [
  { key: 'number', label: 'Run', first: 'ascending', value: (r) => r.number },
  { key: 'learningRate', label: 'Learning rate', first: 'ascending', value: (r) => r.run.config.learningRate },
  { key: 'units', label: 'Hidden units', first: 'ascending', value: (r) => r.run.config.hidden.reduce((a, b) => a + b, 0) },
  { key: 'loss', label: 'Training loss', first: 'ascending', value: (r) => finalOf(r)?.loss ?? null },
  { key: 'valLoss', label: 'Validation loss', first: 'ascending', value: (r) => finalOf(r)?.valLoss ?? null },
  { key: 'accuracy', label: 'Training accuracy', first: 'descending', value: (r) => finalOf(r)?.accuracy ?? null },
  { key: 'valAccuracy', label: 'Validation accuracy', first: 'descending', value: (r) => finalOf(r)?.valAccuracy ?? null },
  { key: 'time', label: 'Time', first: 'ascending', value: (r) => (isUnfinished(r.run) ? null : runTime(r.run)) },
];

/** Sorts runs by one column; runs without a value (waiting, diverged) always go last. */
export function sortRuns(rows: readonly NumberedRun[], key: SortKey, dir: Direction): NumberedRun[] {
  const col = COLUMNS.find((c) => c.key === key) ?? (COLUMNS[0] as Column);
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = col.value(a);
    const vb = col.value(b);
    if (va === null || vb === null) return va === vb ? a.number - b.number : va === null ? 1 : -1;
    return va === vb ? a.number - b.number : (va - vb) * sign;
  });
}

interface Props {
  rows: readonly NumberedRun[];
  validationRows: number;
  /** Ids of runs whose curves are compared, in legend order. */
  compared: readonly string[];
  onToggleCompare: (id: string) => void;
  chosenRunId: string | null;
  onChoose: (id: string) => void;
  /** The data the page trains on now (runs on other data are marked). */
  dataKey: string | null;
}

/** Every run of the session with its final numbers; click a header to sort, tick runs to compare their curves, choose one to evaluate. */
export function TuneResultsTable({ rows, validationRows, compared, onToggleCompare, chosenRunId, onChoose, dataKey }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: Direction }>({ key: 'number', dir: 'ascending' });
  const sorted = useMemo(() => sortRuns(rows, sort.key, sort.dir), [rows, sort]);
  const clickHeader = (c: Column) =>
    setSort((s) => (s.key === c.key ? { key: c.key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key: c.key, dir: c.first }));
  const full = compared.length >= MAX_COMPARED;
  return (
    <div className="table-scroll results-scroll">
      <table className="results-table">
        <caption>
          Final numbers of each run on the training and validation sets, sorted by {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()} ({sort.dir}).
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : undefined} className={c.key === 'number' ? undefined : 'num'}>
                <button type="button" className="sort-button" onClick={() => clickHeader(c)}>
                  {c.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">Status</th>
            <th scope="col">Compare</th>
            <th scope="col">Evaluate</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const { run } = r;
            const last = finalOf(r);
            const slot = compared.indexOf(run.id);
            const style = slot >= 0 ? RUN_STYLES[slot] : undefined;
            const usable = run.model !== null && (run.status === 'completed' || run.status === 'stopped');
            const name = `run #${r.number}`;
            return (
              <tr key={run.id} className={chosenRunId === run.id ? 'chosen-row' : undefined}>
                <th scope="row">
                  #{r.number}
                  {run.source === 'train' && <span className="tag">from Train</span>}
                </th>
                <td className="num">{formatRate(run.config.learningRate)}</td>
                <td className="num">{run.config.hidden.length === 0 ? 'none' : run.config.hidden.join('-')}</td>
                <td className="num">{last ? formatLoss(last.loss) : '—'}</td>
                <td className="num">{last ? formatLoss(last.valLoss) : '—'}</td>
                <td className="num">{last ? formatPercent(last.accuracy) : '—'}</td>
                <td className="num">
                  {last ? (
                    <>
                      {formatPercent(last.valAccuracy)}{' '}
                      <span className="muted">
                        ({correctOf(last.valAccuracy, validationRows)}/{validationRows})
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="num">{isUnfinished(run) ? '—' : formatDuration(runTime(run))}</td>
                <td>
                  {statusLabel(run)}
                  {dataKey !== null && run.dataKey !== dataKey && <span className="tag">earlier data</span>}
                </td>
                <td>
                  <label className="compare-check">
                    <input
                      type="checkbox"
                      checked={slot >= 0}
                      disabled={slot < 0 && (full || run.points.length === 0 || runDiverged(run))}
                      onChange={() => onToggleCompare(run.id)}
                    />
                    <span className="visually-hidden">Compare {name}</span>
                    {style && <LineSample color={style.color} dash={style.dash} />}
                  </label>
                </td>
                <td>
                  {chosenRunId === run.id ? (
                    <span className="chosen-mark">
                      <span aria-hidden="true">✓ </span>Chosen
                    </span>
                  ) : (
                    <button type="button" className="quiet" disabled={!usable} onClick={() => onChoose(run.id)}>
                      Choose <span className="visually-hidden">{name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
