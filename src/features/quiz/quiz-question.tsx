import type { Grade } from '../../core/quiz/grade';
import type { Attempt } from '../../core/quiz/progress';
import type { Question } from '../../core/quiz/question';
import type { TaskRecord } from '../../core/progress/progress';
import { QuestionCard } from './question-card';
import { TaskCard } from './task-card';

/** One question of any kind: tasks graded by doing get their live card, the others the answer-and-check form. */
export function QuizQuestion({
  question,
  number,
  last,
  task,
  onGraded,
}: {
  question: Question;
  number: number;
  last: Attempt | undefined;
  task: TaskRecord | undefined;
  onGraded: (question: Question, grade: Grade) => void;
}) {
  if (question.kind === 'task') return <TaskCard question={question} number={number} stored={task} />;
  return <QuestionCard question={question} number={number} last={last} onGraded={(_id, grade) => onGraded(question, grade)} />;
}
