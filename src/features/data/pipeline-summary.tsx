import { useId } from 'react';
import { groupRemovals } from '../../core/data/cleaning-summary';
import type { PipelineResult } from '../../core/data/pipeline';
import './explore.css';
import { formatCount } from '../../core/format/count';

const n = formatCount;

/** The data phase at a glance: rows in, rows removed (by reason), rows kept, split sizes when the split ran, and what blocks training. */
export function PipelineSummary({ result }: { result: PipelineResult }) {
  const id = useId();
  const groups = groupRemovals(result.removed);
  const sets = result.sets;
  return (
    <section className="pipeline-summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your pipeline so far</h2>
      <ol className="pipeline-flow">
        <li>
          <span className="pipeline-label">Rows in</span>
          <strong className="pipeline-number">{n(result.input.length)}</strong>
        </li>
        <li>
          <span className="pipeline-label">Removed</span>
          <strong className="pipeline-number">{n(result.removed.length)}</strong>
          {groups.length > 0 ? (
            <ul className="pipeline-reasons">
              {groups.map((g) => (
                <li key={g.kind}>
                  {g.label}: {n(g.count)}
                </li>
              ))}
            </ul>
          ) : (
            <span className="pipeline-note">nothing removed</span>
          )}
        </li>
        <li>
          <span className="pipeline-label">Rows kept</span>
          <strong className="pipeline-number">{n(result.kept.length)}</strong>
        </li>
        <li>
          <span className="pipeline-label">Split</span>
          {sets ? (
            <ul className="pipeline-reasons">
              <li>training: {n(sets.train.rows.length)}</li>
              <li>validation: {n(sets.validation.rows.length)}</li>
              <li>test: {n(sets.test.rows.length)}</li>
            </ul>
          ) : (
            <span className="pipeline-note">not split yet</span>
          )}
        </li>
      </ol>
      {result.blockers.length > 0 && (
        <div className="callout error pipeline-blockers">
          <p>
            <strong>
              {result.blockers.length === 1 ? 'One problem stops' : `${result.blockers.length} problems stop`} the data from going to training:
            </strong>
          </p>
          <ul>
            {result.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
