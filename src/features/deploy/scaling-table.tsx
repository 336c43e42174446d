import type { RequestScaling } from './use-request-walkthrough';

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** The endpoint's scaler at work on one request: per feature, the raw value, the train-fitted mean and std, and (raw − mean) / std. */
export function ScalingTable({ scaling }: { scaling: RequestScaling }) {
  return (
    <table className="scaling-table">
      <caption>
        How {scaling.version} scaled this request before its network saw it: scaled = (raw − mean) / std, with the mean and std from {scaling.version}'s preprocessing.json (fitted
        on its training split; rounded here)
      </caption>
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col">Raw value</th>
          <th scope="col">Mean</th>
          <th scope="col">Std</th>
          <th scope="col">Scaled</th>
        </tr>
      </thead>
      <tbody>
        {scaling.steps.map((s) => (
          <tr key={s.feature}>
            <th scope="row">
              <code>{s.feature}</code>
            </th>
            <td>
              {Number.isFinite(s.raw) ? s.raw : '–'} {s.unit}
            </td>
            <td>
              {fixed(s.mean, 2)} {s.unit}
            </td>
            <td>
              {fixed(s.std, 2)} {s.unit}
            </td>
            <td>{fixed(s.scaled, 3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
