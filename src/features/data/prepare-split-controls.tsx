import { useId, useState } from 'react';
import type { PipelineResult } from '../../core/data/pipeline';
import type { PipelineState } from '../../core/data/pipeline-state';
import { DEFAULT_PIPELINE } from '../../core/data/pipeline-state';
import { SET_LABELS, SET_NAMES, setSplitPercent } from '../../core/data/prepare-views';
import type { SetName } from '../../core/data/prepare-views';

const MAX_SEED = 2 ** 31 - 1;

type Update = (change: (s: PipelineState) => PipelineState) => void;

/** A random seed small enough to read out loud to a class. */
function randomSeed(current: number): number {
  let seed = current;
  while (seed === current) seed = 1 + Math.floor(Math.random() * 99_999);
  return seed;
}

/** The default split in words, read from DEFAULT_PIPELINE: "70/15/15, seed 42, stratified". */
export function defaultSplitLabel(split: PipelineState['split'] = DEFAULT_PIPELINE.split): string {
  return `${split.train}/${split.validation}/${split.test}, seed ${split.seed}, ${split.stratify ? 'stratified' : 'not stratified'}`;
}

/** Split choices: three percentages (optionally kept at 100 in total), the seed and stratification; blockers shown inline. */
export function PrepareSplitControls({ state, update, result }: { state: PipelineState; update: Update; result: PipelineResult }) {
  const [keepTotal, setKeepTotal] = useState(true);
  const { split } = state;
  const sum = split.train + split.validation + split.test;
  const fixedTest = 100 - split.train - split.validation;
  const blockersId = useId();
  const hasBlockers = result.blockers.length > 0;

  const setPercent = (which: SetName, value: number) => update((s) => ({ ...s, split: { ...s.split, ...setSplitPercent(s.split, which, value, keepTotal) } }));

  return (
    <div className="split-controls">
      <fieldset className="prepare-fieldset">
        <legend>Split percentages</legend>
        {SET_NAMES.map((set) => {
          const count = result.sets?.[set].rows.length;
          return (
            <div key={set} className="percent-row">
              <label htmlFor={`split-${set}`}>{SET_LABELS[set]}</label>
              <input
                id={`split-${set}`}
                type="range"
                min={0}
                max={100}
                step={1}
                value={split[set]}
                aria-valuetext={`${split[set]}%${count === undefined ? '' : `, ${count} rows`}`}
                aria-invalid={split[set] < 5 || sum !== 100}
                aria-describedby={hasBlockers ? blockersId : undefined}
                onChange={(e) => setPercent(set, Number(e.currentTarget.value))}
              />
              <output htmlFor={`split-${set}`} className="percent-value">
                {split[set]}%{count !== undefined && <span className="muted"> · {count} rows</span>}
              </output>
            </div>
          );
        })}
        <p className={sum === 100 ? 'split-total' : 'split-total field-error'}>
          Total: <strong>{sum}%</strong>
          {sum !== 100 && ' (must be 100%)'}
        </p>
        <label className="check">
          <input type="checkbox" checked={keepTotal} onChange={(e) => setKeepTotal(e.currentTarget.checked)} aria-describedby="keep-total-hint" />
          Keep the total at 100%
        </label>
        <p id="keep-total-hint" className="hint">
          Moving training or validation changes test; moving test changes validation.
        </p>
        {sum !== 100 && fixedTest >= 5 && (
          <button type="button" className="quiet" onClick={() => update((s) => ({ ...s, split: { ...s.split, ...setSplitPercent(s.split, 'train', s.split.train, true) } }))}>
            Make test {fixedTest}% so the total is 100%
          </button>
        )}
      </fieldset>
      <div role="status" aria-live="polite" id={blockersId}>
        {hasBlockers && (
          <div className="callout error blockers">
            <p>
              <strong>Not ready for training yet.</strong>
            </p>
            <ul>
              {result.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <fieldset className="prepare-fieldset">
        <legend>Shuffle</legend>
        <SeedField seed={split.seed} onSeed={(seed) => update((s) => ({ ...s, split: { ...s.split, seed } }))} />
        <label className="check">
          <input type="checkbox" checked={split.stratify} onChange={(e) => setStratify(update, e.currentTarget.checked)} aria-describedby="stratify-hint" />
          Stratify by species
        </label>
        <p id="stratify-hint" className="hint">
          Splits each species on its own, so every set gets its fair share of each.
        </p>
      </fieldset>

      <button type="button" onClick={() => update((s) => ({ ...s, split: DEFAULT_PIPELINE.split }))}>
        Restore {defaultSplitLabel()}
      </button>
    </div>
  );
}

function setStratify(update: Update, stratify: boolean) {
  update((s) => ({ ...s, split: { ...s.split, stratify } }));
}

/** The seed as a number input (kept as a draft while it is not a valid seed) and a "New seed" button. */
function SeedField({ seed, onSeed }: { seed: number; onSeed: (seed: number) => void }) {
  const [draft, setDraft] = useState(String(seed));
  const [shown, setShown] = useState(seed);
  // A new seed from outside (button, restore, link) replaces the draft.
  if (shown !== seed) {
    setShown(seed);
    if (Number(draft) !== seed) setDraft(String(seed));
  }
  const value = Number(draft);
  const valid = draft.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
  return (
    <div className="field seed-field">
      <label htmlFor="split-seed">Seed</label>
      <div className="seed-row">
        <input
          id="split-seed"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_SEED}
          step={1}
          value={draft}
          aria-invalid={!valid}
          aria-describedby="seed-hint"
          onChange={(e) => {
            const next = e.currentTarget.value;
            setDraft(next);
            const n = Number(next);
            if (next.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED) onSeed(n);
          }}
        />
        <button type="button" onClick={() => onSeed(randomSeed(seed))}>
          New seed
        </button>
      </div>
      <p id="seed-hint" className={valid ? 'hint' : 'field-error'}>
        {valid ? 'Same seed, same sets: your class sees the same numbers.' : `Enter a whole number from 0 to ${MAX_SEED.toLocaleString('en-US')}; the split still uses ${seed}.`}
      </p>
    </div>
  );
}
