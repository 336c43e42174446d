// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactNumber, formatProbability } from './probability';

const digits = fc.integer({ min: 0, max: 4 });
const strictlyBetween = fc.double({ min: 0, max: 1, noNaN: true }).filter((p) => p > 0 && p < 1);

describe('formatProbability', () => {
  it.each([
    [2.18e-25, 3, '< 0.001 %'],
    [2.18e-25, 1, '< 0.1 %'],
    [0.97312, 1, '97.3 %'],
    [0.97312, 3, '97.312 %'],
    [0.9999999, 3, '> 99.999 %'],
    [0.0004, 1, '< 0.1 %'],
    [0, 3, '0 %'],
    [1, 3, '100 %'],
  ])('%d with %d decimals → %s', (p, d, text) => {
    expect(formatProbability(p, d)).toBe(text);
  });

  it('shows "–" for anything that is not a probability', () => {
    for (const p of [Number.NaN, -0.1, 1.5, Number.POSITIVE_INFINITY]) expect(formatProbability(p)).toBe('–');
  });

  it('never rounds a probability strictly between 0 and 1 to 0 % or 100 %', () => {
    fc.assert(
      fc.property(strictlyBetween, digits, (p, d) => {
        const text = formatProbability(p, d);
        const shown = Number.parseFloat(text.replace(/^[<>] /, ''));
        expect(shown).toBeGreaterThan(0);
        expect(shown).toBeLessThan(100);
      }),
    );
  });

  it('shows a plain number within half a step of the true percentage, and a bound only beyond one step from 0 % or 100 %', () => {
    fc.assert(
      fc.property(strictlyBetween, digits, (p, d) => {
        const text = formatProbability(p, d);
        const step = 10 ** -d;
        if (text.startsWith('< ')) expect(p * 100).toBeLessThan(step);
        else if (text.startsWith('> ')) expect(100 - p * 100).toBeLessThan(step);
        else {
          expect(text).toMatch(/^\d+(\.\d+)? %$/);
          expect(Math.abs(Number.parseFloat(text) - p * 100)).toBeLessThanOrEqual(step / 2 + 1e-9);
        }
      }),
    );
  });

  it('keeps the order of probabilities (a larger one never reads smaller)', () => {
    const rank = (text: string) => Number.parseFloat(text.replace(/^[<>] /, '')) + (text.startsWith('< ') ? -1e-9 : text.startsWith('> ') ? 1e-9 : 0);
    fc.assert(
      fc.property(strictlyBetween, strictlyBetween, digits, (a, b, d) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(rank(formatProbability(lo, d))).toBeLessThanOrEqual(rank(formatProbability(hi, d)));
      }),
    );
  });
});

describe('exactNumber', () => {
  it('writes the number as JSON does, so the raw view and the title agree', () => {
    expect(exactNumber(2.18e-25)).toBe('2.18e-25');
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(exactNumber(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
