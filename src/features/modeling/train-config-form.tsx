import { memo, useId } from 'react';
import { ACTIVATIONS, CONFIG_LIMITS, OPTIMIZERS } from '../../core/modeling/train-config';
import type { ConfigField, TrainConfig } from '../../core/modeling/train-config';
import { formatRate } from './run-format';

/** The settings form as typed: number fields stay text until they are valid, so a half-typed value can be shown and explained. */
export interface ConfigFormState {
  layers: number;
  /** Units of up to three hidden layers (only the first `layers` are used). */
  units: [string, string, string];
  activation: TrainConfig['activation'];
  optimizer: TrainConfig['optimizer'];
  learningRate: number;
  epochs: string;
  batchMode: 'full' | 'mini';
  batchSize: string;
  seed: string;
}

const L = CONFIG_LIMITS;
const LR_MIN_EXP = Math.log10(L.learningRate.min);
const LR_MAX_EXP = Math.log10(L.learningRate.max);
const LR_STEP = 0.05;
const LR_TICKS = [0.0001, 0.001, 0.01, 0.1, 1];

/** The form showing a config. */
export function formFromConfig(c: TrainConfig): ConfigFormState {
  const u = (i: number) => String(c.hidden[i] ?? c.hidden.at(-1) ?? 8);
  return {
    layers: c.hidden.length,
    units: [u(0), u(1), u(2)],
    activation: c.activation,
    optimizer: c.optimizer,
    learningRate: c.learningRate,
    epochs: String(c.epochs),
    batchMode: c.batchSize === 'full' ? 'full' : 'mini',
    batchSize: c.batchSize === 'full' ? '32' : String(c.batchSize),
    seed: String(c.seed),
  };
}

/** Text → number; an empty field is NaN (not 0), so it fails validation instead of silently meaning zero. */
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));

/** The config the form describes, unvalidated (check it with configErrors / trainConfigSchema). */
export function candidateFromForm(f: ConfigFormState): unknown {
  return {
    hidden: f.units.slice(0, f.layers).map(num),
    activation: f.activation,
    optimizer: f.optimizer,
    learningRate: f.learningRate,
    epochs: num(f.epochs),
    batchSize: f.batchMode === 'full' ? 'full' : num(f.batchSize),
    seed: num(f.seed),
  };
}

/** Slider position (log10 of the rate) → a rate rounded to two significant digits, within the limits. */
export function rateFromSlider(exp: number): number {
  const lr = Number((10 ** exp).toPrecision(2));
  return Math.min(L.learningRate.max, Math.max(L.learningRate.min, lr));
}

const unitOk = (s: string) => {
  const n = num(s);
  return Number.isInteger(n) && n >= L.units.min && n <= L.units.max;
};

interface Props {
  form: ConfigFormState;
  onChange: (next: ConfigFormState) => void;
  errors: Partial<Record<ConfigField, string>>;
  /** True while a run is going: settings are fixed for its duration. */
  disabled: boolean;
  /** Rows in the training set (to say what "full batch" means). */
  trainRows: number | null;
  /** Measurements the model sees (the input layer's width); 4 unless the learner kept fewer on Prepare. */
  inputs?: number;
}

/** The training settings: network, optimizer and schedule, each message shown beside its field. */
export const TrainConfigForm = memo(function TrainConfigForm({ form, onChange, errors, disabled, trainRows, inputs = 4 }: Props) {
  const id = useId();
  const set = <K extends keyof ConfigFormState>(key: K, value: ConfigFormState[K]) => onChange({ ...form, [key]: value });
  const err = (field: ConfigField) => (errors[field] ? `${id}-${field}-error` : undefined);
  const lrExp = Math.log10(form.learningRate);
  return (
    <div className="config-form">
      <fieldset disabled={disabled}>
        <legend>Network</legend>
        <div className="field">
          <label htmlFor={`${id}-layers`}>Hidden layers</label>
          <select id={`${id}-layers`} value={form.layers} onChange={(e) => set('layers', Number(e.target.value))}>
            {[0, 1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n === 0 ? '0 (inputs straight to outputs)' : n}
              </option>
            ))}
          </select>
        </div>
        {form.layers > 0 && (
          <div className="units-row">
            {form.units.slice(0, form.layers).map((u, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one input per layer position; the position is its identity
              <div className="field" key={i}>
                <label htmlFor={`${id}-units-${i}`}>Units in layer {i + 1}</label>
                <input
                  id={`${id}-units-${i}`}
                  type="number"
                  inputMode="numeric"
                  min={L.units.min}
                  max={L.units.max}
                  step={1}
                  value={u}
                  aria-invalid={!unitOk(u)}
                  aria-describedby={!unitOk(u) ? err('hidden') : undefined}
                  onChange={(e) => {
                    const units = [...form.units] as ConfigFormState['units'];
                    units[i] = e.target.value;
                    set('units', units);
                  }}
                />
              </div>
            ))}
          </div>
        )}
        {errors.hidden && (
          <p id={err('hidden')} className="field-error">
            {errors.hidden}
          </p>
        )}
        <div className="field">
          <label htmlFor={`${id}-activation`}>Activation of hidden layers</label>
          <select
            id={`${id}-activation`}
            value={form.activation}
            aria-describedby={`${id}-activation-hint`}
            onChange={(e) => set('activation', e.target.value as ConfigFormState['activation'])}
          >
            {ACTIVATIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          <p id={`${id}-activation-hint`} className="hint">
            {form.layers === 0 ? 'Not used: with no hidden layer the model is a linear classifier (softmax regression).' : 'The output layer always uses softmax: three probabilities that add up to 1.'}
          </p>
        </div>
        <p className="hint">
          Shape: <code>{[inputs, ...form.units.slice(0, form.layers).map((u) => (unitOk(u) ? u : '?')), 3].join(' → ')}</code> ({inputs} measurement{inputs === 1 ? '' : 's'} in, 3
          species out)
        </p>
      </fieldset>

      <fieldset disabled={disabled}>
        <legend>Optimizer</legend>
        <div className="field">
          <label htmlFor={`${id}-optimizer`}>Optimizer</label>
          <select id={`${id}-optimizer`} value={form.optimizer} onChange={(e) => set('optimizer', e.target.value as ConfigFormState['optimizer'])}>
            {OPTIMIZERS.map((o) => (
              <option key={o} value={o}>
                {o === 'adam' ? 'adam (adapts its step per weight)' : 'sgd (plain gradient descent)'}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lr`}>
            Learning rate: <span className="lr-value">{formatRate(form.learningRate)}</span>
          </label>
          <input
            id={`${id}-lr`}
            type="range"
            className="lr-slider"
            min={LR_MIN_EXP}
            max={LR_MAX_EXP}
            step={LR_STEP}
            value={lrExp}
            aria-valuetext={formatRate(form.learningRate)}
            aria-describedby={`${id}-lr-hint${errors.learningRate ? ` ${err('learningRate')}` : ''}`}
            onChange={(e) => set('learningRate', rateFromSlider(Number(e.target.value)))}
          />
          <div className="lr-ticks" aria-hidden="true">
            {LR_TICKS.map((t) => (
              <span key={t}>{formatRate(t)}</span>
            ))}
          </div>
          <p id={`${id}-lr-hint`} className="hint">
            Logarithmic scale: each mark is 10 times the one before. Too small learns slowly; too large overshoots.
          </p>
          {errors.learningRate && (
            <p id={err('learningRate')} className="field-error">
              {errors.learningRate}
            </p>
          )}
        </div>
      </fieldset>

      <fieldset disabled={disabled}>
        <legend>Schedule</legend>
        <div className="field">
          <label htmlFor={`${id}-epochs`}>Epochs</label>
          <input
            id={`${id}-epochs`}
            className="num-input"
            type="number"
            inputMode="numeric"
            min={L.epochs.min}
            max={L.epochs.max}
            step={1}
            value={form.epochs}
            aria-invalid={!!errors.epochs}
            aria-describedby={err('epochs')}
            onChange={(e) => set('epochs', e.target.value)}
          />
          {errors.epochs && (
            <p id={err('epochs')} className="field-error">
              {errors.epochs}
            </p>
          )}
        </div>
        <fieldset className="inner-fieldset" aria-describedby={err('batchSize')}>
          <legend>Batch size</legend>
          <label className="choice">
            <input type="radio" name={`${id}-batch`} value="full" checked={form.batchMode === 'full'} onChange={() => set('batchMode', 'full')} />
            Full batch{trainRows !== null ? ` (all ${trainRows} training rows, one step per epoch)` : ' (one step per epoch)'}
          </label>
          <div className="choice-with-input">
            <label className="choice">
              <input type="radio" name={`${id}-batch`} value="mini" checked={form.batchMode === 'mini'} onChange={() => set('batchMode', 'mini')} />
              Mini-batches
            </label>
            <label htmlFor={`${id}-batch-size`} className="visually-hidden">
              Rows per mini-batch
            </label>
            <input
              id={`${id}-batch-size`}
              type="number"
              inputMode="numeric"
              className="short-input"
              min={L.batchSize.min}
              max={L.batchSize.max}
              step={1}
              value={form.batchSize}
              disabled={form.batchMode !== 'mini'}
              aria-invalid={!!errors.batchSize}
              aria-describedby={err('batchSize')}
              onChange={(e) => set('batchSize', e.target.value)}
            />
            <span aria-hidden="true">rows</span>
          </div>
          {errors.batchSize && (
            <p id={err('batchSize')} className="field-error">
              {errors.batchSize}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-seed`}>Seed (starting weights)</label>
          <div className="inline-controls">
            <input
              id={`${id}-seed`}
              type="number"
              inputMode="numeric"
              className="seed-input"
              min={L.seed.min}
              max={L.seed.max}
              step={1}
              value={form.seed}
              aria-invalid={!!errors.seed}
              aria-describedby={`${id}-seed-hint${errors.seed ? ` ${err('seed')}` : ''}`}
              onChange={(e) => set('seed', e.target.value)}
            />
            <button type="button" className="quiet" onClick={() => set('seed', String(Math.floor(Math.random() * 100_000)))}>
              New seed
            </button>
          </div>
          <p id={`${id}-seed-hint`} className="hint">
            The same seed and settings train the same model, in every browser.
          </p>
          {errors.seed && (
            <p id={err('seed')} className="field-error">
              {errors.seed}
            </p>
          )}
        </div>
      </fieldset>
    </div>
  );
});
