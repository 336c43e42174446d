import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestLogEntry, RequestLogView } from '../../core/monitoring/log-entry';
import { stageQuestions } from '../../content/quiz-bank';
import { currentProgress, reloadProgressForTests } from '../../store/progress-store';
import StageCheck from './stage-check';

/** A request log like the app's, filled by the test. */
function fakeLog() {
  let entries: RequestLogEntry[] = [];
  const listeners = new Set<() => void>();
  const view: RequestLogView = {
    entries: () => entries,
    total: () => entries.length,
    capacity: 100,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    clear: () => {
      entries = [];
    },
  };
  const add = (e: Partial<RequestLogEntry>) => {
    entries = [...entries, { seq: entries.length + 1, requestId: null, startedAt: new Date(2026, 10, 26, 14, 2, 11).getTime(), durationMs: 3, method: 'POST', path: '/api/endpoints/penguins/invocations', kind: 'invocation', endpoint: 'penguins', status: 200, modelVersion: null, client: 'inspector', instances: null, predictions: null, feedback: null, requestBody: null, contentType: 'application/json', ...e }];
    for (const l of listeners) l();
  };
  return { view, add };
}

let log = fakeLog();
vi.mock('../../api/mock-api', () => ({ requestLog: async () => log.view }));

function renderCheck(stageId: string, path = '/model/train') {
  const router = createMemoryRouter([{ path: '*', element: <StageCheck stageId={stageId} /> }], { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

describe('end-of-stage check', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
    log = fakeLog();
  });

  it('renders nothing for a stage without questions', () => {
    const { container } = renderCheck('overview', '/');
    expect(container).toBeEmptyDOMElement();
  });

  it('opens with the keyboard, grades an answer like the quiz and saves it to the progress', async () => {
    const user = userEvent.setup();
    renderCheck('train');
    const total = stageQuestions('train').length;
    expect(total).toBeGreaterThanOrEqual(3);
    const summary = screen.getByText(`Check yourself: ${total} questions`).closest('summary') as HTMLElement;
    expect(summary).toHaveTextContent('not started');
    summary.focus();
    await user.keyboard('{Enter}');
    const card = screen.getAllByRole('region', { name: /^Question 1/ })[0] as HTMLElement;
    await user.click(within(card).getAllByRole('radio')[0] as HTMLElement);
    await user.click(within(card).getByRole('button', { name: /check/i }));
    expect(within(card).getByText(/Score: \d+ %/)).toBeInTheDocument();
    const first = stageQuestions('train')[0]?.id as string;
    expect(currentProgress().quiz[first]?.tries).toBe(1);
    expect(summary).toHaveTextContent(`1 of ${total} answered`);
  });

  it('marks a task done from the request log, with evidence, and remembers it after the log is gone', async () => {
    const user = userEvent.setup();
    const first = renderCheck('inspect', '/deploy/inspect');
    await user.click(screen.getByText(/Check yourself/));
    expect(screen.getAllByRole('region', { name: /task graded by doing/ }).length).toBe(3);
    const card415 = screen.getByText('Make the endpoint answer 415 Unsupported Media Type.').closest('section') as HTMLElement;
    expect(within(card415).getByText('Not done yet')).toBeInTheDocument();
    expect(within(card415).getByText(/Do it on this page/)).toBeInTheDocument();
    await screen.findAllByText(/Checked live/);
    await act(async () => {
      log.add({ status: 200 });
      log.add({ status: 415 });
      await new Promise((r) => setTimeout(r, 500));
    });
    expect(within(card415).getByText('Done ✓')).toBeInTheDocument();
    expect(within(card415).getByText('POST /api/endpoints/penguins/invocations → 415 at 14:02:11')).toBeInTheDocument();
    expect(currentProgress().tasks['task-inspect-415']?.evidence).toMatch(/→ 415 at 14:02:11/);
    expect(currentProgress().quiz['task-inspect-415']).toEqual({ score: 1, correct: true, tries: 1 });

    first.unmount();
    log = fakeLog();
    reloadProgressForTests();
    renderCheck('inspect', '/quiz');
    await user.click(screen.getByText(/Check yourself/));
    const again = screen.getByText('Make the endpoint answer 415 Unsupported Media Type.').closest('section') as HTMLElement;
    expect(within(again).getByText('Done ✓')).toBeInTheDocument();
    const other = screen.getByText(/Get a prediction for a penguin sent as CSV/).closest('section') as HTMLElement;
    expect(within(other).getByRole('link', { name: 'Go to “Call the endpoint”' })).toHaveAttribute('href', '/deploy/inspect');
  });
});
