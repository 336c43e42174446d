import { useCallback, useRef, useState } from 'react';
import { addFound, pointAtRow } from '../../core/data/mistake-finding';
import type { PointResult } from '../../core/data/mistake-finding';
import type { DataRow } from '../../core/data/rows';
import { loadFoundMistakes, saveFoundMistakes } from '../../store/mistakes-found-store';

/** The planted mistakes the learner has pointed at (saved, like the data choices), and the answer to the last pick. */
export function useMistakeFinding(input: readonly DataRow[]) {
  const [found, setFound] = useState<string[]>(() => loadFoundMistakes());
  const [last, setLast] = useState<PointResult | null>(null);
  // Refs keep `point` one function for the page's life: the memoized charts take it as a prop and would redraw on every slider step otherwise.
  const inputRef = useRef(input);
  inputRef.current = input;
  const foundRef = useRef(found);
  foundRef.current = found;
  const point = useCallback((rowId: number) => {
    const result = pointAtRow(rowId, inputRef.current, foundRef.current);
    setLast(result);
    if (result.kind === 'found' && !result.again) {
      const next = addFound(foundRef.current, result.mistake.id);
      foundRef.current = next;
      setFound(next);
      saveFoundMistakes(next);
    }
  }, []);
  return { found, last, point };
}

export type MistakeFinding = ReturnType<typeof useMistakeFinding>;
