import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accepts, mediaTypeOf } from './negotiate';

describe('accepts', () => {
  it.each([
    [null, true],
    ['', true],
    ['application/json', true],
    ['application/*', true],
    ['*/*', true],
    ['text/html', false],
    ['text/html, application/json;q=0.5', true],
    ['application/json;q=0', false],
    ['*/*;q=0.1, application/json;q=0', false],
    ['text/*, */*;q=0', false],
  ])('Accept %j → %s for application/json', (header, expected) => {
    expect(accepts(header, 'application/json')).toBe(expected);
  });

  it('never throws on arbitrary header text', () => {
    fc.assert(
      fc.property(fc.string(), (h) => {
        expect(typeof accepts(h, 'application/json')).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mediaTypeOf', () => {
  it('drops parameters and lower-cases', () => {
    expect(mediaTypeOf('Text/CSV; charset=utf-8')).toBe('text/csv');
    expect(mediaTypeOf(null)).toBeNull();
    expect(mediaTypeOf('  ;x=1')).toBeNull();
  });
});
