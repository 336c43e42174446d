import { stageMarks } from '../../core/progress/progress';
import { stageQuestions } from '../../content/quiz-bank';
import { useProgress } from '../../store/progress-store';
import './progress.css';

/** How far the learner got on one step, in words with icons (never colour alone): visited, tried, quiz answered. */
export default function StepProgress({ stageId }: { stageId: string }) {
  const progress = useProgress();
  const marks = stageMarks(progress, stageId);
  const questions = stageQuestions(stageId);
  const answered = questions.filter((q) => Object.hasOwn(progress.quiz, q.id)).length;
  if (!marks.visited && answered === 0) {
    return (
      <span className="step-progress">
        <span className="step-mark">
          <span aria-hidden="true">○ </span>Not started
        </span>
      </span>
    );
  }
  return (
    <span className="step-progress">
      <span className={marks.visited ? 'step-mark is-done' : 'step-mark'}>
        <span aria-hidden="true">{marks.visited ? '✓ ' : '○ '}</span>
        {marks.visited ? 'Visited' : 'Not visited'}
      </span>
      <span className={marks.tried ? 'step-mark is-done' : 'step-mark'}>
        <span aria-hidden="true">{marks.tried ? '✓ ' : '○ '}</span>
        {marks.tried ? 'Tried' : 'Not tried'}
      </span>
      {questions.length > 0 && (
        <span className={answered === questions.length ? 'step-mark is-done' : 'step-mark'}>
          <span aria-hidden="true">{answered === questions.length ? '✓ ' : '? '}</span>
          Quiz {answered}/{questions.length}
        </span>
      )}
    </span>
  );
}
