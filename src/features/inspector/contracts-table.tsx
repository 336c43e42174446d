import type { ServingVersions } from '../../api/use-serving-versions';
import { useServingVersions } from '../../api/use-serving-versions';

/** The opening words of the contracts text, naming the version(s) the endpoint serves now (all three URLs use its traffic split). */
export function whoAnswers(serving: ServingVersions): string {
  if (serving.state !== 'ready') return 'The same model answers on three URLs';
  if (serving.variants.length === 0) return 'No version serves traffic right now (each URL answers 503); once one does, the same model answers on three URLs';
  if (serving.variants.length === 1) return `The same model, ${serving.phrase}, answers on three URLs`;
  return `The same models, ${serving.phrase} of the traffic, answer on three URLs with the same split`;
}

/**
 * Three real-world contracts for the same model, side by side: an endpoint is a convention, not magic.
 * Sources: RFC 9457 §3.1.1 (type: an absolute URI is recommended) and §3.2 (extension members); KServe's Open Inference
 * Protocol (a request `id` is returned in the response); MLflow's scoring server (/invocations accepts dataframe_split,
 * dataframe_records, instances, inputs and CSV; an unsupported Content-Type gets 415 with a plain-text message).
 */
export function ContractsTable() {
  const serving = useServingVersions();
  return (
    <section aria-labelledby="contracts-title" className="bench-section">
      <h2 id="contracts-title">One model, three contracts</h2>
      <p className="measure">
        {whoAnswers(serving)}, each following a convention used in industry. The model does not change; only the shape of the request and the answer does. Try
        each with the “Other contracts” presets.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways (phones, presenter mode) must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-label="Contracts table">
        <table className="contracts-table">
          <caption>How each contract asks for a prediction</caption>
          <thead>
            <tr>
              <th scope="col">Contract</th>
              <th scope="col">Predict with</th>
              <th scope="col">Input</th>
              <th scope="col">Output</th>
              <th scope="col">Errors</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">SageMaker-style (this course)</th>
              <td>
                <code>POST /api/endpoints/penguins/invocations</code>
              </td>
              <td>
                <code>{'{"instances": [{…}]}'}</code> or CSV lines
              </td>
              <td>
                <code>{'{"predictions": [{"species", "probabilities"}]}'}</code>
              </td>
              <td>
                RFC 9457 problem details: <code>type</code> (an absolute URI), <code>title</code>, <code>status</code>, <code>detail</code>. The{' '}
                <code>errors[].pointer</code> list is our own extension member.
              </td>
            </tr>
            <tr>
              <th scope="row">Open Inference Protocol V2 (KServe, Triton)</th>
              <td>
                <code>POST /api/v2/models/penguins/infer</code>
              </td>
              <td>
                a tensor: name, shape [n, 4], datatype FP32, data; an optional <code>id</code>
              </td>
              <td>
                a tensor: shape [n, 3] of probabilities; the request's <code>id</code> comes back as <code>id</code>
              </td>
              <td>
                <code>{'{"error": "…"}'}</code> with 400
              </td>
            </tr>
            <tr>
              <th scope="row">MLflow scoring server</th>
              <td>
                <code>POST /api/mlflow/invocations</code>
              </td>
              <td>dataframe_split, dataframe_records, instances, inputs, or CSV with a header</td>
              <td>
                <code>{'{"predictions": [...]}'}</code>
              </td>
              <td>
                <code>{'{"error_code", "message"}'}</code>; an unsupported Content-Type gets 415 with a plain-text message, as in real MLflow
              </td>
            </tr>
          </tbody>
        </table>
      </section>
    </section>
  );
}
