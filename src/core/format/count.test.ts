import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal } from './count';

describe('formatCount and formatDecimal', () => {
  it('group thousands as toLocaleString does', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
    expect(formatDecimal(3450.1234567, 6)).toBe('3,450.123457');
    expect(formatDecimal(Number.NaN, 2)).toBe('NaN');
  });

  it('match toLocaleString for any number and precision', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: 0, max: 8 }), (x, digits) => {
        expect(formatDecimal(x, digits)).toBe(x.toLocaleString('en-US', { maximumFractionDigits: digits }));
      }),
    );
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
  });
});
