/** Three real-world contracts for the same model, side by side: an endpoint is a convention, not magic. */
export function ContractsTable() {
  return (
    <section aria-labelledby="contracts-title" className="bench-section">
      <h2 id="contracts-title">One model, three contracts</h2>
      <p className="measure">
        The same model v1 answers on three URLs, each following a convention used in industry. The model does not change; only the shape of the request and the answer does. Try
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
              <td>RFC 9457 problem details, field pointers</td>
            </tr>
            <tr>
              <th scope="row">Open Inference Protocol V2 (KServe, Triton)</th>
              <td>
                <code>POST /api/v2/models/penguins/infer</code>
              </td>
              <td>a tensor: name, shape [n, 4], datatype FP32, data</td>
              <td>a tensor: shape [n, 3] of probabilities</td>
              <td>
                <code>{'{"error": "…"}'}</code> with 400
              </td>
            </tr>
            <tr>
              <th scope="row">MLflow scoring server</th>
              <td>
                <code>POST /api/mlflow/invocations</code>
              </td>
              <td>dataframe_split, dataframe_records, instances, or CSV with a header</td>
              <td>
                <code>{'{"predictions": [...]}'}</code>
              </td>
              <td>
                <code>{'{"error_code", "message"}'}</code>
              </td>
            </tr>
          </tbody>
        </table>
      </section>
    </section>
  );
}
