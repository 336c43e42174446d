import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { GlossaryTerm } from '../content/glossary';
import './term-popover.css';

type Full = typeof import('./term-popover-full').TermPopoverFull;
let loading: Promise<Full> | null = null;

/** Loads the popover's code once per page (Radix Popover and floating-ui); a failed load may be tried again. */
function loadFull(): Promise<Full> {
  loading ??= import('./term-popover-full').then(
    (m) => m.TermPopoverFull,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/**
 * A glossary word inside lesson text: a button that opens its one-sentence definition in place, with a link to the
 * glossary for more, so the learner never has to leave the lesson.
 *
 * Until the word is first pressed it is a plain button, and the popover's code (Radix Popover, floating-ui: about
 * two thirds of the lesson frame's chunk) is not on the page. The lesson text, the largest paint of every stage
 * page, so waits for less code on slow 4G, and its dozens of words render as buttons, not as popover trees
 * (issue #17). Pointing at or focusing a word fetches the code; pressing it swaps in the full popover, open. If
 * the code cannot load (offline), the word opens its glossary entry instead.
 */
export function TermPopover({ term, children }: { term: GlossaryTerm; children: string }) {
  const [Full, setFull] = useState<Full | null>(null);
  const navigate = useNavigate();
  if (Full) return <Full term={term}>{children}</Full>;
  const open = () =>
    loadFull().then(
      (component) => setFull(() => component),
      () => navigate(`/glossary#${term.id}`),
    );
  const prefetch = () => void loadFull().catch(() => undefined);
  return (
    <button type="button" className="term-button" aria-haspopup="dialog" aria-expanded="false" onClick={() => void open()} onPointerEnter={prefetch} onFocus={prefetch}>
      {children}
      <span className="visually-hidden"> (definition)</span>
    </button>
  );
}
