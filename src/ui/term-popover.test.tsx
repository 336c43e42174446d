import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { glossaryTerm } from '../content/glossary';
import { StagePage } from './stage-page';
import { TermPopover } from './term-popover';

const softmax = glossaryTerm('softmax');
if (!softmax) throw new Error('softmax is in the glossary');

function renderInLesson() {
  return render(
    <MemoryRouter initialEntries={['/model/train']}>
      <Routes>
        <Route
          path="/model/train"
          element={
            <p>
              The last layer uses <TermPopover term={softmax as NonNullable<typeof softmax>}>softmax</TermPopover> to give probabilities.
            </p>
          }
        />
        <Route path="/glossary" element={<h1>Glossary page</h1>} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('TermPopover', () => {
  it('is a plain button that says it opens a dialog until first pressed (the popover code is not loaded yet)', () => {
    renderInLesson();
    const word = screen.getByRole('button', { name: /^softmax ?\(definition\)$/ });
    expect(word).toHaveAttribute('aria-haspopup', 'dialog');
    expect(word).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the one-line definition in place by keyboard, and Escape returns focus to the word', async () => {
    const user = userEvent.setup();
    renderInLesson();
    const word = screen.getByRole('button', { name: /^softmax ?\(definition\)$/ });
    expect(word).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    expect(word).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'softmax' });
    expect(dialog).toHaveAccessibleDescription(softmax.definition);
    // The plain button gave way to the popover's own trigger (its code loads on first use): ask for the word again.
    expect(screen.getByRole('button', { name: /^softmax ?\(definition\)$/ })).toHaveAttribute('aria-expanded', 'true');
    // Still on the lesson: nothing navigated.
    expect(screen.queryByRole('heading', { name: 'Glossary page' })).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('button', { name: /^softmax ?\(definition\)$/ })).toHaveFocus();
  });

  it('has a link to the term in the glossary, and a Close button that gives focus back', async () => {
    const user = userEvent.setup();
    renderInLesson();
    await user.click(screen.getByRole('button', { name: /^softmax ?\(definition\)$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'softmax' });
    expect(dialog.querySelector('a')).toHaveAttribute('href', '/glossary#softmax');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const word = screen.getByRole('button', { name: /^softmax ?\(definition\)$/ });
    expect(word).toHaveFocus();
    expect(word).toHaveAttribute('aria-expanded', 'false');
    await user.click(word);
    expect(await screen.findByRole('dialog', { name: 'softmax' })).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: 'More in the glossary' }));
    expect(await screen.findByRole('heading', { name: 'Glossary page' })).toBeInTheDocument();
  });
});

describe('StagePage lesson text', () => {
  it('marks glossary words as definition buttons, and folds the internals under "Under the hood"', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/model/train']}>
        <StagePage path="/model/train" />
      </MemoryRouter>,
    );
    const lesson = screen.getByRole('region', { name: 'Lesson' });
    expect(lesson).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^epoch ?\(definition\)$/ }));
    expect(await screen.findByRole('dialog', { name: 'epoch' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    const hood = screen.getByText('Under the hood: how this page works').closest('details');
    expect(hood).not.toHaveAttribute('open');
    // The worker is explained inside the disclosure, not in the lesson paragraphs before it.
    expect(hood).toHaveTextContent(/Web Worker/);
    expect(screen.getByRole('button', { name: /^Web Worker ?\(definition\)$/ }).closest('details')).toBe(hood);
    expect(screen.getByText(/About \d+ minutes/)).toBeInTheDocument();
  });
});
