import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../content/glossary';
import { filterTerms, groupByLetter, sortTerms } from './filter-terms';
import GlossaryPage from './glossary-page';

function renderPage() {
  const router = createMemoryRouter([{ path: '/glossary', Component: GlossaryPage }], { initialEntries: ['/glossary'] });
  return render(<RouterProvider router={router} />);
}

describe('glossary helpers', () => {
  it('sorts A–Z ignoring case, punctuation read as a space, and groups by first letter', () => {
    const sorted = sortTerms(GLOSSARY);
    const names = sorted.map((t) => t.term.toLowerCase().replaceAll(/[^a-z0-9]+/g, ' '));
    expect(names).toEqual([...names].sort());
    expect(sortTerms([{ ...GLOSSARY[0], term: 'serverless' }, { ...GLOSSARY[0], term: 'Server-Timing' }, { ...GLOSSARY[0], term: 'Accuracy' }] as typeof GLOSSARY).map((t) => t.term)).toEqual([
      'Accuracy',
      'Server-Timing',
      'serverless',
    ]);
    const groups = groupByLetter(sorted);
    expect(groups.flatMap((g) => g.terms)).toEqual(sorted);
    expect(new Set(groups.map((g) => g.letter)).size).toBe(groups.length);
  });

  it('filters on names, spellings and definitions, every word required', () => {
    expect(filterTerms(GLOSSARY, '  ').length).toBe(GLOSSARY.length);
    expect(filterTerms(GLOSSARY, 'DRIFT').map((t) => t.id)).toContain('drift');
    expect(filterTerms(GLOSSARY, 'ground truth').map((t) => t.id)).toEqual(['feedback']);
    expect(filterTerms(GLOSSARY, 'zzzz')).toEqual([]);
  });
});

describe('GlossaryPage', () => {
  it('lists every term with an anchor, and filters as you type', async () => {
    const user = userEvent.setup();
    const { container } = renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${GLOSSARY.length} terms.`);
    const drift = container.querySelector('#drift');
    expect(drift).not.toBeNull();
    expect(within(drift as HTMLElement).getByRole('link', { name: /See it/ })).toHaveAttribute('href', '/deploy/monitor');

    await user.type(screen.getByRole('searchbox', { name: 'Filter terms' }), 'canary');
    expect(screen.getByRole('status')).toHaveTextContent(/^1 of \d+ terms match\.$/);
    expect(screen.getByText('canary release')).toBeInTheDocument();
    expect(screen.queryByText('endpoint')).not.toBeInTheDocument();
  });

  it('says what to do when nothing matches', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(screen.getByRole('searchbox', { name: 'Filter terms' }), 'qwerty');
    expect(screen.getByText(/No term contains “qwerty”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the filter' }));
    expect(screen.getByRole('status')).toHaveTextContent(`${GLOSSARY.length} terms.`);
  });
});
