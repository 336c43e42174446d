import type { LabelRequestQuestion, RequestRole } from '../../core/quiz/question';
import { REQUEST_ROLES } from '../../core/quiz/question';
import { ROLE_NAMES } from '../../core/quiz/grade';

/** The raw request as it travels (request line, headers, empty line, body), built from the question's parts. */
function rawRequest(q: LabelRequestQuestion): string {
  const of = (role: RequestRole) => q.parts.filter((p) => p.role === role).map((p) => p.text);
  return [`${[...of('method'), ...of('url')].join(' ')} HTTP/1.1`, ...of('header'), '', ...of('body')].join('\n');
}

/** The raw HTTP request, then one select per part: is it the method, the URL, a header or the body? */
export function RequestLabeler({
  question,
  labels,
  disabled,
  onChange,
}: {
  question: LabelRequestQuestion;
  labels: Readonly<Record<string, RequestRole>>;
  disabled: boolean;
  onChange: (labels: Record<string, RequestRole>) => void;
}) {
  return (
    <>
      <figure className="quiz-raw-figure">
        <figcaption className="quiz-hint">The raw request</figcaption>
        <pre className="quiz-raw-request">
          <code>{rawRequest(question)}</code>
        </pre>
      </figure>
      <ul className="quiz-matching">
        {question.parts.map((p, i) => {
          const selectId = `${question.id}-${p.id}`;
          return (
            <li key={p.id}>
              <label htmlFor={selectId}>
                <span className="visually-hidden">Part {i + 1}: </span>
                <code className="quiz-part">{p.text}</code>
              </label>
              <select
                id={selectId}
                value={labels[p.id] ?? ''}
                disabled={disabled}
                onChange={(e) => {
                  const role = REQUEST_ROLES.find((r) => r === e.target.value);
                  const next = { ...labels };
                  if (role) next[p.id] = role;
                  else delete next[p.id];
                  onChange(next);
                }}
              >
                <option value="">Choose…</option>
                {REQUEST_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_NAMES[r]}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </>
  );
}
