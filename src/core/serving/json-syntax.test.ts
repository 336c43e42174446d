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
