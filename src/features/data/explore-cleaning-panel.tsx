import { useId, useMemo } from 'react';
import { formatNumber, missingCells } from '../../core/data/explore-views';
import { convertKilograms } from '../../core/data/kg-to-grams';
import type { PipelineResult } from '../../core/data/pipeline';
import type { PipelineState } from '../../core/data/pipeline-state';
import { FEATURE_UNITS, FEATURES, VALID_RANGES } from '../../core/data/penguins';
import { CheckboxField } from './checkbox-field';
import { ExploreOutlierControls } from './explore-outlier-controls';

interface Props {
  state: PipelineState;
  update: (change: (s: PipelineState) => PipelineState) => void;
  result: PipelineResult;
}

const MISSING_OPTIONS: { value: PipelineState['missing']; label: string }[] = [
  { value: 'drop', label: 'Drop the row' },
  { value: 'mean', label: 'Fill with the mean' },
  { value: 'median', label: 'Fill with the median' },
];

/** Every cleaning choice as a labelled form control, with the live numbers each choice affects. */
export function ExploreCleaningPanel({ state, update, result }: Props) {
  const id = useId();
  const setCleaning = (key: keyof PipelineState['cleaning'], on: boolean) => update((s) => ({ ...s, cleaning: { ...s.cleaning, [key]: on } }));
  const { kgToGrams = false, invalidAsMissing } = state.cleaning;
  // Converted masses are in range again, so they are not counted as missing.
  const missing = useMemo(() => missingCells(kgToGrams ? convertKilograms(result.input) : result.input, invalidAsMissing), [result.input, kgToGrams, invalidAsMissing]);
  return (
    <form className="cleaning-panel" aria-labelledby={`${id}-title`} onSubmit={(e) => e.preventDefault()}>
      <h2 id={`${id}-title`}>Cleaning choices</h2>
      <CheckboxField
        label={<strong>Real-world messy data</strong>}
        hint="Plants a few realistic data-entry mistakes into the raw rows. Find them with the summary table and the charts, then fix them here."
        checked={state.messy}
        onChange={(on) => update((s) => ({ ...s, messy: on }))}
      />
      <fieldset className="panel-group">
        <legend>Mistakes</legend>
        <CheckboxField label="Fix species labels" hint={'Trims spaces and fixes capitals: "gentoo " becomes "Gentoo".'} checked={state.cleaning.fixLabels} onChange={(on) => setCleaning('fixLabels', on)} />
        <CheckboxField label="Drop duplicate rows" hint="Keeps the first of rows equal in every column." checked={state.cleaning.dropDuplicates} onChange={(on) => setCleaning('dropDuplicates', on)} />
        <CheckboxField
          label="Convert kilogram masses to grams"
          hint="A body mass between 1 and 10 was typed in kilograms: ×1000 gives the real mass. The right fix: the bird is real and stays. Out-of-range as missing (below) would drop it."
          checked={kgToGrams}
          onChange={(on) => setCleaning('kgToGrams', on)}
        />
        <CheckboxField
          label="Treat out-of-range values as missing"
          hint={`Valid ranges: ${FEATURES.map((f) => `${f} ${formatNumber(VALID_RANGES[f][0])}–${formatNumber(VALID_RANGES[f][1])} ${FEATURE_UNITS[f]}`).join('; ')}. Wide on purpose: they catch typos, not rare birds.`}
          checked={state.cleaning.invalidAsMissing}
          onChange={(on) => setCleaning('invalidAsMissing', on)}
        />
      </fieldset>
      <fieldset className="panel-group">
        <legend>Missing values</legend>
        <p className="hint" id={`${id}-missing-rows`}>
          {missing.length === 0 ? 'No row has a missing measurement.' : `${missing.length} row${missing.length === 1 ? ' has' : 's have'} a missing measurement: `}
          {missing.map((m, i) => (
            <span key={m.id}>
              row {m.id} ({m.columns.join(', ')}){i < missing.length - 1 ? '; ' : '.'}
            </span>
          ))}
        </p>
        <div className="stacked-options">
          {MISSING_OPTIONS.map((o) => (
            <label key={o.value}>
              <input type="radio" name={`${id}-missing`} value={o.value} checked={state.missing === o.value} onChange={() => update((s) => ({ ...s, missing: o.value }))} /> {o.label}
            </label>
          ))}
        </div>
        <p className="hint">
          {state.missing === 'drop'
            ? `${missing.length} row${missing.length === 1 ? ' is' : 's are'} dropped.`
            : `The ${state.missing} is computed on the training split only: if validation and test rows helped choose the fill value, the model would be judged on data it has already seen a little of.`}
        </p>
        {result.imputed && (
          <p className="hint">
            Fill values (training {state.missing}): {FEATURES.map((f) => `${f} ${formatNumber(result.imputed?.[f] ?? Number.NaN)} ${FEATURE_UNITS[f]}`).join('; ')}.
          </p>
        )}
      </fieldset>
      <ExploreOutlierControls state={state} update={update} result={result} />
    </form>
  );
}
