import type { Progress } from '../../core/progress/progress';
import { stageMarks } from '../../core/progress/progress';
import type { Stage } from '../../content/stages';

/** Where the overview's main button sends the learner: the first step, the first step not done yet, or the recap. */
export type NextStep = { kind: 'start' | 'continue'; number: number; stage: Stage } | { kind: 'recap' };

/**
 * The next thing to do from stored progress: a step counts as done once its main action was tried. Nothing done yet
 * gives step 1; every step done gives the recap; otherwise the first step (in workflow order) not done yet.
 */
export function nextStep(progress: Progress, steps: readonly Stage[]): NextStep {
  const index = steps.findIndex((s) => !stageMarks(progress, s.id).tried);
  const stage = steps[index];
  if (index < 0 || !stage) return { kind: 'recap' };
  const anyDone = steps.some((s) => stageMarks(progress, s.id).tried);
  return { kind: anyDone ? 'continue' : 'start', number: index + 1, stage };
}
