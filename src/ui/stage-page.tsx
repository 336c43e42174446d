import { Fragment, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { GLOSSARY } from '../content/glossary';
import { createTermMatcher, linkTerms } from '../content/glossary-linker';
import { neighbours, PHASES, stageByPath } from '../content/stages';
import { CopyLinkButton } from './copy-link-button';
import { StageFooter } from './stage-footer';

const TERMS = createTermMatcher(GLOSSARY);

/** The lesson paragraphs, with the first use of each glossary term on the page linked to its definition. */
function LessonIntro({ paragraphs, linkGlossary }: { paragraphs: readonly string[]; linkGlossary: boolean }) {
  const linked = useMemo(() => (linkGlossary ? linkTerms(paragraphs, TERMS) : paragraphs.map((text) => [{ kind: 'text' as const, text }])), [paragraphs, linkGlossary]);
  return (
    <section className="intro" aria-label="Lesson">
      {linked.map((segments, p) => (
        <p key={paragraphs[p]}>
          {segments.map((s, i) =>
            s.kind === 'term' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of a fixed text never reorder
              <Link key={i} to={`/glossary#${s.termId}`} className="term-link">
                {s.text}
                <span className="visually-hidden"> (glossary)</span>
              </Link>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments of a fixed text never reorder
              <Fragment key={i}>{s.text}</Fragment>
            ),
          )}
        </p>
      ))}
    </section>
  );
}

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
        <CopyLinkButton />
      </header>
      {/* The glossary page itself would only link to its own entries. */}
      {stage.intro.length > 0 && <LessonIntro paragraphs={stage.intro} linkGlossary={stage.id !== 'glossary'} />}
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
