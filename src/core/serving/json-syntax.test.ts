import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonError, firstJsonErrorAt } from './json-syntax';

describe('firstJsonErrorAt', () => {
  it.each([
    ['{"instances": [}', 15],
    ['{"a" 1}', 5],
    ['[1, 2,]', 6],
    ['{"a": tru}', 6],
    ['"\\x"', 1],
    ['01', 1],
    ['{} x', 3],
    ['[1, 2', 5],
  ])('%s breaks at %i', (text, at) => {
    expect(firstJsonErrorAt(text)).toBe(at);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.json().map((j) => j.slice(0, -1))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(firstJsonErrorAt(text) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives nesting far deeper than any body needs, without overflowing the stack', () => {
    expect(firstJsonErrorAt(`${'['.repeat(200_000)}}`)).toBe(1000);
  });
});

describe('describeJsonError', () => {
  it('names the line, the column and the character, in our own words', () => {
    expect(describeJsonError('{\n  "a": }')).toBe('it breaks at character 9 (line 2, column 8): "}" is not allowed there');
    expect(describeJsonError('{"a": [1')).toMatch(/ends before the JSON value is complete/);
    expect(describeJsonError('  ')).toBe('the body is empty');
  });
});

describe('firstJsonErrorAt: RFC 8259 edges', () => {
  it.each([
    // The four whitespace characters of RFC 8259 §2 are allowed around every token; others are not.
    [' \t\n\r[ 1 ,\t2 ]\r\n', -1],
    ['{ "a" : 1 , "b" :\n[ ] }', -1],
    ['\u000b1', 0],
    ['[1,\u00a02]', 3],
    // Control characters (below U+0020) must be escaped inside strings; U+0020 itself need not be.
    ['"a\u001fb"', 2],
    ['"a b"', -1],
    ['"a\tb"', 2],
    // All escapes of §7, and \u with exactly four hex digits.
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00aF"', -1],
    ['"\\u12G4"', 1],
    ['"abc', 4],
    // Numbers of §6: no leading zeros, no bare dot or exponent sign.
    ['-0.5e+10', -1],
    ['1.', 1],
    ['-', 0],
    ['.5', 0],
    ['1e', 1],
    // Literals are lower-case; an object key must be a string.
    ['[true, false, null]', -1],
    ['True', 0],
    ['{1: 2}', 1],
    ['{"a": 1,}', 8],
    ['[]', -1],
    ['{}', -1],
    ['', 0],
  ])('%j → %i', (text, at) => {
    expect(firstJsonErrorAt(text)).toBe(at);
  });

  it('accepts exactly 1000 levels of nesting and reports the bracket that opens the 1001st', () => {
    expect(firstJsonErrorAt(`${'['.repeat(1000)}${']'.repeat(1000)}`)).toBe(-1);
    expect(firstJsonErrorAt(`${'['.repeat(1001)}${']'.repeat(1001)}`)).toBe(1000);
    expect(firstJsonErrorAt(`${'{"a":'.repeat(1001)}1${'}'.repeat(1001)}`)).toBe(5000);
  });

  it('gives the depth back when a list closes, so siblings do not add up', () => {
    const sibling = `[${'['.repeat(998)}${']'.repeat(998)}]`;
    expect(firstJsonErrorAt(`[${Array(3).fill(sibling).join(',')}]`)).toBe(-1);
  });
});

describe('describeJsonError: positions', () => {
  it('counts lines and columns from 1, characters from 0', () => {
    expect(describeJsonError('x')).toBe('it breaks at character 0 (line 1, column 1): "x" is not allowed there');
    expect(describeJsonError('[1,\n\n 2 x]')).toBe('it breaks at character 8 (line 3, column 4): "x" is not allowed there');
  });
  it('says the text ends early when the error is just past its end', () => {
    expect(describeJsonError('{"a": 1')).toBe('the text ends before the JSON value is complete (a missing bracket, brace or quote?)');
    expect(describeJsonError('\n')).toBe('the body is empty');
  });
});
