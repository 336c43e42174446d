import { Link } from 'react-router';
import type { PipelineResult } from '../../core/data/pipeline';
import { SET_LABELS, setShapes } from '../../core/data/prepare-views';

/** What goes to training (array shapes per set) and the way on, disabled with its reasons while the data is not ready. */
export function ReadyForTraining({ result, shareQuery, leaky }: { result: PipelineResult; shareQuery: string; leaky: boolean }) {
  const { sets, blockers } = result;
  const ready = sets !== null && blockers.length === 0;
  return (
    <div className="ready">
      {sets ? (
        <ul className="shapes" aria-label="Array shapes per set">
          {setShapes(sets).map((s) => (
            <li key={s.set}>
              <span className="shape-set">
                <span className={`set-swatch set-${s.set}`} aria-hidden="true" /> {SET_LABELS[s.set]}
              </span>{' '}
              <span className="shape-arrays">
                <code>{s.x}</code> <code>{s.y}</code>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="measure">No arrays yet: the rows could not be split with these choices.</p>
      )}
      {sets && (
        <p className="measure small">
          Each row of X is one penguin's four scaled measurements. Each row of y is its species, one-hot. The test arrays wait, untouched, until the evaluation step.
        </p>
      )}
      {ready && leaky && (
        <p className="measure field-warning">
          Your scaler is still fitted on all rows (the leakage mistake). You can continue, but your test score will be too optimistic. Untick it in step 3 first.
        </p>
      )}
      {ready ? (
        <Link className="button-link" to={{ pathname: '/model/train', search: `?${shareQuery}` }}>
          Continue to training
        </Link>
      ) : (
        <>
          {/* A link without href is not a dead link: it says it is disabled, and why, and stays in the tab order so the reason is found. */}
          {/* biome-ignore lint/a11y/useValidAnchor: an unavailable link, rendered without href on purpose */}
          <a className="button-link disabled" role="link" aria-disabled="true" tabIndex={0} aria-describedby="continue-why">
            Continue to training
          </a>
          <div id="continue-why" className="field-error">
            <p>Not available yet. Fix this first:</p>
            <ul>
              {(blockers.length > 0 ? blockers : ['The data could not be split.']).map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </div>
        </>
      )}
    </div>
  );
}
