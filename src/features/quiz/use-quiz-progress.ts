import { useCallback, useMemo } from 'react';
import type { Grade } from '../../core/quiz/grade';
import { quizPart } from '../../core/progress/progress';
import type { Question } from '../../core/quiz/question';
import { dismissProgressNotice, markStageTried, resetQuizScores, saveQuizAttempt, useProgress, useProgressNotice } from '../../store/progress-store';
import { forgetQuizAnswer } from '../../store/quiz-answers-store';
import { stagesTriedByAnswering } from './stage-questions';

/**
 * Quiz scores (the latest graded attempt per question) from the learner's saved progress, shared with the
 * overview, the navigation and the end-of-stage checks; a notice if saved data was unreadable.
 */
export function useQuizProgress(where: 'quiz-page' | 'stage-check') {
  const all = useProgress();
  const notice = useProgressNotice();
  const progress = useMemo(() => quizPart(all), [all]);
  const record = useCallback(
    (question: Question, grade: Grade) => {
      saveQuizAttempt(question.id, grade);
      for (const stage of stagesTriedByAnswering(question, where === 'quiz-page')) markStageTried(stage);
    },
    [where],
  );
  const reset = useCallback(() => {
    resetQuizScores();
    forgetQuizAnswer();
  }, []);
  return { progress, tasks: all.tasks, record, reset, notice, dismissNotice: dismissProgressNotice };
}
