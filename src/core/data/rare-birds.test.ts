import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RARE_BIRD_LIMIT, rareBirdLosses } from './rare-birds';
import type { DataRow } from './rows';

const bird = (id: number, species: string): DataRow => ({
  id,
  species,
  island: 'Biscoe',
  bill_length_mm: 40,
  bill_depth_mm: 18,
  flipper_length_mm: 200,
  body_mass_g: 4000,
  sex: null,
});

describe('rareBirdLosses', () => {
  const rows = [...Array.from({ length: 100 }, (_, i) => bird(i + 1, 'Adelie')), ...Array.from({ length: 50 }, (_, i) => bird(101 + i, 'Gentoo'))];

  it('names a species only when more than the limit of its rows is flagged (exactly the limit is quiet)', () => {
    // 2 of 100 Adelie is exactly 2 %: quiet. 2 of 50 Gentoo is 4 %: warned.
    expect(rareBirdLosses(rows, new Set([1, 2, 101, 102]))).toEqual([{ species: 'Gentoo', flagged: 2, total: 50, share: 0.04 }]);
    expect(rareBirdLosses(rows, new Set([1, 2, 3]))).toEqual([{ species: 'Adelie', flagged: 3, total: 100, share: 0.03 }]);
    expect(rareBirdLosses(rows, new Set())).toEqual([]);
  });

  it('puts the species losing the largest share first', () => {
    const losses = rareBirdLosses(rows, new Set([1, 2, 3, 4, 5, 101, 102, 103, 104, 105]));
    expect(losses.map((l) => l.species)).toEqual(['Gentoo', 'Adelie']);
  });

  it('agrees with a direct count for any rows and flags', () => {
    const arb = fc.array(fc.record({ species: fc.constantFrom('Adelie', 'Chinstrap', 'Gentoo'), flagged: fc.boolean() }), { minLength: 1, maxLength: 80 });
    let warned = 0;
    fc.assert(
      fc.property(arb, (spec) => {
        const rs = spec.map((s, i) => bird(i + 1, s.species));
        const ids = new Set(spec.flatMap((s, i) => (s.flagged ? [i + 1] : [])));
        const losses = rareBirdLosses(rs, ids);
        for (const species of ['Adelie', 'Chinstrap', 'Gentoo']) {
          const of = spec.filter((s) => s.species === species);
          const share = of.length === 0 ? 0 : of.filter((s) => s.flagged).length / of.length;
          expect(losses.some((l) => l.species === species)).toBe(share > RARE_BIRD_LIMIT);
        }
        if (losses.length > 0) warned += 1;
      }),
      { numRuns: 200, seed: 7 },
    );
    // The property must reach both branches: some inputs warn, some do not.
    expect(warned).toBeGreaterThan(0);
    expect(warned).toBeLessThan(200);
  });
});
