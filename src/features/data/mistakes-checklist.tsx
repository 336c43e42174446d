import { useId } from 'react';
import type { PipelineResult } from '../../core/data/pipeline';

/** The planted mistakes as a checklist: how many are fixed, what each was once it is fixed (never before), and which tools reveal them. */
export function MistakesChecklist({ mistakes }: { mistakes: PipelineResult['mistakes'] }) {
  const id = useId();
  const fixed = mistakes.filter((m) => m.fixed).length;
  const total = mistakes.length;
  const done = fixed === total;
  const tools = [...new Set(mistakes.map((m) => m.mistake.foundWith))];
  return (
    <section className={`mistakes ${done ? 'mistakes-done' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Find the planted mistakes</h2>
      <p role="status" className="mistakes-status">
        {done ? (
          <strong>
            <span aria-hidden="true">✓ </span>All {total} planted problems are fixed. None of them will reach the model.
          </strong>
        ) : (
          <>
            <strong>
              {total} problems were planted; {fixed} fixed.
            </strong>{' '}
            Where they are stays hidden until you fix them: finding them is the exercise.
          </>
        )}
      </p>
      <ol className="mistake-list">
        {mistakes.map((m, i) =>
          m.fixed ? (
            <li key={m.mistake.id} className="mistake fixed">
              <span className="mistake-mark" aria-hidden="true">
                ✓
              </span>
              <span>
                <strong>Fixed:</strong> {m.mistake.description}
              </span>
            </li>
          ) : (
            <li key={m.mistake.id} className="mistake open">
              <span className="mistake-mark" aria-hidden="true">
                ?
              </span>
              <span>
                <strong>Problem {i + 1}:</strong> not fixed yet.
              </span>
            </li>
          ),
        )}
      </ol>
      {!done && (
        <details className="mistake-hints">
          <summary>Hints: where to look</summary>
          <ul>
            {tools.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
