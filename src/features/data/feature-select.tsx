import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';

/** A labelled select of the four measurements. */
export function FeatureSelect({ id, label, value, onChange }: { id: string; label: string; value: Feature; onChange: (f: Feature) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Feature)}>
        {FEATURES.map((f) => (
          <option key={f} value={f}>
            {f} ({FEATURE_UNITS[f]})
          </option>
        ))}
      </select>
    </div>
  );
}
