import { memo } from 'react';
import { TRAIN_PRESETS } from './train-presets';
import type { TrainPreset } from './train-presets';

interface Props {
  /** The preset applied last during this visit, if any. */
  applied: TrainPreset | null;
  onApply: (preset: TrainPreset) => void;
  disabled: boolean;
}

/** "Try this": presets that make each lesson happen with the learner's own curves, and what to look for. */
export const TrainPresetsPanel = memo(function TrainPresetsPanel({ applied, onApply, disabled }: Props) {
  return (
    <section className="bench-panel presets-panel" aria-labelledby="presets-heading">
      <h2 id="presets-heading">Try this</h2>
      <p className="hint">Each preset changes the settings (and, where it says so, your data choices). Then press Train and look at the curves.</p>
      <ul className="preset-list">
        {TRAIN_PRESETS.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onApply(p)} disabled={disabled} aria-describedby={`preset-${p.id}`}>
              {p.label}
            </button>
            <span id={`preset-${p.id}`} className="hint">
              {p.changes}
            </span>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {applied && (
          <p className="callout">
            <strong>{applied.label}: set.</strong> Press Train. {applied.lookFor}
          </p>
        )}
      </div>
    </section>
  );
});
