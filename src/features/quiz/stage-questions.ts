import type { Question } from '../../core/quiz/question';
import { CLOUD_REVIEW_IDS } from '../../content/quiz-bank';

/** The stages a graded answer to this question counts as "tried" for: the quiz itself, and the cloud for its questions. */
export function stagesTriedByAnswering(question: Question, onQuizPage: boolean): string[] {
  const out = onQuizPage ? ['quiz'] : [];
  if (question.review !== undefined && CLOUD_REVIEW_IDS.includes(question.review)) out.push('cloud');
  return out;
}
