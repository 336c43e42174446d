import type { z } from 'zod';
import type { FieldError } from './problem';
import { toPointer } from './problem';

function described(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string') return 'text';
  return typeof input === 'object' ? 'an object' : typeof input === 'number' ? String(input) : `a ${typeof input}`;
}

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, side: 'least' | 'most'): string {
  if (origin === 'array' || origin === 'set') return `must have at ${side} ${plural(limit, 'item')}`;
  if (origin === 'string') return `must have at ${side} ${plural(limit, 'character')}`;
  if (inclusive === false) return `must be ${side === 'least' ? 'greater' : 'less'} than ${limit}`;
  return `must be at ${side} ${limit}`;
}

/**
 * Our wording for every check a schema did not word itself, passed to safeParse so problem details
 * read the same everywhere ("must be a number, not text") instead of a library's phrasing.
 */
export const ownWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}, not ${described(issue.input)}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, 'least');
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, 'most');
    case 'unrecognized_keys':
      return 'is not a field here: remove it';
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'does not have the required format';
    case 'invalid_union':
      return 'does not match any of the allowed forms';
    default:
      return 'is not valid here';
  }
};

/** Turns zod issues into field errors with JSON Pointers below `base`; each unknown key gets its own error. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], base: readonly (string | number)[] = []): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ pointer: toPointer([...path, key]), message: issue.message });
    } else {
      out.push({ pointer: toPointer(path), message: issue.message });
    }
  }
  return out;
}
