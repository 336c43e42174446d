import type { MultipleChoiceQuestion, SingleChoiceQuestion } from '../../core/quiz/question';

/** Radio buttons (single choice) or checkboxes (multiple choice) for the options of a question. */
export function ChoiceOptions({
  question,
  picked,
  disabled,
  onChange,
}: {
  question: SingleChoiceQuestion | MultipleChoiceQuestion;
  picked: readonly string[];
  disabled: boolean;
  onChange: (picked: string[]) => void;
}) {
  const single = question.kind === 'single';
  return (
    <ul className="quiz-options">
      {question.options.map((o) => {
        const inputId = `${question.id}-${o.id}`;
        const checked = picked.includes(o.id);
        return (
          <li key={o.id}>
            <input
              id={inputId}
              type={single ? 'radio' : 'checkbox'}
              name={question.id}
              value={o.id}
              checked={checked}
              disabled={disabled}
              onChange={(e) => {
                if (single) onChange([o.id]);
                else onChange(e.target.checked ? [...picked, o.id] : picked.filter((id) => id !== o.id));
              }}
            />
            <label htmlFor={inputId}>{o.text}</label>
          </li>
        );
      })}
    </ul>
  );
}
