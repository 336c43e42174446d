import { ProbabilityText } from './probability-text';

/** One prediction of an invocation answer: the species and the probability of each class. */
interface Prediction {
  species: string;
  probabilities: Record<string, number>;
}

/** The predictions of an invocation's JSON body (`{"predictions": [{species, probabilities}]}`), or null for any other body. */
export function parsePredictions(body: string): Prediction[] | null {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  const predictions = (data as { predictions?: unknown } | null)?.predictions;
  if (!Array.isArray(predictions) || predictions.length === 0) return null;
  const ok = predictions.every(
    (p) =>
      typeof p === 'object' && p !== null && typeof p.species === 'string' && typeof p.probabilities === 'object' && p.probabilities !== null && Object.values(p.probabilities).every((x) => typeof x === 'number'),
  );
  return ok ? (predictions as Prediction[]) : null;
}

/** How many predictions the table lists; a batch of 1,000 stays readable in the raw body. */
const SHOWN = 10;

/**
 * An invocation answer's probabilities for reading ("< 0.001 %" rather than 2.18e-25), one row per instance; the exact
 * numbers stay in the raw body and on hover. Renders nothing for a body without predictions.
 */
export function PredictionSummary({ body }: { body: string }) {
  const predictions = parsePredictions(body);
  if (!predictions) return null;
  const classes = Object.keys(predictions[0]?.probabilities ?? {});
  const shown = predictions.slice(0, SHOWN);
  return (
    <table className="prediction-summary">
      <caption>
        The predictions, readable{predictions.length > SHOWN ? ` (the first ${SHOWN} of ${predictions.length})` : ''}: the raw body keeps the exact numbers
      </caption>
      <thead>
        <tr>
          <th scope="col">Instance</th>
          <th scope="col">Predicted species</th>
          {classes.map((c) => (
            <th key={c} scope="col">
              P({c})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: instances keep the order of the request
          <tr key={i}>
            <th scope="row">{i + 1}</th>
            <td>{p.species}</td>
            {classes.map((c) => (
              <td key={c}>
                <ProbabilityText p={p.probabilities[c] ?? Number.NaN} digits={3} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
