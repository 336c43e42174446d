import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { PHASES, STAGES } from '../../content/stages';

// The learner's progress per step loads after first paint (it reads and validates storage, and counts quiz questions).
const StepProgress = lazy(() => import('./step-progress'));

/**
 * The workflow drawn as a cycle: three phases left to right, their steps as links, and a
 * return arrow from monitoring back to retrieving data. Structure is a real list, so it
 * reads in order without the picture; the arrows are decoration. `showProgress` false leaves out the progress marks
 * (the overview waits for its first paint before loading them).
 */
export function WorkflowCycle({ showProgress = true }: { showProgress?: boolean }) {
  let step = 0;
  return (
    <div className="cycle">
      <ol className="cycle-phases">
        {PHASES.map((phase, p) => (
          <li key={phase.id} className={`cycle-phase phase-${phase.id}`}>
            <h3>
              <span className="phase-number" aria-hidden="true">
                {p + 1}
              </span>
              {phase.title}
            </h3>
            <ol className="cycle-steps">
              {STAGES.filter((s) => s.phase === phase.id).map((s) => {
                step += 1;
                return (
                  <li key={s.id} value={step}>
                    <Link to={s.path} className="cycle-step">
                      <span className="step-number" aria-hidden="true">
                        {step}
                      </span>
                      <span className="step-title">{s.short}</span>
                      <span className="step-summary">{s.summary}</span>
                      {s.minutes !== undefined && <span className="step-time">About {s.minutes} min</span>}
                      {showProgress && (
                        <Suspense fallback={null}>
                          <StepProgress stageId={s.id} />
                        </Suspense>
                      )}
                    </Link>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <div className="cycle-return">
        <svg viewBox="0 0 1000 60" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <defs>
            <marker id="cycle-arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0 0 L10 5 L0 10 z" fill="currentColor" />
            </marker>
          </defs>
          <path d="M 930 4 V 40 H 70 V 10" fill="none" stroke="currentColor" strokeWidth="3" markerEnd="url(#cycle-arrow)" vectorEffect="non-scaling-stroke" />
        </svg>
        <p>
          <strong>Back to the start:</strong> monitoring shows when the world has changed. Then you retrieve new data, retrain, and deploy a new version. A deployed model is never the
          end.
        </p>
      </div>
    </div>
  );
}
