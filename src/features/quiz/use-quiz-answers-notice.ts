import { useCallback, useState } from 'react';
import { loadQuizAnswers } from '../../store/quiz-answers-store';

/**
 * The notice from reading the saved quiz answers, taken once when the page opens. The read clears a damaged store,
 * so later reads (each question card's) find nothing wrong: this first one is the only chance to tell the learner.
 */
export function useQuizAnswersNotice(): { notice: string | null; dismiss: () => void } {
  // The page's initializer runs before its question cards read their saved answers.
  const [notice, setNotice] = useState(() => loadQuizAnswers().notice);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, dismiss };
}
