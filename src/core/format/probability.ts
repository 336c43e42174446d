/**
 * A probability (0..1) as a percentage people can read, never rounded to a certainty it is not:
 * with 3 decimals 2.18e-25 → "< 0.001 %", 0.999999 → "> 99.999 %", 0.9731 → "97.310 %"; 0 → "0 %", 1 → "100 %".
 * Not a probability (NaN, below 0, above 1) → "–".
 */
export function formatProbability(p: number, digits = 1): string {
  if (!Number.isFinite(p) || p < 0 || p > 1) return '–';
  if (p === 0) return '0 %';
  if (p === 1) return '100 %';
  const percent = p * 100;
  // The smallest step the chosen decimals can show: anything closer to 0 % or 100 % would print as one of them.
  const step = 10 ** -digits;
  if (percent < step) return `< ${step.toFixed(digits)} %`;
  if (100 - percent < step) return `> ${(100 - step).toFixed(digits)} %`;
  return `${percent.toFixed(digits)} %`;
}

/** The exact number as JSON writes it (e.g. "2.18e-25"): for a title or the raw view beside the readable one. */
export function exactNumber(x: number): string {
  return Number.isFinite(x) ? JSON.stringify(x) : String(x);
}
