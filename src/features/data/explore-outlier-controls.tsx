import { startTransition, useId, useState } from 'react';
import type { PipelineResult } from '../../core/data/pipeline';
import type { PipelineState } from '../../core/data/pipeline-state';
import { RARE_BIRD_LIMIT, rareBirdLosses } from '../../core/data/rare-birds';
import { CheckboxField } from './checkbox-field';

type Rule = PipelineState['outliers']['rule'];

/** Slider range and starting value per rule (Tukey's 1.5 for IQR, the common 3 for z-scores). */
export const THRESHOLDS: Record<Rule, { min: number; max: number; step: number; start: number }> = {
  iqr: { min: 0.5, max: 3, step: 0.1, start: 1.5 },
  zscore: { min: 1.5, max: 5, step: 0.1, start: 3 },
};

interface Props {
  state: PipelineState;
  update: (change: (s: PipelineState) => PipelineState) => void;
  result: PipelineResult;
}

/** Outlier rule, threshold slider with the live flagged count, and whether flagged rows are removed. */
export function ExploreOutlierControls({ state, update, result }: Props) {
  const id = useId();
  const { rule, threshold, remove } = state.outliers;
  const range = THRESHOLDS[rule];
  // The slider shows the value under the finger at once; the pipeline and charts follow in a transition.
  const [draft, setDraft] = useState<number | null>(null);
  const shown = draft ?? threshold;
  const setRule = (next: Rule) =>
    update((s) => {
      // k = 1.5 (IQR) and t = 1.5 (z-score) mean different things: a new rule starts at its own default.
      if (next === s.outliers.rule) return s;
      return { ...s, outliers: { ...s.outliers, rule: next, threshold: THRESHOLDS[next].start } };
    });
  const setThreshold = (t: number) => {
    setDraft(t);
    startTransition(() => {
      update((s) => ({ ...s, outliers: { ...s.outliers, threshold: t } }));
      setDraft(null);
    });
  };
  const flagged = result.flagged.size;
  // The rows the rule looked at: those kept, plus those it removed.
  const looked = [...result.kept, ...result.removed.filter((r) => result.flagged.has(r.row.id)).map((r) => r.row)];
  const losses = rareBirdLosses(looked, result.flagged);
  const valueText = rule === 'iqr' ? `IQR times ${shown}` : `z-score above ${shown}`;
  return (
    <fieldset className="panel-group">
      <legend>Outliers</legend>
      <p className="hint">An outlier is a value far from the rest. It can be a mistake or a rare, real bird: look before you remove.</p>
      <fieldset className="inline-options">
        <legend>Rule</legend>
        <label>
          <input type="radio" name={`${id}-rule`} checked={rule === 'iqr'} onChange={() => setRule('iqr')} /> IQR fences
        </label>
        <label>
          <input type="radio" name={`${id}-rule`} checked={rule === 'zscore'} onChange={() => setRule('zscore')} /> z-score
        </label>
      </fieldset>
      <p className="hint">
        {rule === 'iqr'
          ? 'Flags values below Q1 − k × IQR or above Q3 + k × IQR, where IQR = Q3 − Q1 (Tukey used k = 1.5).'
          : 'Flags values more than t standard deviations from the mean. One extreme value inflates the standard deviation, so it can hide itself.'}
      </p>
      <div className="field">
        <div className="slider-head">
          <label htmlFor={`${id}-threshold`}>{rule === 'iqr' ? 'k (IQR multiplier)' : 't (z-score threshold)'}</label>
          <span className="slider-value" aria-hidden="true">
            {shown.toFixed(1)}
          </span>
        </div>
        <input
          id={`${id}-threshold`}
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={shown}
          aria-valuetext={valueText}
          aria-describedby={`${id}-flagged`}
          onChange={(e) => setThreshold(Number(e.target.value))}
        />
        <output id={`${id}-flagged`} htmlFor={`${id}-threshold`} className="flag-count">
          {flagged} row{flagged === 1 ? '' : 's'} flagged
        </output>
        {losses.length > 0 && (
          <p className="field-warning">
            Careful: this flags{' '}
            {losses.map((l, i) => (
              <span key={l.species}>
                {i > 0 && (i === losses.length - 1 ? ' and ' : ', ')}
                {l.flagged} of {l.total} {l.species} ({(l.share * 100).toFixed(1)} %)
              </span>
            ))}
            . More than {(RARE_BIRD_LIMIT * 100).toFixed(0)} % of one species is likely real, rare birds, not mistakes: removing them teaches the model that such birds do not exist.
          </p>
        )}
      </div>
      <CheckboxField
        label="Remove flagged outliers"
        hint={remove ? `${flagged} flagged row${flagged === 1 ? ' is' : 's are'} removed before the split.` : 'Off: flagged rows are only marked, and stay in the data.'}
        checked={remove}
        onChange={(on) => update((s) => ({ ...s, outliers: { ...s.outliers, remove: on } }))}
      />
    </fieldset>
  );
}
