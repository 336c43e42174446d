import { memo } from 'react';
import type { PreparedData } from '../../store/prepared-data';

type ReadyData = Extract<PreparedData, { ok: true }>;

/** Which data a run learns from: rows per split as matrix shapes, and what each split is for. */
export const TrainingDataSummary = memo(function TrainingDataSummary({ data, compact = false }: { data: ReadyData; compact?: boolean }) {
  const { train, validation, test } = data.result.sets;
  const features = train.xModel[0]?.length ?? 4;
  const names = data.result.features ?? [];
  const seen = names.length === 4 ? 'the four measurements' : `${names.length === 1 ? 'one measurement' : `${names.length} of the four measurements`} (${names.join(', ')})`;
  const { split, scaler, fitScalerOnAll } = data.state;
  const scaling = scaler === 'standard' ? 'standardized (mean 0, standard deviation 1 on the training rows)' : 'min-max scaled (0 to 1 on the training rows)';
  return (
    <section className="data-summary" aria-labelledby="which-data-heading">
      <h2 id="which-data-heading">Which data</h2>
      <p className="measure">
        Your prepared penguins from the data steps: split {split.train}/{split.validation}/{split.test} with seed {split.seed}, features {scaling}.
        {!compact && ` The model sees ${seen} (X) and learns to predict the species (y).`}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll shape-scroll" tabIndex={0} aria-label="Rows and shapes of the three sets">
        <table className="shape-table">
          <caption className="visually-hidden">Rows and shapes of the three sets</caption>
          <thead>
            <tr>
              <th scope="col">Set</th>
              <th scope="col">Features</th>
              <th scope="col">Labels</th>
              <th scope="col">Used here for</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Training</th>
              <td>
                <code>
                  X_train: {train.xScaled.length} × {features}
                </code>
              </td>
              <td>
                <code>y_train: {train.labels.length}</code>
              </td>
              <td>fitting the weights</td>
            </tr>
            <tr>
              <th scope="row">Validation</th>
              <td>
                <code>
                  X_val: {validation.xScaled.length} × {features}
                </code>
              </td>
              <td>
                <code>y_val: {validation.labels.length}</code>
              </td>
              <td>checking each epoch on penguins the weights never fit</td>
            </tr>
            <tr>
              <th scope="row">Test</th>
              <td>{test.rows.length} rows</td>
              <td>—</td>
              <td>
                <strong>not used</strong>: kept for Evaluate
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      {data.notice && <p className="callout">{data.notice}</p>}
      {fitScalerOnAll && (
        <p className="callout warning">
          <strong>Leak on:</strong> your scaler was fitted on all rows, test and validation included (the leakage demo on Prepare). Validation numbers here will look a little better
          than they should.
        </p>
      )}
    </section>
  );
});
