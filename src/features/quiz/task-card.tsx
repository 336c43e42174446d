import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { TaskRecord } from '../../core/progress/progress';
import type { TaskQuestion } from '../../core/quiz/question';
import { checkTask } from '../../core/quiz/tasks';
import { stageByPath } from '../../content/stages';
import { saveTaskDone } from '../../store/progress-store';
import { useTaskFacts } from './use-task-facts';

/** Checks a task live until it is done; once done it is saved with its evidence, so it stays done after a reload. */
function useTaskStatus(question: TaskQuestion, stored: TaskRecord | undefined) {
  const facts = useTaskFacts(stored === undefined, question.task === 'deploy-accurate');
  const check = facts.kind === 'ready' ? checkTask(question.task, facts.facts) : null;
  const found = check?.done ? check.evidence : null;
  useEffect(() => {
    if (found !== null && stored === undefined) saveTaskDone(question.id, found);
  }, [found, stored, question.id]);
  return { facts, evidence: stored?.evidence ?? found };
}

/** A task graded by doing: what to do, then live status: "Not done yet — how to do it" or "Done ✓ — evidence". */
export function TaskCard({ question, number, stored }: { question: TaskQuestion; number: number; stored: TaskRecord | undefined }) {
  const { facts, evidence } = useTaskStatus(question, stored);
  const { pathname } = useLocation();
  const headingId = `${question.id}-heading`;
  const here = pathname === question.path;
  const page = stageByPath(question.path);
  return (
    <section className="quiz-card quiz-task" aria-labelledby={headingId}>
      <h3 id={headingId} className="quiz-card-title">
        Question {number} <span className="quiz-last">· task graded by doing</span>
      </h3>
      <p className="quiz-task-prompt">{question.prompt}</p>
      <div className="quiz-live" aria-live="polite">
        {evidence ? (
          <div className="quiz-task-status done">
            <p>
              <strong className="quiz-ok">Done ✓</strong> — evidence: <code>{evidence}</code>
            </p>
            <p>{question.explanation}</p>
          </div>
        ) : (
          <div className="quiz-task-status">
            <p>
              <strong className="quiz-not-ok">Not done yet</strong> — how to do it: {question.how}{' '}
              {here ? <span>Do it on this page.</span> : <Link to={question.path}>Go to “{page?.title ?? question.path}”</Link>}
            </p>
            {facts.kind === 'error' && <p className="error-text">{facts.message}</p>}
            {facts.kind === 'loading' && <p className="muted">Connecting to the request log…</p>}
          </div>
        )}
      </div>
      {!evidence && facts.kind === 'ready' && (
        <p className="quiz-hint">Checked live against the requests this page sends. No button to press: do it, and this changes to Done.</p>
      )}
    </section>
  );
}
