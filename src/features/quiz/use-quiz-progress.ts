import { useCallback, useEffect, useRef, useState } from 'react';
import type { Grade } from '../../core/quiz/grade';
import type { QuizProgress } from '../../core/quiz/progress';
import { EMPTY_PROGRESS, recordAttempt } from '../../core/quiz/progress';
import { clearQuizProgress, loadQuizProgress, saveQuizProgress } from '../../store/quiz-progress-store';

/** Quiz progress (the latest graded attempt per question), saved in this browser; a notice if saved data was unreadable. */
export function useQuizProgress() {
  const [loaded] = useState(loadQuizProgress);
  const [progress, setProgress] = useState<QuizProgress>(loaded.progress);
  const [notice, setNotice] = useState<string | null>(loaded.notice);
  const first = useRef(true);

  useEffect(() => {
    // Skip the first render: nothing has changed since loading.
    if (first.current) {
      first.current = false;
      return;
    }
    saveQuizProgress(progress);
  }, [progress]);

  const record = useCallback((questionId: string, grade: Grade) => {
    setProgress((p) => recordAttempt(p, questionId, grade));
  }, []);
  const reset = useCallback(() => {
    clearQuizProgress();
    setProgress(EMPTY_PROGRESS);
    setNotice(null);
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  return { progress, record, reset, notice, dismissNotice };
}
