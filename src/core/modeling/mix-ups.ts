import type { Feature } from '../data/penguins';
import type { DataRow } from '../data/rows';

/** How much one species' training rows fall inside another's range on one measurement. */
export interface FeatureOverlap {
  feature: Feature;
  /** Share (0–1) of the actual species' training rows whose value lies within the other species' training range. */
  share: number;
  /** The other species' training range on this feature [min, max]. */
  range: [number, number];
}

/**
 * Per chosen feature, the share of `actual`'s training rows inside `other`'s training range (min–max).
 * A share near 1 means the two species overlap on that measurement: it cannot tell them apart.
 * Rows with a missing value in a feature are left out of that feature. Empty when either species has no rows.
 */
export function speciesOverlap(train: readonly DataRow[], actual: string, other: string, features: readonly Feature[]): FeatureOverlap[] {
  const out: FeatureOverlap[] = [];
  for (const feature of features) {
    const values = (species: string) => train.filter((r) => r.species === species).map((r) => r[feature]).filter((v): v is number => v !== null);
    const a = values(actual);
    const b = values(other);
    if (a.length === 0 || b.length === 0) continue;
    const lo = Math.min(...b);
    const hi = Math.max(...b);
    out.push({ feature, share: a.filter((v) => v >= lo && v <= hi).length / a.length, range: [lo, hi] });
  }
  return out;
}
