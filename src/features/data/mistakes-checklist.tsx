import { useId } from 'react';
import { summarizeFinding } from '../../core/data/mistake-finding';
import type { MistakeStatus } from '../../core/data/mistake-finding';
import type { PlantedMistake } from '../../core/data/messy';
import type { PipelineResult } from '../../core/data/pipeline';

interface Props {
  mistakes: PipelineResult['mistakes'];
  found: readonly string[];
  /** Whether kilogram masses are converted (the right fix for the unit mistake, so the checklist can say so). */
  kgConverted: boolean;
}

const MARKS: Record<MistakeStatus, string> = { 'found-fixed': '✓', 'fixed-not-found': '~', 'found-not-fixed': '!', 'not-found': '?' };

/** The sentence for one mistake; what it was stays hidden until it is found (finding it is the exercise). */
function line(m: PlantedMistake, status: MistakeStatus, n: number, kgConverted: boolean) {
  switch (status) {
    case 'found-fixed':
      return (
        <>
          <strong>Found and fixed:</strong> {m.description}
          {m.kind === 'unit' && (kgConverted ? ' Converted to grams: the bird stays in the data with its real mass.' : ' Dropped. Converting to grams would be better: it keeps a real bird.')}
        </>
      );
    case 'found-not-fixed':
      return (
        <>
          <strong>Found, not fixed yet:</strong> {m.description}
          {m.kind === 'unit' && ' Fix it by converting to grams (right: ×1000 gives the real mass back and the bird stays), or drop it as out-of-range (loses a real penguin).'}
        </>
      );
    case 'fixed-not-found':
      return (
        <>
          <strong>Problem {n}: fixed, not found.</strong> A cleaning choice fixed it before you pointed at it. Allowed, but point at its row to know what it was.
        </>
      );
    default:
      return <strong>Problem {n}: not found yet.</strong>;
  }
}

/** The planted mistakes as a checklist: per mistake whether the learner found it (by pointing at it) and whether it is fixed. */
export function MistakesChecklist({ mistakes, found, kgConverted }: Props) {
  const id = useId();
  const summary = summarizeFinding(mistakes, found);
  const total = mistakes.length;
  const done = summary.done === total;
  const tools = [...new Set(mistakes.map((m) => m.mistake.foundWith))];
  return (
    <section className={`mistakes ${done ? 'mistakes-done' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Find the planted mistakes</h2>
      <p role="status" className="mistakes-status">
        {done ? (
          <strong>
            <span aria-hidden="true">✓ </span>All {total} planted problems are found and fixed. None of them will reach the model.
          </strong>
        ) : (
          <>
            <strong>
              {total} problems were planted: {summary.found} found, {summary.fixed} fixed.
            </strong>{' '}
            A problem counts when you point at its row (a dot in a chart, or its row number under the strip plot) and fix it.
          </>
        )}
      </p>
      <ol className="mistake-list">
        {summary.items.map((item, i) => (
          <li key={item.mistake.id} className={`mistake ${item.status}`}>
            <span className="mistake-mark" aria-hidden="true">
              {MARKS[item.status]}
            </span>
            <span>{line(item.mistake, item.status, i + 1, kgConverted)}</span>
          </li>
        ))}
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
