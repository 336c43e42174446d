import type { Random } from '../rng';
import type { SourceRow } from './traffic';

/**
 * How finely the data set records each measurement: bills to 0.1 mm, flippers to 1 mm, body mass to 25 g. A drawn
 * bird is rounded to the same step, so values tie (and fall on bin edges) as often as real measurements do.
 */
export const MEASUREMENT_STEP: Readonly<Record<string, number>> = { bill_length_mm: 0.1, bill_depth_mm: 0.1, flipper_length_mm: 1, body_mass_g: 25 };

/** A drawn bird stays within this many standard deviations of its species' mean on every independent axis (no 8 kg Adelie). */
export const TRUNCATE_SD = 3;

/** One species' measurements as a multivariate normal: its share of the birds, mean vector and covariance (as a Cholesky factor). */
export interface SpeciesDistribution {
  species: string;
  /** Share of the fitted rows of this species, 0..1. */
  share: number;
  /** Mean per feature (BirdPopulation.features order), raw units. */
  mean: number[];
  /** Lower-triangular L with L·Lᵀ = the covariance (all zeros for a species seen once: it is replayed as is). */
  chol: number[][];
}

/** Where new birds come from: per-species normal distributions fitted on real rows. */
export interface BirdPopulation {
  features: string[];
  species: SpeciesDistribution[];
}

/** Cholesky factor of a symmetric matrix, or null when it is not positive definite. */
function cholesky(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      if (i === j) {
        if (!(s > 0)) return null;
        (l[i] as number[])[i] = Math.sqrt(s);
      } else (l[i] as number[])[j] = s / ((l[j] as number[])[j] as number);
    }
  }
  return l;
}

function fitSpecies(species: string, rows: readonly SourceRow[], features: readonly string[], total: number): SpeciesDistribution {
  const x = rows.map((r) => features.map((f) => r.features[f] ?? Number.NaN));
  const n = x.length;
  const d = features.length;
  const mean = features.map((_, j) => x.reduce((s, r) => s + (r[j] as number), 0) / n);
  const cov = features.map((_, i) => features.map((_, j) => (n < 2 ? 0 : x.reduce((s, r) => s + ((r[i] as number) - (mean[i] as number)) * ((r[j] as number) - (mean[j] as number)), 0) / (n - 1))));
  // Too few rows to estimate correlations (or a degenerate sample): keep the spreads, drop the correlations.
  const diagonal = () => cov.map((row, i) => row.map((v, j) => (i === j ? Math.sqrt(Math.max(0, v)) : 0)));
  const chol = n < d + 2 ? diagonal() : (cholesky(cov) ?? diagonal());
  return { species, share: n / total, mean, chol };
}

/**
 * Fits one multivariate normal per species (mean and sample covariance of its rows, raw units) on `rows`; species
 * keep their share of the rows. Species with fewer rows than features + 2 get no correlations.
 */
export function fitBirdPopulation(rows: readonly SourceRow[]): BirdPopulation {
  const features = Object.keys(rows[0]?.features ?? {});
  const bySpecies = new Map<string, SourceRow[]>();
  for (const r of rows) bySpecies.set(r.species, [...(bySpecies.get(r.species) ?? []), r]);
  return { features, species: [...bySpecies].map(([s, rs]) => fitSpecies(s, rs, features, rows.length)) };
}

/** A standard normal draw (Box–Muller), redrawn until it lies within ±TRUNCATE_SD. */
function truncatedNormal(random: Random): number {
  for (;;) {
    const u = 1 - random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    if (Math.abs(z) <= TRUNCATE_SD) return z;
  }
}

const roundTo = (x: number, step: number) => Number((Math.round(x / step) * step).toFixed(Math.max(0, -Math.floor(Math.log10(step)))));

/**
 * A new bird, never seen before: a species picked by share, then its measurements drawn from that species' normal
 * (mean + L·z) and rounded to MEASUREMENT_STEP. Uses `random` 1 + 2·features times (more when a draw is redrawn).
 */
export function drawBird(population: BirdPopulation, random: Random): SourceRow {
  const { species, features } = population;
  if (species.length === 0) throw new RangeError('drawBird needs a population fitted on at least one row');
  const u = random();
  let below = 0;
  const s =
    species.find((sp) => {
      below += sp.share;
      return u < below;
    }) ?? (species.at(-1) as SpeciesDistribution);
  const z = features.map(() => truncatedNormal(random));
  const values = features.map((f, i) => {
    const row = s.chol[i] as number[];
    const x = (s.mean[i] as number) + row.reduce((sum, l, k) => sum + l * (z[k] as number), 0);
    const step = MEASUREMENT_STEP[f];
    return [f, step ? roundTo(x, step) : x] as const;
  });
  return { species: s.species, features: Object.fromEntries(values) };
}
