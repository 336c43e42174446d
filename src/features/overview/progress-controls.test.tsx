import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentProgress, markStageTried, markStageVisited, PROGRESS_KEY, reloadProgressForTests, saveQuizAttempt } from '../../store/progress-store';
import ProgressControls from './progress-controls';

describe('progress controls', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
  });
  afterEach(() => vi.restoreAllMocks());

  it('exports a JSON file, resets after confirmation by keyboard, and imports it back', async () => {
    const user = userEvent.setup();
    markStageVisited('retrieve');
    markStageTried('train');
    saveQuizAttempt('review-workflow', { score: 1, correct: true });
    const before = currentProgress();
    let blob: Blob | null = null;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:progress';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<ProgressControls />);
    expect(screen.getByText(/You opened 2 of \d+ steps and tried 1\. Quiz: 1 of \d+ questions answered\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('deploy-lab-progress.json');
    const text = await (blob as unknown as Blob).text();

    screen.getByRole('button', { name: 'Reset progress' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: /Delete all your progress/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Reset progress' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete my progress' }));
    expect(screen.getByText('Your progress was reset.')).toBeInTheDocument();
    expect(screen.getByText(/You opened 0 of/)).toBeInTheDocument();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();

    await user.upload(screen.getByLabelText('Import progress from a file'), new File([text], 'deploy-lab-progress.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported your progress from deploy-lab-progress.json.')).toBeInTheDocument();
    expect(currentProgress()).toEqual(before);
    expect(screen.getByText(/You opened 2 of/)).toBeInTheDocument();
  });

  it('rejects a bad file with the reason and changes nothing', async () => {
    const user = userEvent.setup();
    markStageTried('train');
    const before = currentProgress();
    const stored = localStorage.getItem(PROGRESS_KEY);
    render(<ProgressControls />);
    const input = screen.getByLabelText('Import progress from a file');
    await user.upload(input, new File(['{"format":"deploy-lab/progress@1","progress":{"version":1,"stages":{"train":{"visited":true}},"quiz":{},"tasks":{}}}'], 'p.json', { type: 'application/json' }));
    expect(await screen.findByText(/Nothing was imported: The progress in the file is damaged.*“stages\.train\.tried”/)).toBeInTheDocument();
    await user.upload(input, new File(['hello'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByText(/Nothing was imported: The file is not JSON/)).toBeInTheDocument();
    expect(currentProgress()).toBe(before);
    expect(localStorage.getItem(PROGRESS_KEY)).toBe(stored);
  });

  it('shows a notice when stored progress had to be reset', () => {
    localStorage.setItem(PROGRESS_KEY, 'not json');
    render(<ProgressControls />);
    expect(screen.getByRole('status')).toHaveTextContent(/could not be read, so it was reset/);
  });
});
