// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { drawBird, fitBirdPopulation, MEASUREMENT_STEP, TRUNCATE_SD } from './bird-population';
import { referenceMonitoring } from './test-fixtures';

const { trafficRows } = referenceMonitoring();
const population = fitBirdPopulation(trafficRows);
const draws = (n: number, seed: number) => {
  const random = createRng(seed);
  return Array.from({ length: n }, () => drawBird(population, random));
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('fitBirdPopulation and drawBird', () => {
  it('draws new birds, not replays: no drawn bird equals a real row (so feedback and canary traffic never share one)', () => {
    const real = new Set(trafficRows.map((r) => JSON.stringify(r.features)));
    const birds = draws(3000, 1);
    // Four measurements on the data's own grid can coincide with a real bird by chance, but only very rarely.
    expect(birds.filter((b) => real.has(JSON.stringify(b.features))).length).toBeLessThanOrEqual(3);
  });

  it('keeps each species its share, its means and its spread', () => {
    const birds = draws(6000, 2);
    for (const s of ['Adelie', 'Chinstrap', 'Gentoo']) {
      const rows = trafficRows.filter((r) => r.species === s);
      const drawn = birds.filter((b) => b.species === s);
      expect(drawn.length / birds.length).toBeCloseTo(rows.length / trafficRows.length, 1);
      for (const f of Object.keys(MEASUREMENT_STEP)) {
        const realMean = mean(rows.map((r) => r.features[f] as number));
        const realSd = Math.sqrt(mean(rows.map((r) => ((r.features[f] as number) - realMean) ** 2)));
        const drawnMean = mean(drawn.map((b) => b.features[f] as number));
        const drawnSd = Math.sqrt(mean(drawn.map((b) => ((b.features[f] as number) - drawnMean) ** 2)));
        expect(Math.abs(drawnMean - realMean)).toBeLessThan(0.1 * realSd);
        expect(drawnSd / realSd).toBeGreaterThan(0.85);
        expect(drawnSd / realSd).toBeLessThan(1.1);
      }
    }
  });

  it('keeps the correlations within a species (bigger flippers come with heavier birds)', () => {
    const gentoo = draws(4000, 3).filter((b) => b.species === 'Gentoo');
    const x = gentoo.map((b) => b.features.flipper_length_mm as number);
    const y = gentoo.map((b) => b.features.body_mass_g as number);
    const mx = mean(x);
    const my = mean(y);
    const r = mean(x.map((v, i) => (v - mx) * ((y[i] as number) - my))) / Math.sqrt(mean(x.map((v) => (v - mx) ** 2)) * mean(y.map((v) => (v - my) ** 2)));
    expect(r).toBeGreaterThan(0.5);
  });

  it('rounds to the data set\u2019s steps and stays within TRUNCATE_SD of the species', () => {
    for (const b of draws(500, 4)) {
      expect(Number.isInteger(b.features.flipper_length_mm)).toBe(true);
      expect((b.features.body_mass_g as number) % 25).toBe(0);
      expect(Math.round((b.features.bill_length_mm as number) * 10) / 10).toBe(b.features.bill_length_mm);
    }
    // One species with zero spread in one feature: every draw lies within the 3-sigma box (here: exactly the mean).
    const flat = fitBirdPopulation([
      { species: 'A', features: { x: 1, y: 5 } },
      { species: 'A', features: { x: 1, y: 7 } },
    ]);
    const random = createRng(5);
    for (let i = 0; i < 200; i++) {
      const b = drawBird(flat, random);
      expect(b.features.x).toBe(1);
      expect(Math.abs((b.features.y as number) - 6)).toBeLessThanOrEqual(TRUNCATE_SD * Math.SQRT2 + 1e-9);
    }
  });

  it('is reproducible with the same seed, and replays a species seen once as it is', () => {
    expect(draws(50, 9)).toEqual(draws(50, 9));
    const one = fitBirdPopulation([{ species: 'Adelie', features: { bill_length_mm: 39.1, body_mass_g: 3750 } }]);
    expect(drawBird(one, createRng(1))).toEqual({ species: 'Adelie', features: { bill_length_mm: 39.1, body_mass_g: 3750 } });
    expect(() => drawBird(fitBirdPopulation([]), createRng(1))).toThrow(RangeError);
  });
});
