import type { Answer } from './answer';
import type { Question } from './question';

/** A small deterministic string hash (FNV-1a), used to shuffle the same way on every render and in every browser. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The ids in a stable shuffled order that is never the given (right) order when there are two or more. */
export function shuffledIds(questionId: string, ids: readonly string[]): string[] {
  const out = [...ids].sort((a, b) => hash(`${questionId}:${a}`) - hash(`${questionId}:${b}`) || a.localeCompare(b));
  // A shuffle that happens to be the answer would give the points away.
  if (out.length > 1 && out.every((id, i) => id === ids[i])) out.push(out.shift() as string);
  return out;
}

/** The blank answer a learner starts from: nothing picked, ordering items shuffled. */
export function initialAnswer(q: Question): Answer {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: null };
    case 'multiple':
      return { kind: 'multiple', optionIds: [] };
    case 'ordering':
      return { kind: 'ordering', order: shuffledIds(q.id, q.items.map((i) => i.id)) };
    case 'matching':
      return { kind: 'matching', matches: {} };
    case 'label':
      return { kind: 'label', labels: {} };
    case 'free':
      return { kind: 'free', text: '', selfMark: null };
    case 'task':
      return { kind: 'task', done: false, evidence: '' };
  }
}

/** Moves the item at `from` one place up (-1) or down (+1); out-of-range moves return the same order. */
export function moveItem(order: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
  const out = [...order];
  [out[from], out[to]] = [out[to] as string, out[from] as string];
  return out;
}
