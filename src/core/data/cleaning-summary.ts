import type { RemovedRow } from './pipeline';
import { formatCount } from '../format/count';

/** Why rows were removed, as kinds a learner can count. */
export type RemovalKind = 'duplicate' | 'unknown-label' | 'missing' | 'outlier' | 'other';

/** Removed rows grouped by kind, in the order the pipeline removes them. */
export interface RemovalGroup {
  kind: RemovalKind;
  label: string;
  count: number;
}

const REMOVAL_LABELS: Record<RemovalKind, string> = {
  duplicate: 'duplicate rows',
  'unknown-label': 'unknown species label',
  missing: 'missing values',
  outlier: 'outliers',
  other: 'other reasons',
};

/** The kind of one removal, read from its reason text. */
export function removalKind(reason: string): RemovalKind {
  if (reason.startsWith('duplicate')) return 'duplicate';
  if (reason.startsWith('unknown species')) return 'unknown-label';
  if (reason.startsWith('missing')) return 'missing';
  if (reason.startsWith('outlier')) return 'outlier';
  return 'other';
}

/** Counts removed rows per kind (kinds with no rows are left out). */
export function groupRemovals(removed: readonly RemovedRow[]): RemovalGroup[] {
  const order: RemovalKind[] = ['duplicate', 'unknown-label', 'missing', 'outlier', 'other'];
  return order
    .map((kind) => ({ kind, label: REMOVAL_LABELS[kind], count: removed.filter((r) => removalKind(r.reason) === kind).length }))
    .filter((g) => g.count > 0);
}

function removalPhrase(g: RemovalGroup): string {
  const one = g.count === 1;
  switch (g.kind) {
    case 'duplicate':
      return one ? 'as a duplicate' : 'as duplicates';
    case 'unknown-label':
      return one ? 'for an unknown species label' : 'for unknown species labels';
    case 'missing':
      return 'for missing values';
    case 'outlier':
      return one ? 'as an outlier' : 'as outliers';
    default:
      return 'for other reasons';
  }
}

/** One sentence with the learner's own numbers, e.g. "Your data has 342 rows after cleaning; 2 were dropped for missing values." */
export function describeCleaning(kept: number, removed: readonly RemovedRow[]): string {
  const head = `Your data has ${formatCount(kept)} row${kept === 1 ? '' : 's'} after cleaning`;
  const groups = groupRemovals(removed);
  if (groups.length === 0) return `${head}; none were dropped.`;
  const parts = groups.map((g, i) => (i === 0 ? `${g.count} ${g.count === 1 ? 'was' : 'were'} dropped ${removalPhrase(g)}` : `${g.count} ${removalPhrase(g)}`));
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${head}; ${list}.`;
}
