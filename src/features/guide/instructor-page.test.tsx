import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PLAN_MINUTES, SESSION_PLAN } from '../../content/instructor-guide';
import InstructorPage from './instructor-page';

describe('InstructorPage', () => {
  it('shows every timed block with its links and questions', () => {
    const router = createMemoryRouter([{ path: '/instructor', Component: InstructorPage }], { initialEntries: ['/instructor'] });
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Instructor guide' })).toBeInTheDocument();
    for (const block of SESSION_PLAN) {
      const section = screen.getByRole('region', { name: new RegExp(`${block.start}–${block.end} min`) });
      for (const link of block.open) expect(within(section).getByRole('link', { name: link.label })).toHaveAttribute('href', link.to);
      for (const q of block.ask) expect(within(section).getByText(q)).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 2, name: `The ${PLAN_MINUTES}-minute plan` })).toBeInTheDocument();
    const optional = SESSION_PLAN.flatMap((b) => b.show).filter((s) => s.optional);
    expect(screen.getAllByText('Optional, if time allows:')).toHaveLength(optional.length);
    expect(screen.getByRole('link', { name: /415 request/ }).getAttribute('href')).toMatch(/^\/deploy\/inspect\?request=/);
  });
});
