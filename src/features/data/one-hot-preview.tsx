import { memo } from 'react';
import { FEATURE_UNITS, FEATURES, SPECIES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { PreparedSet } from '../../core/data/pipeline';
import { formatNumber, oneHotExamples } from '../../core/data/prepare-views';
import { ScrollTable } from './scroll-table';

const vector = (xs: readonly number[], digits = 0) => `[${xs.map((x) => formatNumber(x, digits)).join(', ')}]`;

/** The encoding: feature order (the columns of X) and species as one-hot vectors (the columns of y), on a few real rows. */
export const OneHotPreview = memo(function OneHotPreview({ train, features = FEATURES }: { train: PreparedSet; features?: readonly Feature[] }) {
  const examples = oneHotExamples(train, 5);
  return (
    <div className="encode">
      <div className="encode-orders">
        <div>
          <h3 id="feature-order">Feature order: the columns of X</h3>
          <ol className="order-list" aria-labelledby="feature-order" start={0}>
            {features.map((f) => (
              <li key={f}>
                <code>{f}</code> <span className="muted">({FEATURE_UNITS[f]})</span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3 id="species-order">Species order: the columns of y</h3>
          <ol className="order-list" aria-labelledby="species-order" start={0}>
            {SPECIES.map((s, k) => (
              <li key={s}>
                {s} → <code>{vector(SPECIES.map((_, j) => (j === k ? 1 : 0)))}</code>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p className="measure">
        The model cannot read the word “Gentoo”. It gets one number per species instead: 1 for the right one, 0 for the others. The endpoint expects the four features in
        exactly this order, and its three output probabilities come back in the species order.
      </p>
      <ScrollTable label="Encoded training rows">
        <table className="encode-table">
          <caption>{examples.length} training rows, encoded</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Species</th>
              <th scope="col">x (scaled)</th>
              <th scope="col">y (one-hot)</th>
            </tr>
          </thead>
          <tbody>
            {examples.map((e) => (
              <tr key={e.row.id}>
                <th scope="row">{e.row.id}</th>
                <td>{e.row.species}</td>
                <td className="encode-x">
                  <code>{vector(e.xScaled, 2)}</code>
                </td>
                <td>
                  <code>{vector(e.oneHot)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
});
