import type { DataRow } from './rows';

/** Removing more than this share of one species' rows as outliers likely drops real, rare birds, not mistakes. */
export const RARE_BIRD_LIMIT = 0.02;

/** One species that an outlier rule would thin out: flagged rows, rows of that species, and the share (0..1). */
export interface SpeciesLoss {
  species: string;
  flagged: number;
  total: number;
  share: number;
}

/**
 * Species whose flagged share exceeds `limit` (0..1), largest share first. `rows` are the rows the outlier rule
 * looked at; `flagged` holds the ids it flagged. A mistake is one odd row; many flags in one species are its real spread.
 */
export function rareBirdLosses(rows: readonly DataRow[], flagged: ReadonlySet<number>, limit = RARE_BIRD_LIMIT): SpeciesLoss[] {
  const counts = new Map<string, { flagged: number; total: number }>();
  for (const r of rows) {
    const c = counts.get(r.species) ?? { flagged: 0, total: 0 };
    c.total += 1;
    if (flagged.has(r.id)) c.flagged += 1;
    counts.set(r.species, c);
  }
  return [...counts]
    .map(([species, c]) => ({ species, ...c, share: c.flagged / c.total }))
    .filter((l) => l.share > limit)
    .sort((a, b) => b.share - a.share || a.species.localeCompare(b.species));
}
