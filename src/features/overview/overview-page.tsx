import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { CLASS_MINUTES, countInWords, PENGUIN_RECORDS } from '../../content/data-facts';
import { STAGES } from '../../content/stages';
import { FEATURES, SPECIES } from '../../core/data/penguins';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { WorkflowCycle } from './workflow-cycle';

const ProgressControls = lazy(() => import('./progress-controls'));
// Reads stored progress, so it loads after first paint; until then the button offers step 1.
const NextStepLink = lazy(() => import('./next-step-link'));
const STEPS = STAGES.filter((s) => s.phase !== 'more');
const TOTAL_MINUTES = STEPS.reduce((sum, s) => sum + (s.minutes ?? 0), 0);

/** The home page: the workflow as a cycle of three phases, and what the learner will build. */
export default function OverviewPage() {
  const first = STAGES.find((s) => s.id === 'retrieve');
  // The parts that read stored progress load after the first paint, so their code does not delay it.
  const painted = useAfterFirstPaint();
  const loadingProgress = <p className="muted">Loading your progress…</p>;
  const startLink = first && (
    <Link className="button-link" to={first.path}>
      Start with step 1: {first.short}
    </Link>
  );
  return (
    <article className="lesson wide">
      <title>Deploy Lab · from raw data to a deployed model</title>
      <header className="lesson-header">
        <p className="eyebrow">Overview</p>
        <h1 tabIndex={-1}>From raw data to a deployed model</h1>
        <p className="lead">
          You will follow one real data set and one real model through every step of the machine-learning workflow, and end with a model answering HTTP requests.
        </p>
      </header>
      <section aria-labelledby="cycle-heading">
        <h2 id="cycle-heading">The workflow is a cycle</h2>
        <p className="measure">
          The work falls into three phases. Each box below is a step; open it to do that step. The arrow at the bottom matters most: once a model is deployed, monitoring tells you when to
          go back to the start.
        </p>
        <WorkflowCycle showProgress={painted} />
      </section>
      <section aria-labelledby="progress-heading" className="measure">
        <h2 id="progress-heading">Your progress</h2>
        {painted ? (
          <Suspense fallback={loadingProgress}>
            <ProgressControls />
          </Suspense>
        ) : (
          loadingProgress
        )}
      </section>
      <section aria-labelledby="build-heading" className="measure">
        <h2 id="build-heading">What you will build</h2>
        <ul>
          <li>
            A clean, prepared copy of the Palmer penguins data: {PENGUIN_RECORDS} birds, {countInWords(SPECIES.length)} species, {countInWords(FEATURES.length)} measurements each.
          </li>
          <li>A small neural network, trained in your browser, that tells the species from a penguin's bill, flipper and body mass.</li>
          <li>A REST endpoint that serves your model, and the HTTP requests that call it, built and read by you, byte by byte.</li>
          <li>A dashboard that watches the endpoint, and a safe way to roll out the next version.</li>
        </ul>
        <p>
          Everything runs in this page: no account, no server, no install. The endpoint is real HTTP, answered inside your browser, so you can watch every request in your browser's
          developer tools.
        </p>
        <p>
          All {countInWords(STEPS.length)} steps take about {TOTAL_MINUTES} minutes; each box above says how long its step takes.
        </p>
        {startLink && <p>{painted ? <Suspense fallback={startLink}>{<NextStepLink />}</Suspense> : startLink}</p>}
        <p>
          Teaching a class? The <Link to="/instructor">instructor guide</Link> has a {CLASS_MINUTES}-minute plan through these pages. Unsure of a word? See the <Link to="/glossary">glossary</Link>.
        </p>
      </section>
    </article>
  );
}
