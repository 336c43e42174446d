import type { FreeTextQuestion } from '../../core/quiz/question';

/** A text area for the learner's attempt; after "Check", the model answer and its key points. */
export function FreeTextAnswer({
  question,
  text,
  revealed,
  disabled,
  onChange,
}: {
  question: FreeTextQuestion;
  text: string;
  revealed: boolean;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const inputId = `${question.id}-text`;
  return (
    <div className="field">
      <label htmlFor={inputId}>Your answer</label>
      <textarea id={inputId} rows={4} value={text} readOnly={disabled || revealed} onChange={(e) => onChange(e.target.value)} />
      {revealed && (
        <div className="quiz-model-answer">
          <h4>Model answer</h4>
          <p>{question.modelAnswer}</p>
          <p>A good answer mentions:</p>
          <ul>
            {question.keyPoints.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
