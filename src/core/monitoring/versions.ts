import { z } from 'zod';

/** One variant of an endpoint config: a model version and its share of traffic in percent. */
export interface TrafficVariant {
  version: string;
  weight: number;
}

/** Bounds of the canary's share of traffic, in percent: at least 1 (else it learns nothing), at most 50 (else it is no longer the small side). */
export const CANARY_PERCENT = { min: 1, max: 50, default: 10 } as const;

/** The canary config, or why there is none. */
export type CanaryResult = { ok: true; variants: TrafficVariant[]; percent: number } | { ok: false; reason: string };

/**
 * The variants of a canary release: `candidate` gets `percent` (rounded to a whole number, clamped to 1–50) and
 * `stable` the rest, so the weights always sum to 100.
 */
export function canaryVariants(stable: string, candidate: string, percent: number): CanaryResult {
  if (stable === candidate) return { ok: false, reason: `${candidate} already serves as the stable version; pick another version as the canary.` };
  const p = Number.isFinite(percent) ? Math.min(CANARY_PERCENT.max, Math.max(CANARY_PERCENT.min, Math.round(percent))) : CANARY_PERCENT.default;
  return {
    ok: true,
    percent: p,
    variants: [
      { version: stable, weight: 100 - p },
      { version: candidate, weight: p },
    ],
  };
}

/** The variants that give `version` all traffic (a promotion, or an all-at-once release). */
export function allTrafficTo(version: string): TrafficVariant[] {
  return [{ version, weight: 100 }];
}

/** The stable side of a config while `candidate` is released: the other version with the most traffic, or null. */
export function stableVersion(variants: readonly TrafficVariant[], candidate: string | null): string | null {
  const others = variants.filter((v) => v.version !== candidate && v.weight > 0);
  others.sort((a, b) => b.weight - a.weight);
  return others[0]?.version ?? null;
}

/** A config change this page made: what was in force before, what it sent, when (ms since the epoch) and why. */
export interface ConfigChange {
  action: 'canary' | 'promote' | 'rollback';
  /** ms since the Unix epoch, when the PUT was answered. */
  at: number;
  /** The version being released (canary, promote) or the one taken out (rollback). */
  candidate: string;
  before: TrafficVariant[];
  after: TrafficVariant[];
}

const variantSchema = z.object({ version: z.string().min(1).max(40), weight: z.number().min(0).max(100) });
const changeSchema = z.object({
  action: z.enum(['canary', 'promote', 'rollback']),
  at: z.number().int().nonnegative(),
  candidate: z.string().min(1).max(40),
  before: z.array(variantSchema).max(10),
  after: z.array(variantSchema).max(10),
});

/** How many changes are remembered (older ones are dropped first). */
export const MAX_HISTORY = 50;

/** Validates stored config history; null when it is not a list of changes (the caller drops it with a notice). */
export function parseConfigHistory(data: unknown): ConfigChange[] | null {
  const r = z.array(changeSchema).max(MAX_HISTORY).safeParse(data);
  return r.success ? r.data : null;
}

/** Index of the first change of the newest release still open: a run of canary/promote changes of one candidate. */
function releaseStart(history: readonly ConfigChange[]): number | null {
  const last = history.at(-1);
  if (!last || last.action === 'rollback') return null;
  let start = history.length - 1;
  while (start > 0) {
    const prev = history[start - 1] as ConfigChange;
    // A canary resized (10% → 20%) and then promoted is still one release of the same candidate.
    if (prev.action === 'rollback' || prev.candidate !== last.candidate || prev.action === 'promote') break;
    start -= 1;
  }
  return start;
}

/** The config to restore on rollback: the one in force before the newest release began; null when nothing is open. */
export function rollbackTarget(history: readonly ConfigChange[]): TrafficVariant[] | null {
  const start = releaseStart(history);
  if (start === null) return null;
  const before = (history[start] as ConfigChange).before;
  return before.length > 0 ? before.map((v) => ({ ...v })) : null;
}

const minutes = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
};

/**
 * One sentence saying which release strategy the newest release in `history` was, with its numbers, e.g.
 * "You ran a canary: v3 got 10% of traffic for 2 min, then you rolled back." `now` is ms since the epoch.
 */
export function describeRelease(history: readonly ConfigChange[], now: number): string | null {
  if (history.length === 0) return null;
  // The newest release: back from the end to its first change (a rollback closes the release before it).
  let end = history.length - 1;
  const closedByRollback = history[end]?.action === 'rollback';
  if (closedByRollback) end -= 1;
  if (end < 0) return 'You rolled back to an earlier config.';
  const last = history[end] as ConfigChange;
  if (last.action === 'rollback') return 'You rolled back to an earlier config.';
  let start = end;
  while (start > 0) {
    const prev = history[start - 1] as ConfigChange;
    if (prev.action !== 'canary' || prev.candidate !== last.candidate) break;
    start -= 1;
  }
  const first = history[start] as ConfigChange;
  const v = first.candidate;
  if (first.action === 'promote') {
    return closedByRollback
      ? `You released ${v} all at once (100% of traffic), then rolled back.`
      : `You released ${v} all at once: it took 100% of traffic in one step, with no canary.`;
  }
  const share = (c: ConfigChange) => c.after.find((x) => x.version === v)?.weight ?? 0;
  const shares = [...new Set(history.slice(start, end + 1).filter((c) => c.action === 'canary').map(share))].map((p) => `${p}%`).join(', then ');
  const canaryEnd = last.action === 'promote' ? last.at : closedByRollback ? (history[end + 1] as ConfigChange).at : now;
  const canaryFrom = first.at;
  const span = minutes(canaryEnd - canaryFrom);
  if (last.action === 'promote') return `You ran a canary: ${v} got ${shares} of traffic for ${span}, then you promoted it to 100%.`;
  if (closedByRollback) return `You ran a canary: ${v} got ${shares} of traffic for ${span}, then you rolled back.`;
  return `You are running a canary: ${v} has had ${shares} of traffic for ${span} so far.`;
}
