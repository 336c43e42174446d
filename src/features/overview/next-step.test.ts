import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, markTried, markVisited } from '../../core/progress/progress';
import { STAGES } from '../../content/stages';
import { nextStep } from './next-step';

const STEPS = STAGES.filter((s) => s.phase !== 'more');
const tried = (...ids: string[]) => ids.reduce(markTried, EMPTY_PROGRESS);

describe('nextStep', () => {
  it('starts with step 1 when nothing is done, even after visiting pages', () => {
    expect(nextStep(EMPTY_PROGRESS, STEPS)).toMatchObject({ kind: 'start', number: 1, stage: { id: 'retrieve' } });
    expect(nextStep(markVisited(EMPTY_PROGRESS, 'train'), STEPS)).toMatchObject({ kind: 'start', number: 1 });
  });

  it('continues with the first step not done, in workflow order (a gap counts)', () => {
    expect(nextStep(tried('retrieve', 'explore', 'prepare', 'train', 'tune'), STEPS)).toMatchObject({ kind: 'continue', number: 6, stage: { id: 'evaluate' } });
    expect(nextStep(tried('retrieve', 'train'), STEPS)).toMatchObject({ kind: 'continue', number: 2, stage: { id: 'explore' } });
  });

  it('offers the recap once every step is done', () => {
    expect(nextStep(tried(...STEPS.map((s) => s.id)), STEPS)).toEqual({ kind: 'recap' });
    expect(nextStep(tried(...STEPS.slice(1).map((s) => s.id)), STEPS)).toMatchObject({ kind: 'continue', number: 1 });
  });
});
