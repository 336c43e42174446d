import { lazy, Suspense } from 'react';
import { NavLink } from 'react-router';
import { PHASES, STAGES } from '../content/stages';
import type { Stage } from '../content/stages';
import { useAfterFirstPaint } from '../ui/use-after-first-paint';

// Progress is read (and validated) in a chunk of its own, so the first paint does not wait for it.
const NavProgressGlyph = lazy(() => import('../features/overview/nav-progress'));
const VisitTracker = lazy(() => import('../features/overview/nav-progress').then((m) => ({ default: m.VisitTracker })));

function StageLink({ stage, end = false, marks }: { stage: Stage; end?: boolean; marks: boolean }) {
  return (
    <NavLink to={stage.path} end={end}>
      {stage.short}
      {marks && (
        <Suspense fallback={null}>
          <NavProgressGlyph stageId={stage.id} />
        </Suspense>
      )}
    </NavLink>
  );
}

/** The navigation landmark: the steps grouped under the workflow's three phases, then the extra pages; a glyph shows progress. */
export function SiteNav({ open }: { open: boolean }) {
  const more = STAGES.filter((s) => s.phase === 'more');
  // The progress marks (and the zod schemas that validate stored progress) wait until the page has first painted.
  const marks = useAfterFirstPaint();
  return (
    <nav id="site-nav" aria-label="Tutorial steps" className={open ? 'site-nav open' : 'site-nav'}>
      {marks && (
        <Suspense fallback={null}>
          <VisitTracker />
        </Suspense>
      )}
      <ul className="nav-more">
        {more.slice(0, 1).map((s) => (
          <li key={s.id}>
            <StageLink stage={s} end marks={marks} />
          </li>
        ))}
      </ul>
      {PHASES.map((phase, p) => (
        <section key={phase.id} aria-labelledby={`nav-${phase.id}`} className="nav-phase">
          <h2 id={`nav-${phase.id}`}>
            <span aria-hidden="true" className="phase-number">
              {p + 1}
            </span>
            {phase.title}
          </h2>
          <ol>
            {STAGES.filter((s) => s.phase === phase.id).map((s) => (
              <li key={s.id}>
                <StageLink stage={s} marks={marks} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <ul className="nav-more">
        {more.slice(1).map((s) => (
          <li key={s.id}>
            <StageLink stage={s} marks={marks} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
