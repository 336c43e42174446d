import { useId } from 'react';
import { Link } from 'react-router';
import { summarize } from '../../core/quiz/progress';
import { QuizQuestion } from './quiz-question';
import { stageQuestions } from '../../content/quiz-bank';
import { useQuizProgress } from './use-quiz-progress';
import './quiz.css';

const own = <T,>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The end of a stage page: that stage's questions behind a "Check yourself" disclosure, graded and saved like the quiz. */
export default function StageCheck({ stageId }: { stageId: string }) {
  const questions = stageQuestions(stageId);
  const { progress, tasks, record } = useQuizProgress('stage-check');
  const id = useId();
  if (questions.length === 0) return null;
  const score = summarize(questions, progress);
  const points = Math.round(score.points * 10) / 10;
  return (
    <section className="stage-check" aria-labelledby={`${id}-title`}>
      <details>
        <summary>
          <span id={`${id}-title`} className="stage-check-title">
            Check yourself: {questions.length} questions
          </span>{' '}
          <span className="stage-check-score">
            · {score.answered === 0 ? 'not started' : `${score.answered} of ${score.total} answered, ${points} ${points === 1 ? 'point' : 'points'}`}
          </span>
        </summary>
        <p className="muted">Your answers are saved with your progress, the same as on the quiz page.</p>
        {questions.map((q, i) => (
          <QuizQuestion key={q.id} question={q} number={i + 1} last={own(progress.attempts, q.id)} task={own(tasks, q.id)} onGraded={record} />
        ))}
        <p>
          <Link to="/quiz">All questions in the quiz</Link>
        </p>
      </details>
    </section>
  );
}
