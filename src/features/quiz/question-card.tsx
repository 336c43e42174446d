import { useEffect, useRef, useState } from 'react';
import type { Answer } from '../../core/quiz/answer';
import type { Grade } from '../../core/quiz/grade';
import { gradeAnswer } from '../../core/quiz/grade';
import { initialAnswer } from '../../core/quiz/initial-answer';
import type { Attempt } from '../../core/quiz/progress';
import type { Question } from '../../core/quiz/question';
import { forgetQuizAnswer, saveQuizAnswer, savedAnswerFor } from '../../store/quiz-answers-store';
import { ChoiceOptions } from './choice-options';
import { FreeTextAnswer } from './free-text-answer';
import { GradeFeedback, percent } from './grade-feedback';
import { MatchingSelects } from './matching-selects';
import { OrderingList } from './ordering-list';
import { RequestLabeler } from './request-labeler';

const HINTS: Record<Question['kind'], string> = {
  single: 'Pick one answer.',
  multiple: 'Pick all that apply. Wrong picks cancel right ones.',
  ordering: 'Use the Move up and Move down buttons.',
  matching: 'Choose a match for each term.',
  label: 'Choose what each part of the request is.',
  free: 'Write your answer, then compare it with the model answer and mark it yourself.',
  task: 'Do it in the app: it is checked from the real requests, not from what you say.',
};

/** One question as a form: its inputs, a Check button, the graded feedback in a live region, and Try again. */
export function QuestionCard({
  question,
  number,
  last,
  onGraded,
}: {
  question: Question;
  number: number;
  last: Attempt | undefined;
  onGraded: (questionId: string, grade: Grade) => void;
}) {
  // A reload shows the answer the learner last checked, graded again, instead of a blank question beside "last score".
  const [saved] = useState(() => (last ? savedAnswerFor(question.id, question.kind) : null));
  const [answer, setAnswer] = useState<Answer>(() => saved ?? initialAnswer(question));
  const [grade, setGrade] = useState<Grade | null>(() => (saved ? gradeAnswer(question, saved) : null));
  const [revealed, setRevealed] = useState(saved?.kind === 'free');
  const [note, setNote] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusAfter = useRef<'retry' | 'first' | 'selfmark' | null>(null);
  const locked = grade !== null;
  const headingId = `${question.id}-heading`;

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (!target || !form.current) return;
    const selector = { retry: '[data-action="retry"]', selfmark: '[data-action="right"]', first: 'input, select, textarea, button' }[target];
    form.current.querySelector<HTMLElement>(selector)?.focus();
  });

  const check = () => {
    if (question.kind === 'free' && answer.kind === 'free') {
      if (answer.text.trim() === '') {
        setNote('Write your answer first, then compare it with the model answer.');
        return;
      }
      setNote(null);
      setRevealed(true);
      focusAfter.current = 'selfmark';
      return;
    }
    const g = gradeAnswer(question, answer);
    setGrade(g);
    saveQuizAnswer(question.id, answer);
    onGraded(question.id, g);
    focusAfter.current = 'retry';
  };

  const selfMark = (mark: 'right' | 'wrong') => {
    if (answer.kind !== 'free') return;
    const marked: Answer = { ...answer, selfMark: mark };
    const g = gradeAnswer(question, marked);
    setAnswer(marked);
    setGrade(g);
    saveQuizAnswer(question.id, marked);
    onGraded(question.id, g);
    focusAfter.current = 'retry';
  };

  const retry = () => {
    forgetQuizAnswer(question.id);
    setAnswer(initialAnswer(question));
    setGrade(null);
    setRevealed(false);
    setNote(null);
    focusAfter.current = 'first';
  };

  return (
    <section className="quiz-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="quiz-card-title">
        Question {number}
        {last && (
          <span className="quiz-last">
            {' '}
            · last score {percent(last.score)}, {last.tries} {last.tries === 1 ? 'try' : 'tries'}
          </span>
        )}
      </h3>
      <form
        ref={form}
        onSubmit={(e) => {
          e.preventDefault();
          if (!locked && !revealed) check();
        }}
      >
        <fieldset>
          <legend>{question.prompt}</legend>
          <p className="quiz-hint">{HINTS[question.kind]}</p>
          {(question.kind === 'single' || question.kind === 'multiple') && (
            <ChoiceOptions
              question={question}
              picked={answer.kind === 'single' ? (answer.optionId ? [answer.optionId] : []) : answer.kind === 'multiple' ? answer.optionIds : []}
              disabled={locked}
              onChange={(picked) => setAnswer(question.kind === 'single' ? { kind: 'single', optionId: picked[0] ?? null } : { kind: 'multiple', optionIds: picked })}
            />
          )}
          {question.kind === 'ordering' && answer.kind === 'ordering' && (
            <OrderingList question={question} order={answer.order} disabled={locked} onChange={(order) => setAnswer({ kind: 'ordering', order })} />
          )}
          {question.kind === 'matching' && answer.kind === 'matching' && (
            <MatchingSelects question={question} matches={answer.matches} disabled={locked} onChange={(matches) => setAnswer({ kind: 'matching', matches })} />
          )}
          {question.kind === 'label' && answer.kind === 'label' && (
            <RequestLabeler question={question} labels={answer.labels} disabled={locked} onChange={(labels) => setAnswer({ kind: 'label', labels })} />
          )}
          {question.kind === 'free' && answer.kind === 'free' && (
            <FreeTextAnswer question={question} text={answer.text} revealed={revealed} disabled={locked} onChange={(text) => setAnswer({ ...answer, text })} />
          )}
        </fieldset>
        <div className="quiz-live" aria-live="polite">
          {note && <p>{note}</p>}
          {revealed && !grade && <p>Compare your answer with the model answer. Was yours right?</p>}
          {grade && <GradeFeedback question={question} grade={grade} />}
        </div>
        <div className="quiz-actions">
          {!locked && !revealed && (
            <button type="submit" className="primary">
              Check<span className="visually-hidden"> question {number}</span>
            </button>
          )}
          {revealed && !locked && (
            <>
              <button type="button" data-action="right" onClick={() => selfMark('right')}>
                I got it right
              </button>
              <button type="button" onClick={() => selfMark('wrong')}>
                I got it wrong
              </button>
            </>
          )}
          {locked && (
            <button type="button" data-action="retry" onClick={retry}>
              Try again<span className="visually-hidden"> question {number}</span>
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
