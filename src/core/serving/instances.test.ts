// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_INSTANCES } from './limits';
import type { Preprocessing } from './model-artifact';
import { fieldErrorsMessage, parseCsvInstances, parseJsonInstances, validateInstances } from './instances';

const pre: Preprocessing = {
  format: 'deploy-lab/preprocessing@1',
  features: [
    { name: 'len', unit: 'mm', mean: 0, std: 1, min: 10, max: 20 },
    { name: 'n', unit: '', mean: 0, std: 1, min: 0, max: 5 },
  ],
  classes: ['A', 'B'],
};

describe('validateInstances', () => {
  it('returns rows in feature order, accepting both ends of each range', () => {
    expect(validateInstances([{ n: 0, len: 10 }, { len: 20, n: 5 }], pre)).toEqual({ ok: true, rows: [[10, 0], [20, 5]] });
  });

  it('words range, type and key errors with units and the value sent', () => {
    const r = validateInstances([{ len: 9.9, n: 6 }, { len: 'abcdefghijklmnopqrstuvwxyz', n: null }, { len: 15, n: 1, extra: 1 }, 3, {}], pre);
    expect(r).toEqual({
      ok: false,
      status: 422,
      detail: '5 of 5 instances failed validation.',
      errors: [
        { pointer: '/instances/0/len', message: 'must be at least 10 mm (got 9.9)' },
        { pointer: '/instances/0/n', message: 'must be at most 5 (got 6)' },
        { pointer: '/instances/1/len', message: 'must be a number, got the string "abcdefghijklmnopqrst…"' },
        { pointer: '/instances/1/n', message: 'must be a number, got null' },
        { pointer: '/instances/2/extra', message: 'is not an input of this model (inputs: len, n)' },
        { pointer: '/instances/3', message: 'must be an object with len, n, got 3' },
        { pointer: '/instances/4/len', message: 'is required' },
        { pointer: '/instances/4/n', message: 'is required' },
      ],
      errorsTotal: 8,
    });
  });

  it('describes arrays, objects and short strings as they are', () => {
    const r = validateInstances([{ len: [], n: {} }, { len: 'x'.repeat(20), n: 1 }, [1, 2]], pre);
    expect(r.ok ? [] : r.errors?.map((e) => e.message)).toEqual([
      'must be a number, got an array',
      'must be a number, got an object',
      `must be a number, got the string "${'x'.repeat(20)}"`,
      'must be an object with len, n, got an array',
    ]);
  });

  it('counts failing instances, not errors, and says "instance" for one', () => {
    expect(validateInstances([{ len: 1, n: 9 }], pre)).toMatchObject({ detail: '1 of 1 instance failed validation.' });
    expect(validateInstances([{ len: 1, n: 9 }, { len: 15, n: 1 }], pre)).toMatchObject({ detail: '1 of 2 instances failed validation.' });
  });

  it('shows at most 50 errors and says so; exactly 50 are all shown', () => {
    const fifty = validateInstances(Array(25).fill({ len: 0, n: 9 }), pre);
    expect(fifty).toMatchObject({ detail: '25 of 25 instances failed validation.' });
    expect(fifty.ok ? 0 : fifty.errors?.length).toBe(50);
    const many = validateInstances(Array(26).fill({ len: 0, n: 9 }), pre);
    expect(many).toMatchObject({ detail: '26 of 26 instances failed validation (first 50 errors shown).' });
    expect(many.ok ? 0 : many.errors?.length).toBe(50);
  });
});

describe('fieldErrorsMessage', () => {
  it('lists errors by row on one line; with 52 of which 50 kept, says 2 more; with none, gives the detail', () => {
    const two = validateInstances([{ len: 0, n: 1 }, { len: 10, n: 9 }], pre);
    expect(two.ok ? '' : fieldErrorsMessage(two)).toBe('row 0/len: must be at least 10 mm (got 0); row 1/n: must be at most 5 (got 9)');
    const many = validateInstances(Array(26).fill({ len: 0, n: 9 }), pre);
    expect(many.ok ? '' : fieldErrorsMessage(many)).toMatch(/^row 0\/len: .*; row 24\/n: must be at most 5 \(got 9\); … and 2 more errors \(first 50 shown\)$/);
    expect(fieldErrorsMessage({ detail: 'The CSV body has no lines.' })).toBe('The CSV body has no lines.');
  });
});

describe('parseJsonInstances', () => {
  it('says where invalid JSON breaks', () => {
    expect(parseJsonInstances('{"instances": [}', pre)).toEqual({
      ok: false,
      status: 400,
      detail: 'The body is not valid JSON: it breaks at character 15 (line 1, column 16): "}" is not allowed there.',
    });
  });

  it('blames the envelope: not an object, extra keys, instances not an array', () => {
    expect(parseJsonInstances('[1]', pre)).toEqual({
      ok: false,
      status: 422,
      detail: 'The body must be {"instances": [ … ]}.',
      errors: [{ pointer: '', message: 'must be an object with "instances", got an array' }],
    });
    expect(parseJsonInstances('{"instances": [], "a/b": 1, "c": 2}', pre)).toMatchObject({
      status: 422,
      errors: [
        { pointer: '/a~1b', message: 'is not allowed here: the body has only "instances"' },
        { pointer: '/c', message: 'is not allowed here: the body has only "instances"' },
      ],
    });
    expect(parseJsonInstances('{"instances": {}}', pre)).toMatchObject({ status: 422, errors: [{ pointer: '/instances', message: 'must be an array of instances' }] });
  });

  it('refuses an empty batch and one over the limit, and takes exactly the limit', () => {
    expect(parseJsonInstances('{"instances": []}', pre)).toEqual({ ok: false, status: 422, detail: 'Send at least one instance.', errors: [{ pointer: '/instances', message: 'must not be empty' }] });
    const body = (k: number) => JSON.stringify({ instances: Array(k).fill({ len: 12, n: 1 }) });
    expect(parseJsonInstances(body(MAX_INSTANCES + 1), pre)).toEqual({
      ok: false,
      status: 413,
      detail: `${(MAX_INSTANCES + 1).toLocaleString('en-US')} instances sent; the limit is ${MAX_INSTANCES.toLocaleString('en-US')} per request. Split the batch.`,
    });
    const ok = parseJsonInstances(body(MAX_INSTANCES), pre);
    expect(ok.ok && ok.rows.length).toBe(MAX_INSTANCES);
  });
});

describe('parseCsvInstances', () => {
  it('reads one instance a line in feature order, empty cells counting as missing', () => {
    expect(parseCsvInstances('12,1\n 20 , 0 \n', pre)).toEqual({ ok: true, rows: [[12, 1], [20, 0]] });
    expect(parseCsvInstances('12,', pre)).toMatchObject({ status: 422, errors: [{ pointer: '/instances/0/n', message: 'is required' }] });
  });

  it('reports bad CSV with its line, and an empty body', () => {
    expect(parseCsvInstances('12,1\n"13,1', pre)).toMatchObject({ ok: false, status: 400, detail: expect.stringMatching(/^The body is not valid CSV: line 2: .+\.$/) });
    expect(parseCsvInstances('\n\n', pre)).toEqual({ ok: false, status: 400, detail: 'The CSV body has no lines.' });
  });

  it('spots a header line by any feature name', () => {
    expect(parseCsvInstances('x, n \n1,2', pre)).toEqual({
      ok: false,
      status: 422,
      detail: 'The first line looks like a header. CSV bodies have no header line: send data lines only, columns in this order: len, n.',
      errors: [{ pointer: '/instances/0', message: 'is a header line, not data' }],
    });
  });

  it('blames each line with the wrong number of values, singular and plural', () => {
    expect(parseCsvInstances('12\n12,1', pre)).toEqual({
      ok: false,
      status: 422,
      detail: '1 line has the wrong number of values.',
      errors: [{ pointer: '/instances/0', message: 'line 1 has 1 values, expected 2 (len, n)' }],
    });
    expect(parseCsvInstances('12\n12,1,3', pre)).toMatchObject({ detail: '2 lines have the wrong number of values.' });
  });

  it('refuses more lines than the limit', () => {
    expect(parseCsvInstances('12,1\n'.repeat(MAX_INSTANCES + 1), pre)).toEqual({
      ok: false,
      status: 413,
      detail: `${(MAX_INSTANCES + 1).toLocaleString('en-US')} lines sent; the limit is ${MAX_INSTANCES.toLocaleString('en-US')} instances per request. Split the batch.`,
    });
    expect(parseCsvInstances('12,1\n'.repeat(MAX_INSTANCES), pre).ok).toBe(true);
  });
});
