import { describe, expect, it } from 'vitest';
import { jsonPointerRange, pointerTokens } from './json-pointer-range';

const body = JSON.stringify({ instances: [{ bill_length_mm: 39.1, bill_depth_mm: 'deep', 'a/b': [1, { '~x': true }] }] }, null, 2);
const at = (pointer: string) => {
  const r = jsonPointerRange(body, pointer);
  return r ? body.slice(r.start, r.end) : null;
};

describe('jsonPointerRange', () => {
  it('names an object member by its key and value', () => {
    expect(at('/instances/0/bill_depth_mm')).toBe('"bill_depth_mm": "deep"');
    expect(at('/instances/0/bill_length_mm')).toBe('"bill_length_mm": 39.1');
  });
  it('names array elements and whole containers by their value', () => {
    expect(at('/instances/0/a~1b/0')).toBe('1');
    expect(at('/instances/0/a~1b/1/~0x')).toBe('"~x": true');
    expect(at('')).toBe(body);
  });
  it('gives null for a missing target, a bad pointer or text that is not JSON', () => {
    expect(at('/instances/1')).toBeNull();
    expect(at('instances')).toBeNull();
    expect(jsonPointerRange('{"a": ', '/a')).toBeNull();
  });
  it('unescapes ~1 before ~0 (RFC 6901 §4)', () => {
    expect(pointerTokens('/~01')).toEqual(['~1']);
  });
});
