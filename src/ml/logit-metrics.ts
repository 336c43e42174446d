/** Mean cross-entropy and accuracy of some rows. */
export interface LogitMetrics {
  loss: number;
  accuracy: number;
}

/**
 * Mean softmax cross-entropy and accuracy of `rows` logit rows read back from the backend (row-major, `classes` wide,
 * starting at row `firstRow`), against the class index of each row. Log-sum-exp in float64: exact, and any NaN or
 * infinite logit makes the loss non-finite, which is how divergence shows.
 */
export function logitMetrics(
  logits: ArrayLike<number>,
  firstRow: number,
  rows: number,
  classes: number,
  labelOf: (row: number) => number,
): LogitMetrics {
  let lossSum = 0;
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const offset = (firstRow + r) * classes;
    let best = 0;
    let max = logits[offset] as number;
    for (let k = 1; k < classes; k++) {
      const z = logits[offset + k] as number;
      if (z > max) {
        max = z;
        best = k;
      }
    }
    let sum = 0;
    for (let k = 0; k < classes; k++) sum += Math.exp((logits[offset + k] as number) - max);
    const label = labelOf(r);
    lossSum += max + Math.log(sum) - (logits[offset + label] as number);
    // A NaN row has no largest logit: it counts as wrong.
    if (best === label && !Number.isNaN(max)) correct++;
  }
  return { loss: lossSum / rows, accuracy: correct / rows };
}
