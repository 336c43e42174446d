import { memo, useMemo } from 'react';
import { featureLabel, formatFitted, leakageComparison } from '../../core/data/prepare-views';
import type { LeakageComparison } from '../../core/data/prepare-views';
import { leakageScores } from '../../core/data/leakage-score';
import type { LeakageScores } from '../../core/data/leakage-score';
import type { PipelineState } from '../../core/data/pipeline-state';
import type { DataRow } from '../../core/data/rows';
import { ScrollTable } from './scroll-table';

type Update = (change: (s: PipelineState) => PipelineState) => void;

const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The leak's consequence in scores: the same stand-in model, scaler fitted each way; said plainly when it is tiny. */
function LeakageCost({ scores }: { scores: LeakageScores }) {
  const { trainOnly, allRows, changedPredictions, scored } = scores;
  const same = changedPredictions === 0;
  return (
    <div className="measure leak-cost">
      <h3>What the leak does to a score</h3>
      <p>
        To see it as a number, we score a simple stand-in model on your split both ways. It predicts the species whose average training penguin is nearest, after
        scaling. It needs no training, so it runs on every change.
      </p>
      <ScrollTable label="Stand-in model scores">
        <table className="leak-table">
          <caption>Accuracy of the stand-in model</caption>
          <thead>
            <tr>
              <th scope="col">Scaler fitted on</th>
              <th scope="col" className="num">
                Validation
              </th>
              <th scope="col" className="num">
                Test
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Training rows only</th>
              <td className="num">{pct(trainOnly.validation)}</td>
              <td className="num">{pct(trainOnly.test)}</td>
            </tr>
            <tr>
              <th scope="row">All rows (the leak)</th>
              <td className="num">{pct(allRows.validation)}</td>
              <td className="num">{pct(allRows.test)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <p data-testid="leak-cost">
        {same
          ? `Here the leak changes none of the ${scored} validation and test predictions, so the scores are the same. That is honest: on this data the scaler's numbers move only a little. `
          : `Here the leak changes ${changedPredictions} of the ${scored} validation and test predictions. `}
        A scaler leaks little. Leakage bites harder when a step learns more from the held-out rows: filling missing values with an average of all rows (this pipeline
        uses the training rows' average), or choosing a model by its test score (the Evaluate step guards against that one).
      </p>
    </div>
  );
}

/** The checkbox for the leakage demo. */
function LeakageToggle({ on, update }: { on: boolean; update: Update }) {
  return (
    <label className="check leak-toggle">
      <input type="checkbox" checked={on} onChange={(e) => update((s) => ({ ...s, fitScalerOnAll: e.currentTarget.checked }))} aria-describedby="leak-hint" />
      Fit the scaler on all rows (a mistake)
    </label>
  );
}

/** The largest relative change, to quote in the explanation. */
function biggest(cmp: LeakageComparison) {
  return cmp.rows.reduce((best, r) => (Math.abs(r.difference / (r.trainOnly || 1)) > Math.abs(best.difference / (best.trainOnly || 1)) ? r : best));
}

/** Side-by-side train-only vs all-rows numbers and why fitting on all rows leaks test information. */
export const LeakageDemo = memo(function LeakageDemo({ on, raw, state, update, held }: { on: boolean; raw: readonly DataRow[]; state: PipelineState; update: Update; held: number }) {
  const cmp = useMemo(() => (on ? leakageComparison(raw, state) : null), [on, raw, state]);
  const scores = useMemo(() => (on ? leakageScores(raw, state) : null), [on, raw, state]);
  return (
    <div className="leakage">
      <LeakageToggle on={on} update={update} />
      <p id="leak-hint" className="hint">
        Never the default. Turn it on to see what changes, then turn it off again.
      </p>
      {on && (
        <div className="callout warning" role="note" aria-label="Leakage warning">
          <p>
            <strong>Warning: data leakage.</strong> The scaler now learns from the {held} validation and test penguins too. Your test score would no longer be honest.
          </p>
        </div>
      )}
      {on && cmp && <Comparison cmp={cmp} held={held} />}
      {on && scores && <LeakageCost scores={scores} />}
      {on && !cmp && <p className="muted">The comparison appears once the split works.</p>}
    </div>
  );
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function Comparison({ cmp, held }: { cmp: LeakageComparison; held: number }) {
  const top = biggest(cmp);
  const fmt = (v: number) => formatFitted(v, cmp.trainOnly.kind);
  const signed = (v: number) => `${v > 0 ? '+' : ''}${fmt(v)}`;
  return (
    <>
      <ScrollTable label="Train only vs all rows">
        <table className="leak-table">
          <caption>Train only vs all rows</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col" className="num">
                Train only
              </th>
              <th scope="col" className="num">
                All rows
              </th>
              <th scope="col" className="num">
                Difference
              </th>
            </tr>
          </thead>
          <tbody>
            {cmp.rows.map((r) => (
              <tr key={`${r.feature}-${r.stat}`}>
                <th scope="row">
                  {capitalize(featureLabel(r.feature))} {r.stat} <span className="muted">({r.unit})</span>
                </th>
                <td className="num">{fmt(r.trainOnly)}</td>
                <td className="num">{fmt(r.allRows)}</td>
                <td className="num">{signed(r.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <div className="measure">
        <p>
          Look at {featureLabel(top.feature)}: its {top.stat} moves from {fmt(top.trainOnly)} to {fmt(top.allRows)} {top.unit} ({signed(top.difference)} {top.unit}
          ). Those {held} extra penguins pulled it.
        </p>
        <p>
          Why it matters: the test set stands in for penguins the model has never seen. Fitted on all rows, the scaler has seen them. A little of the test set now hides inside
          every training input, so the test score is too optimistic.
        </p>
        <p>
          In production, the endpoint only has numbers from the past. It cannot fit on tomorrow's requests. Fit on training rows only, then apply those numbers everywhere.
        </p>
      </div>
    </>
  );
}
