import { useServingVersions } from '../../api/use-serving-versions';
import { CodeBlock } from '../../ui/code-block';
import { ProbabilityText } from '../../ui/probability-text';
import { ANALOGY_INSTANCE, ANALOGY_SPECIES, useDirectVsHttp } from './use-direct-vs-http';
import type { VersionComparison } from './use-direct-vs-http';

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

/**
 * The HTTP side of the analogy: the analogy penguin's measurements the endpoint's schema asks for (all four until it is
 * known), and the version that answers most requests now ("…" while it is looked up).
 */
export function httpSample(version: string, features: readonly string[] = []): string {
  const known = features.filter((f) => f in ANALOGY_INSTANCE);
  const instance = known.length > 0 ? Object.fromEntries(known.map((f) => [f, ANALOGY_INSTANCE[f as keyof typeof ANALOGY_INSTANCE]])) : ANALOGY_INSTANCE;
  return `POST /api/endpoints/penguins/invocations HTTP/1.1
Content-Type: application/json

${JSON.stringify({ instances: [instance] }, null, 1).replace(/\n\s*/g, ' ')}

HTTP/1.1 200 OK
Content-Type: application/json
X-Model-Version: ${version}

{"predictions": [{"species": "${ANALOGY_SPECIES}",
  "probabilities": {…}}],
 "model_version": "${version}"}`;
}

/** The analogy's penguin in words, from the measurements both calls send: "one Adelie penguin (bill 39.1 mm long and 18.7 mm deep, …)". */
export function describeAnalogyPenguin(instance: Partial<typeof ANALOGY_INSTANCE> = ANALOGY_INSTANCE, species: string = ANALOGY_SPECIES): string {
  const { bill_length_mm: length, bill_depth_mm: depth, flipper_length_mm: flipper, body_mass_g: mass } = instance;
  const bill = [length !== undefined ? `${length} mm long` : null, depth !== undefined ? `${depth} mm deep` : null].filter((s) => s !== null).join(' and ');
  const parts = [bill ? `bill ${bill}` : null, flipper !== undefined ? `flipper ${flipper} mm` : null, mass !== undefined ? `${mass} g` : null].filter((s) => s !== null);
  return `one ${species} penguin (${parts.join(', ')})`;
}

function ComparisonTable({ c, instance, runs }: { c: VersionComparison; instance: Partial<typeof ANALOGY_INSTANCE>; runs: number }) {
  return (
    <table className="race-table">
      <caption>
        Model {c.version} on {describeAnalogyPenguin(instance)}: it answered {c.requests} of the {runs} requests
      </caption>
      <thead>
        <tr>
          <th scope="col">Call</th>
          {c.classes.map((name) => (
            <th key={name} scope="col">
              P({name})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(
          [
            ['Direct, in the page', c.direct],
            ['HTTP, through the endpoint', c.http],
          ] as const
        ).map(([label, probabilities]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {c.classes.map((name, k) => (
              <td key={name}>
                <ProbabilityText p={probabilities[k] ?? Number.NaN} digits={3} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The Python picture of an endpoint beside the HTTP exchange, and a live race of the two on one penguin. */
export function PythonAnalogy() {
  const race = useDirectVsHttp();
  const serving = useServingVersions();
  const r = race.result;
  const top = serving.state === 'ready' ? (serving.variants[0]?.version ?? '…') : '…';
  return (
    <section aria-labelledby="analogy-title" className="bench-section">
      <h2 id="analogy-title">The endpoint is a function call, stretched over a network</h2>
      <p className="measure">
        On the left, a small Python program. On the right, the HTTP exchange that does the same thing. The line <code>predictions = ml_model(user_data)</code> becomes a POST request: the
        arguments travel in the body, the return value comes back in the response.
      </p>
      <div className="analogy-pair">
        <CodeBlock label="web_app.py: the model, the application and the endpoint">{PYTHON}</CodeBlock>
        <CodeBlock label="The same call over HTTP">{httpSample(top, serving.state === 'ready' ? serving.features : [])}</CodeBlock>
      </div>
      <p className="measure" data-testid="analogy-serving">
        {serving.state === 'ready' && serving.variants.length > 1 && (
          <>
            Endpoint <code>penguins</code> splits its traffic now: {serving.phrase}. Each answer's <code>model_version</code> names the version that answered it; the sample shows {top},
            the one most requests meet.
          </>
        )}
        {serving.state === 'ready' && serving.variants.length === 1 && (
          <>
            Endpoint <code>penguins</code> serves {serving.phrase} now, so every answer says <code>"model_version": "{serving.phrase}"</code>.
          </>
        )}
        {serving.state === 'ready' && serving.variants.length === 0 && (
          <>
            Endpoint <code>penguins</code> serves no version right now: a real request would get a 503.
          </>
        )}
        {/* On an error the page already says once why the API did not answer (the deploy section): no second copy here. */}
      </p>
      <h3>Run both on the same penguin</h3>
      <p className="measure">
        One button calls the model twice, {race.runs} times each: through the endpoint as a real HTTP request, and directly inside this page (like the Python call) on the very version
        that answered, loaded from the same files the endpoint loads.
      </p>
      <button type="button" className="primary" onClick={() => void race.run()} disabled={race.running}>
        {race.running ? 'Running…' : 'Call the model both ways'}
      </button>
      <div aria-live="polite">
        {race.error && <p className="field-error">{race.error}</p>}
        {r && (
          <>
            {r.comparisons.map((c) => (
              <ComparisonTable key={c.version} c={c} instance={r.instance} runs={race.runs} />
            ))}
            <p className="measure">
              <strong>{r.identical ? 'The predictions are identical.' : 'The predictions differ!'}</strong> The HTTP call took about{' '}
              {Math.max(1, Math.round(r.http.medianMs / Math.max(r.direct.medianMs, 0.01)))}× as long as the direct call (a median of {r.http.medianMs.toFixed(1)} ms against{' '}
              {r.direct.medianMs.toFixed(2)} ms). That extra time buys a contract (any client that follows it gets the same answer), isolation (the application never holds the model or its
              numbers), any client language (Python, JavaScript, curl), and scaling out (the cloud can run many copies of the endpoint behind one URL).
            </p>
          </>
        )}
      </div>
    </section>
  );
}
