import { z } from 'zod';
import { FEATURES } from './penguins';
import type { Feature } from './penguins';

/** Every choice the learner makes in the data phase, as plain data (stored, and shared as a URL). */
export const pipelineStateSchema = z.object({
  /** Plant the documented mistakes into the raw data ("real-world messy data"). */
  messy: z.boolean(),
  cleaning: z.object({
    dropDuplicates: z.boolean(),
    /** Trim and fix the case of species names ("gentoo " → "Gentoo"). */
    fixLabels: z.boolean(),
    /** Treat values outside the physically valid ranges as missing. */
    invalidAsMissing: z.boolean(),
    /**
     * Multiply body masses that were typed in kilograms by 1000 (3.4 → 3400 g). Optional, off when absent:
     * states and links saved before the choice existed keep meaning the same data.
     */
    kgToGrams: z.boolean().optional(),
  }),
  /** Rows with a missing measurement: drop them, or fill with the training split's mean or median. */
  missing: z.enum(['drop', 'mean', 'median']),
  outliers: z.object({
    rule: z.enum(['iqr', 'zscore']),
    threshold: z.number().min(0.5).max(6),
    remove: z.boolean(),
  }),
  split: z.object({
    /** Percentages; valid when each is ≥ 5 and they sum to 100 (checked by the pipeline, not here, so a bad mix can be shown and fixed). */
    train: z.number().int().min(0).max(100),
    validation: z.number().int().min(0).max(100),
    test: z.number().int().min(0).max(100),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    stratify: z.boolean(),
  }),
  scaler: z.enum(['standard', 'minmax']),
  /** The leakage demo: fit the scaler on all rows. Never the default. */
  fitScalerOnAll: z.boolean(),
  /**
   * The measurements the model sees, in FEATURES order (1–4 of them; all four by default).
   * Defaulted so that states saved before the choice existed still load.
   */
  features: z
    .array(z.enum(FEATURES))
    .min(1)
    .refine((fs) => fs.every((f, i) => FEATURES.indexOf(f) > (i === 0 ? -1 : FEATURES.indexOf(fs[i - 1] as Feature))), 'features must be distinct, in FEATURES order')
    .default([...FEATURES]),
});
export type PipelineState = z.infer<typeof pipelineStateSchema>;

/** The default path: clean data, drop incomplete rows, keep outliers, 70/15/15 stratified with seed 42, z-score on train. */
export const DEFAULT_PIPELINE: PipelineState = {
  messy: false,
  cleaning: { dropDuplicates: false, fixLabels: false, invalidAsMissing: false },
  missing: 'drop',
  outliers: { rule: 'iqr', threshold: 1.5, remove: false },
  split: { train: 70, validation: 15, test: 15, seed: 42, stratify: true },
  scaler: 'standard',
  fitScalerOnAll: false,
  features: [...FEATURES],
};

/** The chosen features in FEATURES order (the order of the model's inputs and of preprocessing.json). */
export function chosenFeatures(s: PipelineState): Feature[] {
  return FEATURES.filter((f) => s.features.includes(f));
}

/** Validates stored or shared data as a pipeline state; null when it is not one. */
export function parsePipelineState(data: unknown): PipelineState | null {
  const r = pipelineStateSchema.safeParse(data);
  return r.success ? r.data : null;
}

const flag = (b: boolean) => (b ? '1' : '0');

/**
 * Encodes a state as short URL query parameters, e.g. `messy=0&clean=000&miss=drop&out=iqr~1.5~0&split=70~15~15&seed=42&strat=1&scale=standard&leak=0`.
 * A feature choice adds `feat=1001` (one bit per FEATURES entry); it is left out when all four are used, so links
 * (and the runs keyed by them) from before the choice existed keep meaning the same data.
 */
export function pipelineToQuery(s: PipelineState): string {
  const p = new URLSearchParams({
    messy: flag(s.messy),
    // A fourth digit only when kilograms are converted, so older links (and the runs keyed by them) stay the same.
    clean: `${flag(s.cleaning.dropDuplicates)}${flag(s.cleaning.fixLabels)}${flag(s.cleaning.invalidAsMissing)}${s.cleaning.kgToGrams ? '1' : ''}`,
    miss: s.missing,
    out: `${s.outliers.rule}~${s.outliers.threshold}~${flag(s.outliers.remove)}`,
    split: `${s.split.train}~${s.split.validation}~${s.split.test}`,
    seed: String(s.split.seed),
    strat: flag(s.split.stratify),
    scale: s.scaler,
    leak: flag(s.fitScalerOnAll),
  });
  if (s.features.length < FEATURES.length) p.set('feat', FEATURES.map((f) => flag(s.features.includes(f))).join(''));
  return p.toString();
}

/** The query keys that carry pipeline state (other keys in a URL are left alone). */
export const PIPELINE_QUERY_KEYS = ['messy', 'clean', 'miss', 'out', 'split', 'seed', 'strat', 'scale', 'leak', 'feat'] as const;

/** `feat=1001` → the features whose bit is 1; absent → all four; anything else → an invalid value (the schema refuses it). */
function featuresFromBits(bits: string | null): unknown {
  if (bits === null) return [...FEATURES];
  if (bits.length !== FEATURES.length || /[^01]/.test(bits)) return null;
  return FEATURES.filter((_, i) => bits[i] === '1');
}

/** The optional fourth `clean` digit: absent → no key (off); `0`/`1` → false/true; anything else → null (the schema refuses it). */
function kgFromDigits(clean: string): { kgToGrams?: boolean | null } {
  if (clean.length <= 3) return {};
  return { kgToGrams: clean.length === 4 ? (clean[3] === '1' ? true : clean[3] === '0' ? false : null) : null };
}

/** Decodes URL query parameters into a state: null when none are present, 'invalid' when present but unusable. */
export function pipelineFromQuery(query: string): PipelineState | null | 'invalid' {
  const p = new URLSearchParams(query);
  if (!PIPELINE_QUERY_KEYS.some((k) => p.has(k))) return null;
  const bit = (v: string | null | undefined) => (v === '1' ? true : v === '0' ? false : undefined);
  const clean = p.get('clean') ?? '';
  const [rule, threshold, remove] = (p.get('out') ?? '').split('~');
  const [train, validation, test] = (p.get('split') ?? '').split('~').map((x) => (x === '' ? Number.NaN : Number(x)));
  const candidate = {
    messy: bit(p.get('messy')),
    cleaning: { dropDuplicates: bit(clean[0]), fixLabels: bit(clean[1]), invalidAsMissing: bit(clean[2]), ...kgFromDigits(clean) },
    missing: p.get('miss'),
    outliers: { rule, threshold: Number(threshold), remove: bit(remove) },
    split: { train, validation, test, seed: Number(p.get('seed')), stratify: bit(p.get('strat')) },
    scaler: p.get('scale'),
    fitScalerOnAll: bit(p.get('leak')),
    features: featuresFromBits(p.get('feat')),
  };
  return parsePipelineState(candidate) ?? 'invalid';
}
