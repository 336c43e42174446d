import * as Popover from '@radix-ui/react-popover';
import { useId } from 'react';
import { Link } from 'react-router';
import type { GlossaryTerm } from '../content/glossary';

/**
 * A glossary word with its definition popover, mounted open: ui/term-popover swaps it in when the word is first
 * pressed. Radix Popover gives the keyboard and screen-reader behaviour (Enter/Space opens, Escape closes, focus
 * returns to the word) and positions it with inline styles set through the CSSOM, which the app's strict CSP
 * allows. Non-modal: a modal popover would inject a <style> element.
 */
export function TermPopoverFull({ term, children }: { term: GlossaryTerm; children: string }) {
  const id = useId();
  return (
    <Popover.Root defaultOpen>
      <Popover.Trigger className="term-button">
        {children}
        <span className="visually-hidden"> (definition)</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="term-popover" side="top" align="start" sideOffset={6} collisionPadding={12} aria-labelledby={`${id}-name`} aria-describedby={`${id}-definition`}>
          <p className="term-popover-name" id={`${id}-name`}>
            {term.term}
          </p>
          <p id={`${id}-definition`}>{term.definition}</p>
          <p className="term-popover-actions">
            <Link to={`/glossary#${term.id}`}>More in the glossary</Link>
            <Popover.Close className="quiet">Close</Popover.Close>
          </p>
          <Popover.Arrow className="term-popover-arrow" width={14} height={7} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
