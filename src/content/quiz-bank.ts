import type { Question } from '../core/quiz/question';
import { REVIEW_QUESTIONS } from './quiz-review';
import { DATA_AND_MODEL_QUESTIONS } from './quiz-stages-data-model';
import { DEPLOYMENT_QUESTIONS } from './quiz-stages-deploy';

/** Every question of the quiz, review questions first, then stage by stage in workflow order. */
export const QUIZ_BANK: readonly Question[] = [...REVIEW_QUESTIONS, ...DATA_AND_MODEL_QUESTIONS, ...DEPLOYMENT_QUESTIONS];
