import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { STAGES } from '../../content/stages';
import { markStageTried, markStageVisited, reloadProgressForTests } from '../../store/progress-store';
import NextStepLink from './next-step-link';

const STEPS = STAGES.filter((s) => s.phase !== 'more');
const show = () =>
  render(
    <MemoryRouter>
      <NextStepLink />
    </MemoryRouter>,
  );

describe('the overview button follows progress', () => {
  beforeEach(() => {
    localStorage.clear();
    reloadProgressForTests();
  });

  it('starts with step 1 on a fresh browser', () => {
    show();
    expect(screen.getByRole('link', { name: 'Start with step 1: Retrieve' })).toHaveAttribute('href', '/data/retrieve');
  });

  it('continues with the first step not done, and changes as the learner works', () => {
    for (const id of ['retrieve', 'explore', 'prepare', 'train', 'tune']) markStageTried(id);
    markStageVisited('evaluate');
    show();
    expect(screen.getByRole('link', { name: 'Continue with step 6: Evaluate' })).toHaveAttribute('href', '/model/evaluate');
    act(() => markStageTried('evaluate'));
    expect(screen.getByRole('link', { name: 'Continue with step 7: The cloud' })).toHaveAttribute('href', '/cloud');
  });

  it('offers the recap once every step is done', () => {
    for (const s of STEPS) markStageTried(s.id);
    show();
    expect(screen.getByRole('link', { name: 'See your recap' })).toHaveAttribute('href', '/recap');
  });
});
