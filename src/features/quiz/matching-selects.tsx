import type { MatchingQuestion } from '../../core/quiz/question';

/** One select per left-hand term; the choices are every right-hand term, in alphabetical order. */
export function MatchingSelects({
  question,
  matches,
  disabled,
  onChange,
}: {
  question: MatchingQuestion;
  matches: Readonly<Record<string, string>>;
  disabled: boolean;
  onChange: (matches: Record<string, string>) => void;
}) {
  const choices = [...question.pairs].sort((a, b) => a.right.localeCompare(b.right));
  return (
    <ul className="quiz-matching">
      {question.pairs.map((p) => {
        const selectId = `${question.id}-${p.id}`;
        return (
          <li key={p.id}>
            <label htmlFor={selectId}>{p.left}</label>
            <select
              id={selectId}
              value={matches[p.id] ?? ''}
              disabled={disabled}
              onChange={(e) => onChange({ ...matches, [p.id]: e.target.value })}
            >
              <option value="">Choose…</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.right}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ul>
  );
}
