// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesToErrors, ownWords } from './zod-errors';

/** The first message our wording gives `value` under `schema`. */
function wording(schema: z.ZodType, value: unknown): string | undefined {
  const r = schema.safeParse(value, { error: ownWords });
  return r.success ? undefined : r.error.issues[0]?.message;
}

describe('ownWords', () => {
  it.each([
    [z.number(), undefined, 'is required'],
    [z.number(), 'x', 'must be a number, not text'],
    [z.number(), null, 'must be a number, not null'],
    [z.number(), [], 'must be a number, not an array'],
    [z.number(), {}, 'must be a number, not an object'],
    [z.string(), 7, 'must be a string, not 7'],
    [z.string(), true, 'must be a string, not a boolean'],
    [z.object({}), 1, 'must be an object, not 1'],
    [z.array(z.number()), 'x', 'must be an array, not text'],
  ])('invalid type: %#', (schema, value, expected) => {
    expect(wording(schema, value)).toBe(expected);
  });

  it.each([
    [z.array(z.number()).min(1), [], 'must have at least 1 item'],
    [z.array(z.number()).min(2), [1], 'must have at least 2 items'],
    [z.array(z.number()).max(1), [1, 2], 'must have at most 1 item'],
    [z.string().min(3), 'ab', 'must have at least 3 characters'],
    [z.string().max(1), 'ab', 'must have at most 1 character'],
    [z.number().min(0), -1, 'must be at least 0'],
    [z.number().max(10), 11, 'must be at most 10'],
    [z.number().gt(0), 0, 'must be greater than 0'],
    [z.number().lt(5), 5, 'must be less than 5'],
    [z.set(z.number()).min(1), new Set(), 'must have at least 1 item'],
  ])('bounds: %#', (schema, value, expected) => {
    expect(wording(schema, value)).toBe(expected);
  });

  it('words the other checks in our own terms', () => {
    expect(wording(z.strictObject({}), { a: 1 })).toBe('is not a field here: remove it');
    expect(wording(z.enum(['a', 'b']), 'c')).toBe('must be one of "a", "b"');
    expect(wording(z.literal(3), 4)).toBe('must be one of 3');
    expect(wording(z.string().regex(/^x$/), 'y')).toBe('does not have the required format');
    expect(wording(z.union([z.number(), z.string()]), true)).toBe('does not match any of the allowed forms');
    expect(wording(z.number().multipleOf(2), 3)).toBe('is not valid here');
  });
});

describe('issuesToErrors', () => {
  it('points below the base with RFC 6901 escaping, one error per unknown key', () => {
    const r = z.strictObject({ 'a/b': z.object({ n: z.number() }) }).safeParse({ 'a/b': { n: 'x' }, x: 1, 'y~': 2 }, { error: ownWords });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(issuesToErrors(r.error.issues, ['instances', 0])).toEqual(
      expect.arrayContaining([
        { pointer: '/instances/0/a~1b/n', message: 'must be a number, not text' },
        { pointer: '/instances/0/x', message: 'is not a field here: remove it' },
        { pointer: '/instances/0/y~0', message: 'is not a field here: remove it' },
      ]),
    );
    expect(issuesToErrors(r.error.issues, ['instances', 0])).toHaveLength(3);
  });

  it('uses the empty pointer (the whole document) when there is no base and no path', () => {
    const r = z.number().safeParse('x', { error: ownWords });
    expect(r.success ? [] : issuesToErrors(r.error.issues)).toEqual([{ pointer: '', message: 'must be a number, not text' }]);
  });
});
