import { useId, useState } from 'react';
import type { PointResult } from '../../core/data/mistake-finding';

/** The answer to the last pick, in words. */
function answer(last: PointResult): string {
  if (last.kind !== 'found') return last.message;
  const { mistake, again } = last;
  if (again) return `You found this one already. ${mistake.description}`;
  return `Found it! ${mistake.description}`;
}

/**
 * Pointing at a suspicious row by its number (as the strip plot's tooltip and the tables show it): the keyboard way to do
 * what a click on a dot does. The answer is announced either way.
 */
export function MistakePointer({ last, onPoint }: { last: PointResult | null; onPoint: (rowId: number) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const rowId = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(rowId) && rowId > 0;
  return (
    <form
      className="mistake-pointer"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onPoint(rowId);
      }}
    >
      <h3 id={`${id}-title`}>Point at a mistake</h3>
      <p className="hint" id={`${id}-hint`}>
        Click a suspicious dot in the strip plot or the scatter plot, or type its row number here (the tooltip and each chart's table show row numbers).
      </p>
      <div className="pointer-row">
        <label htmlFor={`${id}-row`}>Row number</label>
        <input id={`${id}-row`} type="number" min={1} step={1} inputMode="numeric" value={text} aria-describedby={`${id}-hint`} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={!valid}>
          Point at this row
        </button>
      </div>
      <p role="status" className={`pointer-answer ${last?.kind === 'found' ? 'pointer-found' : ''}`}>
        {last && answer(last)}
      </p>
    </form>
  );
}
