import type { QuizProgress } from '../../core/quiz/progress';
import { summarize } from '../../core/quiz/progress';
import type { Question } from '../../core/quiz/question';

/** Points, rounded to one decimal for partial credit. */
const points = (n: number) => (Math.round(n * 10) / 10).toString();

/** The score of the chosen quiz and of all questions, as text. */
export function QuizSummary({ label, questions, all, progress }: { label: string; questions: readonly Question[]; all: readonly Question[]; progress: QuizProgress }) {
  const quiz = summarize(questions, progress);
  const overall = summarize(all, progress);
  return (
    <dl className="quiz-summary" aria-label="Scores">
      <div>
        <dt>{label}</dt>
        <dd>
          {points(quiz.points)} of {quiz.total} points <span className="muted">({quiz.answered} answered)</span>
        </dd>
      </div>
      <div>
        <dt>All questions</dt>
        <dd>
          {points(overall.points)} of {overall.total} points <span className="muted">({overall.answered} answered)</span>
        </dd>
      </div>
    </dl>
  );
}
