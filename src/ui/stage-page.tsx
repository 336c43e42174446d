import { createContext, Fragment, memo, useContext, useMemo, useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { GLOSSARY, glossaryTerm } from '../content/glossary';
import { createTermMatcher, linkTerms } from '../content/glossary-linker';
import { neighbours, PHASES, stageByPath } from '../content/stages';
import type { Stage } from '../content/stages';
import { CopyLinkButton } from './copy-link-button';
import { StageFooter } from './stage-footer';
import { TermPopover } from './term-popover';
import { usePresenterOn } from './use-presenter-on';

const TERMS = createTermMatcher(GLOSSARY);

/** Paragraphs with glossary words as in-place definitions; `linked` holds the words already marked on the page. */
function TermParagraphs({ paragraphs, linkGlossary, linked }: { paragraphs: readonly string[]; linkGlossary: boolean; linked?: ReadonlySet<string> }) {
  const segmented = useMemo(() => (linkGlossary ? linkTerms(paragraphs, TERMS, linked) : paragraphs.map((text) => [{ kind: 'text' as const, text }])), [paragraphs, linkGlossary, linked]);
  return segmented.map((segments, p) => (
    <p key={paragraphs[p]}>
      {segments.map((s, i) => {
        const term = s.kind === 'term' ? glossaryTerm(s.termId) : undefined;
        return term ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of a fixed text never reorder
          <TermPopover key={i} term={term}>
            {s.text}
          </TermPopover>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of a fixed text never reorder
          <Fragment key={i}>{s.text}</Fragment>
        );
      })}
    </p>
  ));
}

/** The words the lesson paragraphs mark, so the "Under the hood" text marks only new ones. */
function markedIn(paragraphs: readonly string[]): ReadonlySet<string> {
  return new Set(linkTerms(paragraphs, TERMS).flat().flatMap((s) => (s.kind === 'term' ? [s.termId] : [])));
}

/**
 * The lesson paragraphs, with the first use of each glossary term on the page opening its definition in place, and
 * how the lab itself works (MSW, threads, workers) folded into an "Under the hood" disclosure: the lesson speaks to
 * the learner, the internals wait for the curious. Memoized: a stage page re-renders with its own state (every epoch
 * on Train, every second on Monitor), and the lesson's term popovers need not render again with it.
 */
const LessonIntro = memo(function LessonIntro({ stage }: { stage: Stage }) {
  // The glossary page itself would only link to its own entries.
  const linkGlossary = stage.id !== 'glossary';
  const linked = useMemo(() => markedIn(stage.intro), [stage.intro]);
  return (
    <section className="intro" aria-label="Lesson">
      <TermParagraphs paragraphs={stage.intro} linkGlossary={linkGlossary} />
      {stage.underTheHood && (
        <details className="under-the-hood">
          <summary>Under the hood: how this page works</summary>
          <TermParagraphs paragraphs={stage.underTheHood} linkGlossary={linkGlossary} linked={linked} />
        </details>
      )}
    </section>
  );
});

/** The lesson folded under "Show the lesson"; mounted only in presenter mode, so it starts folded each time the mode turns on. */
function LessonFold({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="lesson-fold" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{open ? 'Hide the lesson' : 'Show the lesson'}</summary>
      {children}
    </details>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';

/** Focuses the first control after the lesson header and the lesson text (the page's own part). */
function skipToInteractive(e: MouseEvent<HTMLButtonElement>, hasIntro: boolean): void {
  let el = e.currentTarget.parentElement?.querySelector(':scope > .lesson-header')?.nextElementSibling ?? null;
  if (hasIntro) el = el?.nextElementSibling ?? null;
  for (; el && el.tagName !== 'NAV'; el = el.nextElementSibling) {
    const target = el.matches(FOCUSABLE) ? el : el.querySelector(FOCUSABLE);
    if (target instanceof HTMLElement) {
      target.focus();
      return;
    }
  }
}

/**
 * The path whose frame (header, lesson, footer) is already on the page. The router draws the frame as soon as its
 * small chunk arrives and loads the page's own part inside it, so the lesson text paints before the charts' code
 * has downloaded and rendered (issue #17's LCP); the page's own StagePage then adds only its content.
 */
const FrameDrawn = createContext<string | null>(null);

/** A tutorial page: phase label, h1, the lesson introduction, the page's own content, and previous/next links. */
export function StagePage({ path, children }: { path: string; children?: ReactNode }) {
  const drawn = useContext(FrameDrawn);
  if (drawn === path) return children;
  return <StageFrame path={path}>{children}</StageFrame>;
}

function StageFrame({ path, children }: { path: string; children?: ReactNode }) {
  const stage = stageByPath(path);
  if (!stage) throw new Error(`no stage at ${path}`);
  const phase = PHASES.find((p) => p.id === stage.phase);
  const { previous, next } = neighbours(path);
  // In front of a class the instructor tells the lesson; the page's interactive part moves up to the first screen.
  const presenter = usePresenterOn();
  const intro = stage.intro.length > 0 && <LessonIntro stage={stage} />;
  return (
    <article className={stage.wide ? 'lesson wide' : 'lesson'}>
      <title>{`${stage.title} · Deploy Lab`}</title>
      {/* Past the lesson text to the first control of the page's own part (what follows the header and the lesson). */}
      {children && (
        <button type="button" className="skip-link" onClick={(e) => skipToInteractive(e, stage.intro.length > 0)}>
          Skip to the interactive part
        </button>
      )}
      <header className="lesson-header">
        {phase && <p className="eyebrow">{phase.title}</p>}
        <h1 tabIndex={-1}>{stage.title}</h1>
        <p className="lead">{stage.summary}</p>
        {stage.minutes !== undefined && <p className="stage-time muted">About {stage.minutes} minutes</p>}
        <CopyLinkButton />
      </header>
      {presenter && intro ? <LessonFold>{intro}</LessonFold> : intro}
      <FrameDrawn value={path}>{children}</FrameDrawn>
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
