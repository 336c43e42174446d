import { Link } from 'react-router';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { PipelineState } from '../../core/data/pipeline-state';
import { chosenFeatures } from '../../core/data/pipeline-state';

type Update = (change: (s: PipelineState) => PipelineState) => void;

const WORDS: Record<Feature, string> = {
  bill_length_mm: 'Bill length',
  bill_depth_mm: 'Bill depth',
  flipper_length_mm: 'Flipper length',
  body_mass_g: 'Body mass',
};

/** The harder problem the presets and the lessons use: two measurements on which Adelie and Chinstrap overlap. */
const HARDER: readonly Feature[] = ['bill_length_mm', 'body_mass_g'];

/** Which measurements the model sees (at least one). The endpoint later asks for exactly these. */
export function PrepareFeatureChoice({ state, update }: { state: PipelineState; update: Update }) {
  const chosen = chosenFeatures(state);
  const toggle = (f: Feature, on: boolean) =>
    update((s) => {
      const next = FEATURES.filter((g) => (g === f ? on : s.features.includes(g)));
      return next.length === 0 ? s : { ...s, features: next };
    });
  const isHarder = chosen.length === HARDER.length && HARDER.every((f) => chosen.includes(f));
  return (
    <fieldset className="prepare-fieldset feature-choice">
      <legend>Measurements the model sees</legend>
      <p className="hint" id="feature-choice-hint">
        A feature is one input column of the model. With all four, the three species are easy to tell apart. With fewer, the problem gets harder, and the model makes
        mistakes you can study. The deployed endpoint asks for exactly the measurements you keep here.
      </p>
      {FEATURES.map((f) => {
        const only = chosen.length === 1 && chosen[0] === f;
        return (
          <label key={f} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(f)}
              disabled={only}
              aria-describedby="feature-choice-hint"
              onChange={(e) => toggle(f, e.currentTarget.checked)}
            />
            {WORDS[f]} ({FEATURE_UNITS[f]}){only && <span className="muted"> (the model needs at least one)</span>}
          </label>
        );
      })}
      {!isHarder && (
        <button type="button" className="quiet" onClick={() => update((s) => ({ ...s, features: [...HARDER] }))}>
          Make it harder: only bill length and body mass
        </button>
      )}
      {isHarder && (
        <p className="hint">
          On these two, Adelie and Chinstrap penguins overlap: put bill length and body mass on the axes of the <Link to="/data/explore">Explore scatter plot</Link> to see where.
        </p>
      )}
    </fieldset>
  );
}
