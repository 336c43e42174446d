import { useState } from 'react';

/**
 * Returns the previous value while `equal` says nothing changed, so memoized charts skip
 * re-rendering when the pipeline re-runs with the same rows (a new array, the same data).
 */
export function useStableValue<T>(value: T, equal: (a: T, b: T) => boolean): T {
  const [stable, setStable] = useState(value);
  const same = stable === value || equal(stable, value);
  // Updating state during render is React's pattern for state derived from props.
  if (!same) setStable(value);
  return same ? stable : value;
}
