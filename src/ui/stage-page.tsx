import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { neighbours, PHASES, stageByPath } from '../content/stages';
import { StageFooter } from './stage-footer';

/** A tutorial page: phase label, h1, the lesson introduction, the page's own content, and previous/next links. */
export function StagePage({ path, children, wide = false }: { path: string; children?: ReactNode; wide?: boolean }) {
  const stage = stageByPath(path);
  if (!stage) throw new Error(`no stage at ${path}`);
  const phase = PHASES.find((p) => p.id === stage.phase);
  const { previous, next } = neighbours(path);
  return (
    <article className={wide ? 'lesson wide' : 'lesson'}>
      <title>{`${stage.title} · Deploy Lab`}</title>
      <header className="lesson-header">
        {phase && <p className="eyebrow">{phase.title}</p>}
        <h1 tabIndex={-1}>{stage.title}</h1>
        <p className="lead">{stage.summary}</p>
      </header>
      {stage.intro.length > 0 && (
        <section className="intro" aria-label="Lesson">
          {stage.intro.map((para) => (
            <p key={para}>{para}</p>
          ))}
        </section>
      )}
      {children}
      <StageFooter stageId={stage.id} />
      <nav className="pager" aria-label="Previous and next step">
        {previous ? (
          <Link to={previous.path} rel="prev">
            <span className="pager-label">Previous</span> {previous.short}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={next.path} rel="next" className="pager-next">
            <span className="pager-label">Next</span> {next.short}
          </Link>
        )}
      </nav>
    </article>
  );
}
