import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { StagePage } from './stage-page';

describe('StagePage: skip to the interactive part', () => {
  it('offers a second skip link that moves focus past the lesson to the page’s first control', () => {
    render(
      <MemoryRouter>
        <StagePage path="/data/retrieve">
          <button type="button">Download the data</button>
        </StagePage>
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Skip to the interactive part' }));
    expect(screen.getByRole('button', { name: 'Download the data' })).toHaveFocus();
  });
});
