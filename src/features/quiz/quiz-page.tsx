import { DismissibleNotice } from '../../ui/dismissible-notice';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { REVIEW_QUESTIONS } from '../../core/quiz/question';
import { QUIZ_BANK } from '../../content/quiz-bank';
import { STAGES } from '../../content/stages';
import { StagePage } from '../../ui/stage-page';
import { QuizQuestion } from './quiz-question';
import { QuizSummary } from './quiz-summary';
import { ResetScores } from './reset-scores';
import { quizSetFromQuery, quizSetToQuery } from './quiz-set-url';
import { useQuizAnswersNotice } from './use-quiz-answers-notice';
import { useQuizProgress } from './use-quiz-progress';
import './quiz.css';

const REVIEW = 'review';
const ALL = 'all';
/** The stages with questions, in workflow order. */
const QUIZ_STAGES = STAGES.filter((s) => QUIZ_BANK.some((q) => q.stage === s.id));
/** Every question set a link may name. */
const QUIZ_SETS = [REVIEW, ALL, ...QUIZ_STAGES.map((s) => s.id)];

function questionsFor(filter: string) {
  if (filter === ALL) return QUIZ_BANK;
  if (filter === REVIEW) return QUIZ_BANK.filter((q) => q.review !== undefined);
  return QUIZ_BANK.filter((q) => q.stage === filter);
}

function labelFor(filter: string) {
  if (filter === ALL) return 'All questions';
  if (filter === REVIEW) return 'Review questions';
  return `Stage: ${QUIZ_STAGES.find((s) => s.id === filter)?.short ?? filter}`;
}

/** The self-check: pick a quiz (review questions or one stage), answer, check, read why, retry. */
export default function QuizPage() {
  // The set lives in the address (replaced, not pushed), so "Copy link to this view" opens the same questions.
  const [params, setParams] = useSearchParams();
  const { set: filter, notice: linkNotice } = quizSetFromQuery(params.toString(), QUIZ_SETS, REVIEW);
  const [linkDismissed, setLinkDismissed] = useState(false);
  const setFilter = (set: string) => setParams(quizSetToQuery(params.toString(), set), { replace: true, preventScrollReset: true });
  const { progress, tasks, record, reset, notice, dismissNotice } = useQuizProgress('quiz-page');
  const answers = useQuizAnswersNotice();
  const selectId = useId();
  const questions = questionsFor(filter);
  const label = labelFor(filter);

  return (
    <StagePage path="/quiz">
      <section className="quiz" aria-labelledby={`${selectId}-h`}>
        <h2 id={`${selectId}-h`}>Quiz</h2>
        <DismissibleNotice notice={notice} onDismiss={dismissNotice} className="callout error quiz-notice" />
        <DismissibleNotice notice={answers.notice} onDismiss={answers.dismiss} className="callout error quiz-notice" />
        <DismissibleNotice notice={linkDismissed ? null : linkNotice} onDismiss={() => setLinkDismissed(true)} className="callout warning quiz-notice" />
        <div className="quiz-toolbar">
          <div className="field">
            <label htmlFor={selectId}>Questions</label>
            <select id={selectId} value={filter} onChange={(e) => setFilter(e.target.value)}>
              <option value={REVIEW}>Review questions ({questionsFor(REVIEW).length})</option>
              <optgroup label="By stage">
                {QUIZ_STAGES.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.short} ({questionsFor(s.id).length})
                  </option>
                ))}
              </optgroup>
              <option value={ALL}>All questions ({QUIZ_BANK.length})</option>
            </select>
          </div>
          <QuizSummary label={label} questions={questions} all={QUIZ_BANK} progress={progress} />
        </div>
        {filter === REVIEW && (
          <details className="quiz-review-list">
            <summary>The eight review questions</summary>
            <ol>
              {REVIEW_QUESTIONS.map((r) => (
                <li key={r.id}>{r.title}</li>
              ))}
            </ol>
          </details>
        )}
        <div className="quiz-saved">
          <p className="muted">
            Scores are saved in this browser. Each answer earns up to one point; some earn partial credit. Tasks graded by doing earn their point when the app sees you do them.
          </p>
          <ResetScores onReset={reset} disabled={Object.keys(progress.attempts).length === 0} />
          <Link to="/">Your progress and its export are on the overview page</Link>
        </div>
        {questions.map((q, i) => (
          <QuizQuestion key={`${filter}:${q.id}`} question={q} number={i + 1} last={progress.attempts[q.id]} task={tasks[q.id]} onGraded={record} />
        ))}
      </section>
    </StagePage>
  );
}
