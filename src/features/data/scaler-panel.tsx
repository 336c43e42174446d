import { memo } from 'react';
import { FEATURES } from '../../core/data/penguins';
import type { PipelineState } from '../../core/data/pipeline-state';
import { featureLabel, fittedRows, formatFitted, formatNumber, scalerStatNames } from '../../core/data/prepare-views';
import type { FittedScaler } from '../../core/data/scaler';
import { applyScaler } from '../../core/data/scaler';
import { CodeBlock } from '../../ui/code-block';
import { ScrollTable } from './scroll-table';

type Update = (change: (s: PipelineState) => PipelineState) => void;

/** The example instance from the endpoint contract: what a caller sends for one penguin. */
const EXAMPLE = { feature: 2, value: 181 } as const;

const KINDS = [
  { kind: 'standard', label: 'Standard (z-score)', formula: '(x − mean) / standard deviation' },
  { kind: 'minmax', label: 'Min–max', formula: '(x − min) / (max − min)' },
] as const;

/** The choice of scaler, as a radio group. */
export function ScalerChoice({ kind, update }: { kind: FittedScaler['kind']; update: Update }) {
  return (
    <fieldset className="prepare-fieldset scaler-choice">
      <legend>Scaling method</legend>
      {KINDS.map((k) => (
        <label key={k.kind} className="check">
          <input type="radio" name="scaler-kind" value={k.kind} checked={kind === k.kind} onChange={() => update((s) => ({ ...s, scaler: k.kind }))} />
          <span>
            {k.label}: <code>{k.formula}</code>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** The preprocessing file that ships with the model, as the endpoint will read it (one array a line). */
function preprocessingJson(scaler: FittedScaler, kept: readonly string[] = FEATURES): string {
  const list = (xs: readonly (number | string)[]) => `[${xs.map((x) => (typeof x === 'number' ? String(Math.round(x * 10_000) / 10_000) : JSON.stringify(x))).join(', ')}]`;
  const [a, b] = scaler.kind === 'standard' ? (['mean', 'std'] as const) : (['min', 'max'] as const);
  // Only the measurements the model sees are shipped (the scaler was fitted on all four columns).
  const columns = FEATURES.map((f, j) => [f, j] as const).filter(([f]) => kept.includes(f));
  const names = columns.map(([f]) => f);
  const first = columns.map(([, j]) => (scaler.kind === 'standard' ? scaler.mean : scaler.min)[j] as number);
  const second = columns.map(([, j]) => (scaler.kind === 'standard' ? scaler.std : scaler.max)[j] as number);
  const half = Math.ceil(names.length / 2);
  const features = names.length > 2 ? `${list(names.slice(0, half)).slice(0, -1)},\n               ${list(names.slice(half)).slice(1)}` : list(names);
  return ['{', `  "features": ${features},`, `  "scaler": "${scaler.kind}",`, `  "${a}": ${list(first)},`, `  "${b}": ${list(second)}`, '}'].join('\n');
}

/** The fitted numbers per feature, with a worked example of what the endpoint does with them. */
export const FittedNumbers = memo(function FittedNumbers({ scaler, fittedOn, features = FEATURES }: { scaler: FittedScaler; fittedOn: string; features?: readonly string[] }) {
  const rows = fittedRows(scaler);
  const [first, second] = scalerStatNames(scaler.kind);
  const f = FEATURES[EXAMPLE.feature] as (typeof FEATURES)[number];
  const ex = rows[EXAMPLE.feature];
  const scaled = applyScaler(scaler, FEATURES.map((_, j) => (j === EXAMPLE.feature ? EXAMPLE.value : 0)))[EXAMPLE.feature] as number;
  const [a, b] = (ex?.values ?? [0, 0]).map((v) => formatFitted(v, scaler.kind));
  const unit = ex?.unit ?? '';
  return (
    <div className="fitted-numbers">
      <div className="fitted-grid">
        <ScrollTable label="Fitted numbers">
          <table className="fitted-table">
            <caption>Fitted numbers ({fittedOn})</caption>
            <thead>
              <tr>
                <th scope="col">Feature</th>
                <th scope="col" className="num">
                  {capitalize(first)}
                </th>
                <th scope="col" className="num">
                  {capitalize(second)}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.feature}>
                  <th scope="row">
                    <code>{r.feature}</code>
                  </th>
                  <td className="num">
                    {formatFitted(r.values[0], scaler.kind)} {r.unit}
                  </td>
                  <td className="num">
                    {formatFitted(r.values[1], scaler.kind)} {r.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <div className="preprocessing">
          <p className="preprocessing-title">
            <code>preprocessing.json</code>: ships with the model
          </p>
          <CodeBlock label="preprocessing.json: the numbers that ship with the model">{preprocessingJson(scaler, features)}</CodeBlock>
        </div>
      </div>
      <p className="measure">
        Your scaler's {first} for {featureLabel(f)} is <strong>{`${a} ${unit}`}</strong>, its {second} is <strong>{`${b} ${unit}`}</strong>. These exact numbers travel
        with the model to the endpoint. A request with <code>flipper_length_mm: {EXAMPLE.value}</code> becomes{' '}
        <code>
          {scaler.kind === 'standard' ? `(${EXAMPLE.value} − ${a}) / ${b}` : `(${EXAMPLE.value} − ${a}) / (${b} − ${a})`} = {formatNumber(scaled)}
        </code>{' '}
        before the model sees it.
      </p>
    </div>
  );
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
