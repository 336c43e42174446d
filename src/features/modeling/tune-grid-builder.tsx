import { useId } from 'react';
import type { TrainConfig } from '../../core/modeling/train-config';
import { formatRate } from './run-format';
import { GRID_RATES, GRID_UNITS } from './tune-grid-url';
import type { TuneGrid } from './tune-grid-url';

/** Every combination of the chosen rates and units on top of a base config (rates outer, units inner). */
export function gridConfigs(base: TrainConfig, rates: readonly number[], units: readonly number[]): TrainConfig[] {
  const layers = Math.max(1, base.hidden.length);
  return rates.flatMap((learningRate) => units.map((u) => ({ ...base, learningRate, hidden: Array.from({ length: layers }, () => u) })));
}

function toggle<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order.filter((v) => next.includes(v));
}

interface Props {
  base: TrainConfig;
  /** The chosen axes (the page keeps them, and its address). */
  grid: TuneGrid;
  onGridChange: (grid: TuneGrid) => void;
  disabled: boolean;
  onAdd: (configs: TrainConfig[]) => void;
}

/** Checkboxes for a grid of learning rates × hidden units, and "add current settings". */
export function TuneGridBuilder({ base, grid, onGridChange, disabled, onAdd }: Props) {
  const id = useId();
  const { rates, units } = grid;
  const count = rates.length * units.length;
  const layers = Math.max(1, base.hidden.length);
  return (
    <div className="grid-builder">
      <div className="grid-axes">
        <fieldset disabled={disabled}>
          <legend>Learning rates</legend>
          {GRID_RATES.map((lr) => (
            <label key={lr} className="choice">
              <input type="checkbox" checked={rates.includes(lr)} onChange={() => onGridChange({ ...grid, rates: toggle(rates, lr, GRID_RATES) })} />
              {formatRate(lr)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={disabled}>
          <legend>Hidden units{layers > 1 ? ` (each of ${layers} layers)` : ''}</legend>
          {GRID_UNITS.map((u) => (
            <label key={u} className="choice">
              <input type="checkbox" checked={units.includes(u)} onChange={() => onGridChange({ ...grid, units: toggle(units, u, GRID_UNITS) })} />
              {u}
            </label>
          ))}
        </fieldset>
      </div>
      <p id={`${id}-grid-hint`} className="hint">
        {rates.length} learning rate{rates.length === 1 ? '' : 's'} × {units.length} unit count{units.length === 1 ? '' : 's'} = <strong>{count} runs</strong>. Everything else comes from
        your Train settings: {base.activation}, {base.optimizer}, {base.epochs} epochs, {base.batchSize === 'full' ? 'full batch' : `batches of ${base.batchSize}`}, seed {base.seed}.
      </p>
      <div className="inline-controls">
        <button type="button" disabled={disabled || count === 0} aria-describedby={`${id}-grid-hint`} onClick={() => onAdd(gridConfigs(base, rates, units))}>
          Add {count} run{count === 1 ? '' : 's'} to the queue
        </button>
        <button type="button" disabled={disabled} onClick={() => onAdd([base])}>
          Add current settings
        </button>
      </div>
    </div>
  );
}
