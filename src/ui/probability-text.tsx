import { exactNumber, formatProbability } from '../core/format/probability';

/** A probability for reading ("< 0.001 %"), with the exact number the API sent as its value and on hover. */
export function ProbabilityText({ p, digits = 1 }: { p: number; digits?: number }) {
  const exact = exactNumber(p);
  return (
    <data className="probability" value={exact} title={`exactly ${exact}`}>
      {formatProbability(p, digits)}
    </data>
  );
}
