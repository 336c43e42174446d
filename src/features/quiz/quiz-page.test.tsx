import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, reloadProgressForTests } from '../../store/progress-store';
import { QUIZ_ANSWERS_KEY } from '../../store/quiz-answers-store';
import { QUIZ_PROGRESS_KEY } from '../../store/quiz-progress-store';
import QuizPage from './quiz-page';

function renderPage(entry = '/quiz') {
  const router = createMemoryRouter([{ path: '/quiz', Component: QuizPage }], { initialEntries: [entry] });
  return { ...render(<RouterProvider router={router} />), router };
}

/** Presses Tab until the element is focused (at most 40 times). */
async function tabTo(user: ReturnType<typeof userEvent.setup>, element: HTMLElement) {
  for (let i = 0; i < 40 && document.activeElement !== element; i++) await user.tab();
  expect(element).toHaveFocus();
}

describe('quiz page', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
  });

  it('answers a single-choice question with the keyboard and shows explanations and the score', async () => {
    const user = userEvent.setup();
    renderPage();
    const first = screen.getByRole('group', { name: 'What is the machine-learning workflow?' });
    const card = first.closest('section') as HTMLElement;
    const wrong = within(first).getByRole('radio', { name: /straight line/i });
    const right = within(first).getByRole('radio', { name: /a cycle of steps/i });

    await tabTo(user, within(first).getAllByRole('radio')[0] as HTMLElement);
    await user.keyboard(' ');
    expect(right).toBeChecked();
    await user.tab();
    expect(within(card).getByRole('button', { name: /check/i })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(within(card).getByText('Correct.')).toBeInTheDocument();
    expect(within(card).getByText(/Score: 100 %/)).toBeInTheDocument();
    expect(within(card).getByText(/monitoring loops back to new data/i)).toBeInTheDocument();
    expect(within(card).getByText(/Training is in the middle, not at the end/)).toBeInTheDocument();
    expect(wrong).toBeDisabled();
    expect(screen.getByText('Review questions', { selector: 'dt' }).nextSibling).toHaveTextContent(/^1 of \d+ points \(1 answered\)$/);

    // Retry from the keyboard: focus sits on "Try again".
    const retry = within(card).getByRole('button', { name: /try again/i });
    expect(retry).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(right).not.toBeChecked();
    expect(within(card).queryByText('Correct.')).not.toBeInTheDocument();
    expect(within(card).getByText(/last score 100 %, 1 try/)).toBeInTheDocument();
  });

  it('gives partial credit and says why for an ordering question moved with buttons', async () => {
    const user = userEvent.setup();
    renderPage();
    const group = screen.getByRole('group', { name: /put the steps of the machine-learning workflow in order/i });
    const card = group.closest('section') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: /check/i }));
    expect(within(card).getByText(/Score: \d+ %/)).toBeInTheDocument();
    expect(within(card).getAllByText(/belongs at position|In place/).length).toBe(8);
  });

  it('filters by stage', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByLabelText('Questions'), 'inspect');
    expect(screen.getByRole('group', { name: /label each part of this raw http request/i })).toBeInTheDocument();
    expect(screen.getByText('Stage: Call the endpoint')).toBeInTheDocument();
  });

  it('saves scores, shows them after a reload, and resets them after confirmation', async () => {
    const user = userEvent.setup();
    const first = renderPage();
    const group = screen.getByRole('group', { name: 'What is the machine-learning workflow?' });
    await user.click(within(group).getByRole('radio', { name: /a cycle of steps/i }));
    await user.click(within(group.closest('section') as HTMLElement).getByRole('button', { name: /check/i }));
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    expect(saved.quiz['review-workflow']).toEqual({ score: 1, correct: true, tries: 1 });
    expect(saved.stages.quiz).toEqual({ visited: true, tried: true });
    first.unmount();
    reloadProgressForTests();

    renderPage();
    expect(screen.getByText(/last score 100 %, 1 try/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset scores' }));
    await user.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(screen.queryByText(/last score/)).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null')).toEqual({ version: 1, stages: { quiz: { visited: true, tried: true } }, quiz: {}, tasks: {} });
  });

  it('resets corrupt saved scores with a notice (older quiz key and the progress key)', () => {
    localStorage.setItem(QUIZ_PROGRESS_KEY, '{"version":1,"attempts":{"x":{"score":7}}}');
    const first = renderPage();
    expect(screen.getByRole('status')).toHaveTextContent(/could not be read/);
    first.unmount();
    localStorage.setItem(PROGRESS_KEY, '{"version":1,"stages":[]}');
    reloadProgressForTests();
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent(/progress could not be read, so it was reset/);
  });

  it('brings over scores saved before progress tracking (older key)', () => {
    localStorage.setItem(QUIZ_PROGRESS_KEY, JSON.stringify({ version: 1, attempts: { 'review-workflow': { score: 1, correct: true, tries: 4 } } }));
    renderPage();
    expect(screen.getByText(/last score 100 %, 4 tries/)).toBeInTheDocument();
    expect(localStorage.getItem(QUIZ_PROGRESS_KEY)).toBeNull();
  });
});

describe('quiz page links', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
  });

  it('keeps the question set in the address (replaced, not pushed) and opens a link on that set', async () => {
    const user = userEvent.setup();
    const first = renderPage();
    await user.selectOptions(screen.getByLabelText('Questions'), 'inspect');
    expect(first.router.state.location.search).toBe('?set=inspect');
    expect(first.router.state.historyAction).toBe('REPLACE');
    first.unmount();

    renderPage('/quiz?set=inspect');
    expect(screen.getByLabelText('Questions')).toHaveValue('inspect');
    expect(screen.getByText('Stage: Call the endpoint')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('an unknown set in a link shows the review questions and a short notice, which can be dismissed', async () => {
    const user = userEvent.setup();
    renderPage('/quiz?set=nonsense');
    expect(screen.getByLabelText('Questions')).toHaveValue('review');
    expect(screen.getByRole('status')).toHaveTextContent('This link asks for a question set that does not exist ("nonsense"), so the default set is shown.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('quiz page after a reload', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
  });

  it('shows the answer the learner chose before, graded, beside the last score', async () => {
    const user = userEvent.setup();
    const view = renderPage();
    const group = () => screen.getByRole('group', { name: 'What is the machine-learning workflow?' });
    await user.click(within(group()).getByRole('radio', { name: /a cycle of steps/i }));
    await user.click(within(group().closest('section') as HTMLElement).getByRole('button', { name: /check/i }));
    view.unmount();
    reloadProgressForTests();
    renderPage();
    const card = group().closest('section') as HTMLElement;
    expect(within(card).getByText(/last score/)).toBeInTheDocument();
    expect(within(group()).getByRole('radio', { name: /a cycle of steps/i })).toBeChecked();
    expect(within(card).getByRole('button', { name: /try again/i })).toBeInTheDocument();
  });

  it('says so when the saved answers could not be read and were cleared; the scores stay', async () => {
    const user = userEvent.setup();
    const view = renderPage();
    const group = () => screen.getByRole('group', { name: 'What is the machine-learning workflow?' });
    await user.click(within(group()).getByRole('radio', { name: /a cycle of steps/i }));
    await user.click(within(group().closest('section') as HTMLElement).getByRole('button', { name: /check/i }));
    view.unmount();
    localStorage.setItem(QUIZ_ANSWERS_KEY, '{"review-workflow": ');
    reloadProgressForTests();
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Your saved quiz answers could not be read, so the questions start blank. Your scores are kept.');
    expect(localStorage.getItem(QUIZ_ANSWERS_KEY)).toBeNull();
    expect(screen.getByText(/last score 100 %, 1 try/)).toBeInTheDocument();
    expect(within(group()).getByRole('radio', { name: /a cycle of steps/i })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
