import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { glossaryTerm } from '../content/glossary';
import { TermPopover } from './term-popover';

// The popover's chunk cannot be fetched (offline, a deploy replaced it).
vi.mock('./term-popover-full', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('TermPopover when its code cannot load', () => {
  it('opens the glossary entry instead of doing nothing', async () => {
    const term = glossaryTerm('softmax');
    if (!term) throw new Error('softmax is in the glossary');
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/model/train']}>
        <Routes>
          <Route path="/model/train" element={<TermPopover term={term}>softmax</TermPopover>} />
          <Route path="/glossary" element={<h1>Glossary page</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('button', { name: /^softmax ?\(definition\)$/ }));
    expect(await screen.findByRole('heading', { name: 'Glossary page' })).toBeInTheDocument();
  });
});
