import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { StagePage } from './stage-page';

afterEach(() => {
  delete document.documentElement.dataset.presenter;
});

function renderStage() {
  render(
    <MemoryRouter>
      <StagePage path="/data/retrieve">
        <button type="button">Download the data</button>
      </StagePage>
    </MemoryRouter>,
  );
}

describe('StagePage in presenter mode', () => {
  it('shows the lesson as it is in normal mode', () => {
    renderStage();
    expect(screen.getByRole('region', { name: 'Lesson' })).toBeVisible();
    expect(screen.queryByText('Show the lesson')).not.toBeInTheDocument();
  });

  it('folds the lesson under "Show the lesson" when presenter mode is on, and opens it on request', async () => {
    const user = userEvent.setup();
    document.documentElement.dataset.presenter = 'on';
    renderStage();
    const summary = screen.getByText('Show the lesson');
    const fold = summary.closest('details');
    expect(fold).not.toHaveAttribute('open');
    // The page's own part comes right after the folded lesson.
    expect(fold?.nextElementSibling).toBe(screen.getByRole('button', { name: 'Download the data' }));
    await user.click(summary);
    expect(fold).toHaveAttribute('open');
    expect(summary).toHaveTextContent('Hide the lesson');
  });

  it('follows presenter mode when it is switched while the page is open', async () => {
    renderStage();
    await act(async () => {
      document.documentElement.dataset.presenter = 'on';
    });
    expect(await screen.findByText('Show the lesson')).toBeInTheDocument();
    await act(async () => {
      delete document.documentElement.dataset.presenter;
    });
    expect(screen.queryByText('Show the lesson')).not.toBeInTheDocument();
  });
});
