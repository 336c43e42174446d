import { createRng, shuffled } from '../rng';

/** Fractions of rows for training, validation and test; they must sum to 1. */
export interface SplitFractions {
  train: number;
  validation: number;
  test: number;
}

/** Options for a seeded split. `stratifyBy` keeps each class's share equal across the sets. */
export interface SplitOptions<T> {
  fractions: SplitFractions;
  seed: number;
  stratifyBy?: (item: T) => string;
}

/** The three disjoint sets of a split, each in a seeded random order. */
export interface Split<T> {
  train: T[];
  validation: T[];
  test: T[];
}

function cut<T>(items: T[], f: SplitFractions): Split<T> {
  const nTrain = Math.round(items.length * f.train);
  const nVal = Math.min(items.length - nTrain, Math.round(items.length * f.validation));
  return {
    train: items.slice(0, nTrain),
    validation: items.slice(nTrain, nTrain + nVal),
    test: items.slice(nTrain + nVal),
  };
}

/**
 * Splits items into train/validation/test with a seeded shuffle. Every item lands in exactly
 * one set; the same items, fractions and seed always give the same sets.
 */
export function splitRows<T>(items: readonly T[], options: SplitOptions<T>): Split<T> {
  const random = createRng(options.seed);
  const { stratifyBy } = options;
  if (!stratifyBy) return cut(shuffled(items, random), options.fractions);

  // Group by class in first-seen order, so the result does not depend on Map iteration quirks.
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = stratifyBy(item);
    const g = groups.get(key);
    if (g) g.push(item);
    else groups.set(key, [item]);
  }
  const out: Split<T> = { train: [], validation: [], test: [] };
  for (const group of groups.values()) {
    const part = cut(shuffled(group, random), options.fractions);
    out.train.push(...part.train);
    out.validation.push(...part.validation);
    out.test.push(...part.test);
  }
  // Shuffle again so classes are interleaved (ordered classes would bias mini-batches).
  return {
    train: shuffled(out.train, random),
    validation: shuffled(out.validation, random),
    test: shuffled(out.test, random),
  };
}
