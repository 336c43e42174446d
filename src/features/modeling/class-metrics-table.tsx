import type { ClassMetrics, ConfusionMatrix } from '../../core/modeling/metrics';
import { pct, penguins } from './evaluate-format';

/** The class worth explaining: the weakest F1 (ties: the first), so the sentence talks about a real weakness. */
function weakest(perClass: readonly ClassMetrics[]): number {
  let k = 0;
  perClass.forEach((c, i) => {
    if (c.f1 < (perClass[k]?.f1 ?? Number.POSITIVE_INFINITY)) k = i;
  });
  return k;
}

/** Precision, recall and F1 per species, with one species explained in words from the learner's own counts. */
export function ClassMetricsTable({ perClass, matrix }: { perClass: ClassMetrics[]; matrix: ConfusionMatrix }) {
  const k = weakest(perClass);
  const c = perClass[k];
  const tp = matrix.counts[k]?.[k] ?? 0;
  const calledK = matrix.counts.reduce((s, row) => s + (row[k] ?? 0), 0);
  return (
    <div className="class-metrics">
      <div className="table-scroll">
        <table>
          <caption>Precision, recall and F1 per species (test set)</caption>
          <thead>
            <tr>
              <th scope="col">Species</th>
              <th scope="col" className="num">
                Precision
              </th>
              <th scope="col" className="num">
                Recall
              </th>
              <th scope="col" className="num">
                F1
              </th>
              <th scope="col" className="num">
                Test penguins
              </th>
            </tr>
          </thead>
          <tbody>
            {perClass.map((m) => (
              <tr key={m.className}>
                <th scope="row">{m.className}</th>
                <td className="num">{pct(m.precision)}</td>
                <td className="num">{pct(m.recall)}</td>
                <td className="num">{m.f1.toFixed(2)}</td>
                <td className="num">{m.support}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {c && (
        <div className="measure">
          <p>
            Take <strong>{c.className}</strong>
            {perClass.every((m) => m.f1 === 1) ? ' (every species is perfect here)' : ' (your weakest species)'}.{' '}
            <strong>Precision</strong>: the model called {penguins(calledK)} {c.className}, and {tp} of them {tp === 1 ? 'was' : 'were'} — {pct(c.precision)}. It
            tells you how far to trust a “{c.className}” answer.
          </p>
          <p>
            <strong>Recall</strong>: of the {penguins(c.support)} that really are {c.className}, the model found {tp} — {pct(c.recall)}. It tells you how many{' '}
            {c.className} slip through. <strong>F1</strong> ({c.f1.toFixed(2)}) is their harmonic mean: high only when both are.
          </p>
        </div>
      )}
    </div>
  );
}
