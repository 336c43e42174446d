import type { Grade, OptionFeedback } from '../../core/quiz/grade';
import type { Question } from '../../core/quiz/question';

/** The text of an option, item, pair or part of a question, by id. */
function entryText(q: Question, id: string): string {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.find((o) => o.id === id)?.text ?? id;
    case 'ordering':
      return q.items.find((o) => o.id === id)?.text ?? id;
    case 'matching':
      return q.pairs.find((o) => o.id === id)?.left ?? id;
    case 'label':
      return q.parts.find((o) => o.id === id)?.text ?? id;
    case 'free':
      return 'Model answer';
    case 'task':
      return q.prompt;
  }
}

/** What a verdict means for this kind of question, in words (never by color alone). */
function verdictText(q: Question, f: OptionFeedback): string {
  if (q.kind === 'single' || q.kind === 'multiple') {
    return { correct: '✓ Your pick, right', incorrect: '✗ Your pick, wrong', missed: '! Missed, a right answer', neutral: '– Rightly left out' }[f.verdict];
  }
  if (q.kind === 'task') return f.verdict === 'correct' ? `Done ✓ — evidence: ${f.expected ?? ''}` : 'Not done yet';
  if (q.kind === 'free') return { correct: '✓ You marked it right', incorrect: '✗ You marked it wrong', missed: '', neutral: '' }[f.verdict];
  if (f.verdict === 'correct') return q.kind === 'ordering' ? '✓ In place' : '✓ Right';
  const where = q.kind === 'ordering' ? `belongs at ${f.expected}` : q.kind === 'label' ? `it is the ${f.expected}` : `goes with “${f.expected}”`;
  return f.verdict === 'missed' ? `! Not answered: ${where}` : `✗ Wrong: ${where}`;
}

/** Score as a percentage, rounded. */
export const percent = (score: number) => `${Math.round(score * 100)} %`;

/** The graded result: score, then every option with its verdict and explanation. */
export function GradeFeedback({ question, grade }: { question: Question; grade: Grade }) {
  const headline = grade.correct ? 'Correct.' : grade.score > 0 ? 'Partly correct.' : 'Not correct yet.';
  return (
    <div className="quiz-feedback">
      <p className="quiz-result">
        <strong className={grade.correct ? 'quiz-ok' : 'quiz-not-ok'}>{headline}</strong> Score: {percent(grade.score)}.
      </p>
      {grade.note && <p>{grade.note}</p>}
      {question.kind !== 'free' && (
        <ul className="quiz-explanations">
          {grade.feedback.map((f) => (
            <li key={f.id} className={`verdict-${f.verdict}`}>
              <span className="quiz-verdict">{verdictText(question, f)}</span> <span className="quiz-entry">{entryText(question, f.id)}</span>
              <span className="quiz-why">{f.explanation}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
