import { ACTIVATIONS, CONFIG_LIMITS, DEFAULT_TRAIN_CONFIG, OPTIMIZERS, trainConfigSchema } from '../../core/modeling/train-config';
import type { TrainConfig } from '../../core/modeling/train-config';

// Pure (no React, no DOM): what the Train and Tune pages keep in their address, and how a link is read back.

/** The search-param names of the training settings, e.g. `?hidden=16-8&act=relu&opt=adam&lr=0.03&epochs=200&batch=full&seed=42`. */
export const TRAIN_PARAMS = ['hidden', 'act', 'opt', 'lr', 'epochs', 'batch', 'seed'] as const;
type TrainParam = (typeof TRAIN_PARAMS)[number];

/** A link's settings: always a valid config, plus one short sentence per parameter that could not be used. */
export interface ParsedTrainSettings {
  config: TrainConfig;
  problems: string[];
}

const L = CONFIG_LIMITS;
// Plain decimal or exponent notation only: Number() would also accept '', ' 5 ', '0x10' and 'Infinity'.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const toNumber = (s: string) => (NUMBER.test(s) ? Number(s) : Number.NaN);
const wholeIn = (n: number, lim: { min: number; max: number }) => Number.isInteger(n) && n >= lim.min && n <= lim.max;

const readers: { [K in TrainParam]: (raw: string) => Partial<TrainConfig> | null } = {
  hidden: (raw) => {
    if (raw === 'none') return { hidden: [] };
    const hidden = raw.split('-').map(toNumber);
    return hidden.length <= L.hiddenLayers.max && hidden.every((u) => wholeIn(u, L.units)) ? { hidden } : null;
  },
  act: (raw) => {
    const a = ACTIVATIONS.find((x) => x === raw);
    return a ? { activation: a } : null;
  },
  opt: (raw) => {
    const o = OPTIMIZERS.find((x) => x === raw);
    return o ? { optimizer: o } : null;
  },
  lr: (raw) => {
    const lr = toNumber(raw);
    return lr >= L.learningRate.min && lr <= L.learningRate.max ? { learningRate: lr } : null;
  },
  epochs: (raw) => {
    const n = toNumber(raw);
    return wholeIn(n, L.epochs) ? { epochs: n } : null;
  },
  batch: (raw) => {
    if (raw === 'full') return { batchSize: 'full' };
    const n = toNumber(raw);
    return wholeIn(n, L.batchSize) ? { batchSize: n } : null;
  },
  seed: (raw) => {
    const n = toNumber(raw);
    return wholeIn(n, L.seed) ? { seed: n } : null;
  },
};

const LABELS: Record<TrainParam, string> = {
  hidden: `hidden units (up to ${L.hiddenLayers.max} layers of ${L.units.min}–${L.units.max})`,
  act: `activation (${ACTIVATIONS.join(', ')})`,
  opt: `optimizer (${OPTIMIZERS.join(' or ')})`,
  lr: `learning rate (${L.learningRate.min}–${L.learningRate.max})`,
  epochs: `epochs (${L.epochs.min}–${L.epochs.max})`,
  batch: `batch size ("full" or ${L.batchSize.min}–${L.batchSize.max})`,
  seed: `seed (${L.seed.min}–${L.seed.max})`,
};

/** True when the query names at least one training setting (the page then follows the link, not its memory). */
export function hasTrainParams(query: string): boolean {
  const p = new URLSearchParams(query);
  return TRAIN_PARAMS.some((k) => p.has(k));
}

/**
 * Reads training settings from a query. A missing parameter keeps `fallback`'s value; an unusable one (unknown word,
 * not a number, out of range) takes the default and is named in `problems`. Never throws; the config is always valid.
 */
export function trainSettingsFromQuery(query: string, fallback: TrainConfig = DEFAULT_TRAIN_CONFIG): ParsedTrainSettings {
  const p = new URLSearchParams(query);
  const base = trainConfigSchema.safeParse(fallback).success ? fallback : DEFAULT_TRAIN_CONFIG;
  let config: TrainConfig = { ...base };
  const problems: string[] = [];
  for (const key of TRAIN_PARAMS) {
    const raw = p.get(key);
    if (raw === null) continue;
    const read = raw.length <= 100 ? readers[key](raw) : null;
    if (read) config = { ...config, ...read };
    else {
      config = { ...config, ...readers[key](serialize(DEFAULT_TRAIN_CONFIG)[key]) };
      problems.push(`${key}=${raw.length > 20 ? `${raw.slice(0, 20)}…` : raw} is not a valid ${LABELS[key]}`);
    }
  }
  return { config, problems };
}

function serialize(c: TrainConfig): Record<TrainParam, string> {
  return {
    hidden: c.hidden.length === 0 ? 'none' : c.hidden.join('-'),
    act: c.activation,
    opt: c.optimizer,
    lr: String(c.learningRate),
    epochs: String(c.epochs),
    batch: String(c.batchSize),
    seed: String(c.seed),
  };
}

/** Writes a config's settings into a copy of `query` (other keys stay as they are). */
export function trainSettingsToQuery(query: string, config: TrainConfig): URLSearchParams {
  const p = new URLSearchParams(query);
  for (const [k, v] of Object.entries(serialize(config))) p.set(k, v);
  return p;
}

/** The sentence a page shows when a link's settings could not all be used. */
export function linkProblemNotice(problems: readonly string[], what: string): string | null {
  if (problems.length === 0) return null;
  return `Part of this link could not be used, so the default is shown instead: ${problems.join('; ')}. The rest of ${what} is as the link says.`;
}
