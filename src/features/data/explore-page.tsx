import { useDeferredValue, useId, useState } from 'react';
import { sameMembers, sameRows } from '../../core/data/explore-views';
import type { PipelineResult } from '../../core/data/pipeline';
import { StagePage } from '../../ui/stage-page';
import { ExploreCleaningPanel } from './explore-cleaning-panel';
import { ExploreHistogram } from './explore-histogram';
import { ExploreLessons } from './explore-lessons';
import { ExploreRemovedRows } from './explore-removed-rows';
import { ExploreScatter } from './explore-scatter';
import { ExploreShare } from './explore-share';
import { ExploreStripPlot } from './explore-strip-plot';
import { ExploreSummaryTable } from './explore-summary-table';
import { MistakePointer } from './mistake-pointer';
import { MistakesChecklist } from './mistakes-checklist';
import { PipelineSummary } from './pipeline-summary';
import { useMistakeFinding } from './use-mistake-finding';
import { usePipeline } from './use-pipeline';
import type { Pipeline } from './use-pipeline';
import { useStableValue } from './use-stable-value';
import './explore.css';
import { useMarkTriedOnChange } from '../../store/progress-store';

type View = 'before' | 'after';

/** Step 2: summarize, plot and clean the data; every choice feeds the shared pipeline. */
export default function ExplorePage() {
  const pipeline = usePipeline();
  useMarkTriedOnChange('explore', pipeline.state);
  const { raw, result, notices, dismissNotices, retry } = pipeline;
  return (
    <StagePage path="/data/explore">
      {notices.length > 0 && (
        <div className="callout notice-callout">
          <ul>
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" className="quiet" onClick={dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {raw === null && (
        <div role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Loading the penguin data…
        </div>
      )}
      {raw && !raw.ok && (
        <div role="alert" className="callout error">
          <p>
            <strong>The data could not be loaded.</strong> {raw.message}
          </p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </div>
      )}
      {result && <Explorer pipeline={pipeline} result={result} />}
    </StagePage>
  );
}

function Explorer({ pipeline, result }: { pipeline: Pipeline; result: PipelineResult }) {
  const id = useId();
  const { state, update, reset, shareQuery } = pipeline;
  // Until the learner picks a view: with messy data the raw rows, where every planted mistake (the "gentoo" label too) is visible.
  const [picked, setView] = useState<View | null>(null);
  const view: View = picked ?? (state.messy ? 'before' : 'after');
  const finding = useMistakeFinding(result.input);
  const onPick = state.messy ? finding.point : undefined;
  // Charts and tables render from deferred values, so controls answer at once while the pictures catch up.
  const shown = useDeferredValue(result);
  const shownView = useDeferredValue(view);
  // A re-run with the same rows (say, a new outlier threshold) keeps the old array, so the memoized tables and charts skip it.
  const rows = useStableValue(shownView === 'before' ? shown.input : shown.kept, sameRows);
  const flagged = useStableValue(shown.flagged, sameMembers);
  const viewLabel = shownView === 'before' ? 'before cleaning' : 'after cleaning';
  return (
    <>
      <PipelineSummary result={result} />
      <ExploreLessons result={result} retrievedRows={pipeline.raw?.ok ? pipeline.raw.rows.length : result.input.length} />
      {state.messy && <MistakesChecklist mistakes={result.mistakes} found={finding.found} kgConverted={state.cleaning.kgToGrams === true} />}
      <div className="explore-bench">
        <div className="explore-controls">
          <ExploreCleaningPanel state={state} update={update} result={result} />
          <section className="panel-group" aria-labelledby={`${id}-removed`}>
            <h2 id={`${id}-removed`}>Removed rows</h2>
            <ExploreRemovedRows removed={result.removed} />
            <ExploreShare shareQuery={shareQuery} onReset={reset} />
          </section>
        </div>
        <div className="explore-views">
          <fieldset className="view-switch">
            <legend>Show tables and charts for the data</legend>
            <label>
              <input type="radio" name={`${id}-view`} checked={view === 'before'} onChange={() => setView('before')} /> Before cleaning ({result.input.length} rows)
            </label>
            <label>
              <input type="radio" name={`${id}-view`} checked={view === 'after'} onChange={() => setView('after')} /> After cleaning ({result.kept.length} rows)
            </label>
          </fieldset>
          <ExploreSummaryTable
            rows={rows}
            viewLabel={viewLabel}
            note={shownView === 'after' && shown.removed.length > 0 ? `The ${shown.removed.length} removed rows are not in these numbers: choose “Before cleaning” to see them.` : undefined}
          />
          <section className="bench-section" aria-labelledby={`${id}-charts`}>
            <h2 id={`${id}-charts`}>Charts</h2>
            <p className="measure">
              Each chart has a table twin with the same numbers. Points keep their species' color and shape everywhere: Adelie circles, Chinstrap triangles, Gentoo squares.
            </p>
            <ExploreHistogram rows={rows} viewLabel={viewLabel} />
            <ExploreScatter rows={rows} viewLabel={viewLabel} onPick={onPick} />
            <ExploreStripPlot rows={rows} viewLabel={viewLabel} bounds={shown.bounds} flagged={flagged} onPick={onPick} />
            {onPick && <MistakePointer last={finding.last} onPoint={onPick} />}
          </section>
        </div>
      </div>
    </>
  );
}
