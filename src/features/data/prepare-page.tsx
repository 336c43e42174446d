import { useDeferredValue, useMemo } from 'react';
import type { PipelineResult } from '../../core/data/pipeline';
import { SET_LABELS } from '../../core/data/prepare-views';
import type { DataRow } from '../../core/data/rows';
import { RenderWhenVisible } from '../../ui/render-when-visible';
import { StagePage } from '../../ui/stage-page';
import { DistributionPanel } from './distribution-chart';
import { LeakageDemo } from './leakage-demo';
import { OneHotPreview } from './one-hot-preview';
import { PipelineSummary } from './pipeline-summary';
import { PrepareFeatureChoice } from './prepare-feature-choice';
import { PrepareSplitControls } from './prepare-split-controls';
import { ReadyForTraining } from './ready-for-training';
import { FittedNumbers, ScalerChoice } from './scaler-panel';
import { SplitBar } from './split-bar';
import { usePipeline } from './use-pipeline';
import { useThrottledValue } from './use-throttled-value';
import type { Pipeline } from './use-pipeline';
import './prepare.css';
import { useMarkTriedOnChange } from '../../store/progress-store';

/** Step 3: split the cleaned rows, fit the scaler on training rows only, encode the target, and hand arrays to training. */
export default function PreparePage() {
  const p = usePipeline();
  useMarkTriedOnChange('prepare', p.state);
  return (
    <StagePage path="/data/prepare">
      {p.notices.length > 0 && (
        <div className="callout notices" role="status">
          {p.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" className="quiet" onClick={p.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {p.raw === null && (
        <div role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Loading the penguins data…
        </div>
      )}
      {p.raw && !p.raw.ok && (
        <div role="alert" className="callout error">
          <p>
            <strong>The data could not be loaded.</strong> {p.raw.message}
          </p>
          <button type="button" onClick={p.retry}>
            Retry
          </button>
        </div>
      )}
      {p.raw?.ok && p.result && <PrepareBench pipeline={p} raw={p.raw.rows} result={p.result} />}
    </StagePage>
  );
}

function Placeholder() {
  return <p className="muted measure">Shown once the rows can be split: fix the split above.</p>;
}

function PrepareBench({ pipeline, raw, result }: { pipeline: Pipeline; raw: DataRow[]; result: PipelineResult }) {
  const { state, update, shareQuery } = pipeline;
  // Sliders stay responsive: the bar and counts follow every step, while charts and tables redraw
  // a few times a second during a drag, in a transition, when the main thread is free.
  const latest = useMemo(() => ({ result, state }), [result, state]);
  const heavy = useDeferredValue(useThrottledValue(latest, 150));
  const sets = heavy.result.sets;
  const held = sets ? sets.validation.rows.length + sets.test.rows.length : 0;
  const fittedOn = heavy.state.fitScalerOnAll ? `on all ${heavy.result.kept.length} rows: the mistake` : `on the ${sets?.train.rows.length ?? 0} training rows only`;

  return (
    <div className="prepare">
      <PipelineSummary result={result} />

      <section aria-labelledby="split-heading" className="bench-section">
        <h2 id="split-heading">1. Split the rows</h2>
        <p className="measure">
          {result.sets
            ? `${result.kept.length} penguins are kept after cleaning. With your choices, ${result.sets.train.rows.length} go to ${SET_LABELS.train.toLowerCase()}, ${result.sets.validation.rows.length} to validation and ${result.sets.test.rows.length} to test.`
            : `${result.kept.length} penguins are kept after cleaning. Choose how to share them out.`}
        </p>
        <div className="prepare-grid">
          <div>
            <PrepareSplitControls state={state} update={update} result={result} />
            <PrepareFeatureChoice state={state} update={update} />
          </div>
          <SplitBar split={state.split} sets={result.sets} stratified={state.split.stratify} />
        </div>
      </section>

      <section aria-labelledby="scale-heading" className="bench-section">
        <h2 id="scale-heading">2. Normalize, fitted on training rows</h2>
        <ScalerChoice kind={state.scaler} update={update} />
        {sets && heavy.result.scaler ? (
          <>
            <DistributionPanel sets={sets} kind={heavy.result.scaler.kind} />
            <FittedNumbers scaler={heavy.result.scaler} fittedOn={fittedOn} features={heavy.result.features} />
          </>
        ) : (
          <Placeholder />
        )}
      </section>

      <section aria-labelledby="leak-heading" className="bench-section">
        <h2 id="leak-heading">3. The leakage mistake</h2>
        <p className="measure">
          Data leakage means training on information the model will not have when it predicts. One kind hides in preprocessing: the scaler's numbers should come
          from the training rows alone. Another is target leakage: a column that gives the answer away, such as a note a biologist writes only after naming the
          species.
        </p>
        <p className="measure">What if the scaler's numbers came from every row? Try it, and compare the numbers.</p>
        {/* Below the first screen: it renders when scrolled near, or when the browser is idle, as its own commit. */}
        <RenderWhenVisible minHeight="24rem">
          <LeakageDemo on={state.fitScalerOnAll} raw={raw} state={heavy.state} update={update} held={held} />
        </RenderWhenVisible>
      </section>

      <section aria-labelledby="encode-heading" className="bench-section">
        <h2 id="encode-heading">4. Encode the target</h2>
        {sets ? (
          <RenderWhenVisible minHeight="16rem">
            <OneHotPreview train={sets.train} features={heavy.result.features} />
          </RenderWhenVisible>
        ) : (
          <Placeholder />
        )}
      </section>

      <section aria-labelledby="ready-heading" className="bench-section ready-section">
        <h2 id="ready-heading">5. Ready for training</h2>
        <ReadyForTraining result={result} shareQuery={shareQuery} leaky={state.fitScalerOnAll} />
      </section>
    </div>
  );
}
