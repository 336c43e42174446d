import { CodeBlock } from '../../ui/code-block';
import { ANALOGY_INSTANCE, ANALOGY_SPECIES, useDirectVsHttp } from './use-direct-vs-http';

const PYTHON = `# the MODEL: a function
def ml_model(user_data):
    scaled = (user_data - mean) / std
    return network(scaled)

# the APPLICATION: the program around it
def main():
    user_data = get_user_data()
    # the ENDPOINT: this one call
    predictions = ml_model(user_data)
    show(predictions)`;

const HTTP = `POST /api/endpoints/penguins/invocations HTTP/1.1
Content-Type: application/json

${JSON.stringify({ instances: [ANALOGY_INSTANCE] }, null, 1).replace(/\n\s*/g, ' ')}

HTTP/1.1 200 OK
Content-Type: application/json

{"predictions": [{"species": "${ANALOGY_SPECIES}",
  "probabilities": {…}}],
 "model_version": "v1"}`;

/** The analogy's penguin in words, from the instance both calls send: "one Adelie penguin (bill 39.1 × 18.7 mm, …)". */
export function describeAnalogyPenguin(instance: typeof ANALOGY_INSTANCE = ANALOGY_INSTANCE, species: string = ANALOGY_SPECIES): string {
  return `one ${species} penguin (bill ${instance.bill_length_mm} mm long and ${instance.bill_depth_mm} mm deep, flipper ${instance.flipper_length_mm} mm, ${instance.body_mass_g} g)`;
}

const pct = (p: number | undefined) => (p === undefined ? '–' : `${(p * 100).toFixed(3)}%`);

/** The Python picture of an endpoint beside the HTTP exchange, and a live race of the two on one penguin. */
export function PythonAnalogy() {
  const race = useDirectVsHttp();
  const r = race.result;
  return (
    <section aria-labelledby="analogy-title" className="bench-section">
      <h2 id="analogy-title">The endpoint is a function call, stretched over a network</h2>
      <p className="measure">
        On the left, a small Python program. On the right, the HTTP exchange that does the same thing. The line <code>predictions = ml_model(user_data)</code> becomes a POST request: the
        arguments travel in the body, the return value comes back in the response.
      </p>
      <div className="analogy-pair">
        <CodeBlock label="web_app.py: the model, the application and the endpoint">{PYTHON}</CodeBlock>
        <CodeBlock label="The same call over HTTP">{HTTP}</CodeBlock>
      </div>
      <h3>Run both on the same penguin</h3>
      <p className="measure">
        One button calls the model twice, {race.runs} times each: directly inside this page (like the Python call), and through the endpoint as a real HTTP request answered by the
        service worker.
      </p>
      <button type="button" className="primary" onClick={() => void race.run()} disabled={race.running}>
        {race.running ? 'Running…' : 'Call the model both ways'}
      </button>
      <div aria-live="polite">
        {race.error && <p className="field-error">{race.error}</p>}
        {r && (
          <>
            <table className="race-table">
              <caption>
                Model {r.version} on {describeAnalogyPenguin()}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Call</th>
                  {r.classes.map((c) => (
                    <th key={c} scope="col">
                      P({c})
                    </th>
                  ))}
                  <th scope="col">Median time</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Direct, in the page</th>
                  {r.classes.map((c, k) => (
                    <td key={c}>{pct(r.direct.probabilities[k])}</td>
                  ))}
                  <td>{r.direct.medianMs.toFixed(2)} ms</td>
                </tr>
                <tr>
                  <th scope="row">HTTP, through the endpoint</th>
                  {r.classes.map((c, k) => (
                    <td key={c}>{pct(r.http.probabilities[k])}</td>
                  ))}
                  <td>{r.http.medianMs.toFixed(2)} ms</td>
                </tr>
              </tbody>
            </table>
            <p className="measure">
              <strong>{r.identical ? 'The predictions are identical.' : 'The predictions differ!'}</strong> The HTTP call took about {Math.max(1, Math.round(r.http.medianMs / Math.max(r.direct.medianMs, 0.01)))}×
              as long as the direct call ({r.http.medianMs.toFixed(1)} ms against {r.direct.medianMs.toFixed(2)} ms). That extra time buys a contract (any client that follows it gets
              the same answer), isolation (the application never holds the model or its numbers), any client language (Python, JavaScript, curl), and scaling out (the cloud can run many
              copies of the endpoint behind one URL).
            </p>
          </>
        )}
      </div>
    </section>
  );
}
