import type { Question } from '../core/quiz/question';
import { REVIEW_QUESTIONS } from './quiz-review';
import { DATA_AND_MODEL_QUESTIONS } from './quiz-stages-data-model';
import { DEPLOYMENT_QUESTIONS } from './quiz-stages-deploy';
import { TASK_QUESTIONS } from './quiz-tasks';

/** Every question of the quiz, review questions first, then stage by stage in workflow order, then the tasks graded by doing. */
export const QUIZ_BANK: readonly Question[] = [...REVIEW_QUESTIONS, ...DATA_AND_MODEL_QUESTIONS, ...DEPLOYMENT_QUESTIONS, ...TASK_QUESTIONS];

/** The review questions about the cloud: they are the cloud page's own check. */
export const CLOUD_REVIEW_IDS: readonly string[] = ['cloud-computing', 'why-cloud', 'platforms'];

/** The questions that check one stage: its tagged questions (and tasks); for "cloud", the review questions about the cloud. */
export function stageQuestions(stageId: string): readonly Question[] {
  if (stageId === 'cloud') return QUIZ_BANK.filter((q) => q.review !== undefined && CLOUD_REVIEW_IDS.includes(q.review));
  return QUIZ_BANK.filter((q) => q.stage === stageId);
}
