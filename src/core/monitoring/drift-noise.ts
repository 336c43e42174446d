/**
 * Fewest values of a feature before its PSI gets a verdict. Chosen with the seeded simulation in
 * drift-noise.test.ts: Normal traffic (new birds from the same species distributions) against the reference
 * training baseline reads "no drift" on every feature in at least 95 % of windows of this size (about 97 % with the
 * default 5 bins; 150 values gave about 90 %). At 30 values, the old minimum, noise alone put some feature at
 * "moderate drift" or worse in most windows.
 */
export const MIN_DRIFT_SAMPLES = 200;

/** Share of no-drift windows the noise band covers: 95 %. */
export const NOISE_COVERAGE = 0.95;

/** The standard normal's 95th percentile (z with Φ(z) = 0.95), for the Wilson–Hilferty approximation below. */
const Z_95 = 1.6448536;

/**
 * Expected PSI between two samples of one unchanged population: (bins − 1)·(1/n + 1/m) for n live and m baseline
 * values. PSI ≈ Σ (a − e)²/e for small differences, n·that is a chi-square with bins − 1 degrees of freedom
 * (mean bins − 1), and the baseline's own sampling adds 1/m. NaN without values.
 */
export function expectedNoDriftPsi(bins: number, n: number, m: number): number {
  if (!(n > 0) || !(m > 0) || !(bins >= 2)) return Number.NaN;
  return (bins - 1) * (1 / n + 1 / m);
}

/**
 * PSI that no-drift windows stay below 95 % of the time: the chi-square's 95th percentile with bins − 1 degrees of
 * freedom (Wilson–Hilferty approximation: within 0.5 % from 3 degrees of freedom, 3 % for 1) times (1/n + 1/m).
 * NaN without values.
 */
export function noDriftPsi95(bins: number, n: number, m: number): number {
  if (!(n > 0) || !(m > 0) || !(bins >= 2)) return Number.NaN;
  const df = bins - 1;
  const c = 2 / (9 * df);
  const chi95 = df * (1 - c + Z_95 * Math.sqrt(c)) ** 3;
  return chi95 * (1 / n + 1 / m);
}
