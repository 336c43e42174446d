// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Preprocessing } from './model-artifact';
import { scalingSteps } from './scaling-steps';

const pre: Preprocessing = {
  format: 'deploy-lab/preprocessing@1',
  features: [
    { name: 'bill_length_mm', unit: 'mm', mean: 44, std: 5, min: 25, max: 70 },
    { name: 'body_mass_g', unit: 'g', mean: 4200, std: 800, min: 2000, max: 7000 },
  ],
  classes: ['Adelie', 'Chinstrap', 'Gentoo'],
};

describe('scalingSteps', () => {
  it('scales each feature of the model with its own mean and std, in the order of preprocessing.json', () => {
    expect(scalingSteps(pre, { body_mass_g: 5800, bill_length_mm: 49, flipper_length_mm: 218 })).toEqual([
      { feature: 'bill_length_mm', unit: 'mm', raw: 49, mean: 44, std: 5, scaled: 1 },
      { feature: 'body_mass_g', unit: 'g', raw: 5800, mean: 4200, std: 800, scaled: 2 },
    ]);
  });

  it('undoes to the raw value: scaled × std + mean = raw', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10_000, noNaN: true }), fc.double({ min: 0, max: 10_000, noNaN: true }), (a, b) => {
        for (const s of scalingSteps(pre, { bill_length_mm: a, body_mass_g: b })) expect(s.scaled * s.std + s.mean).toBeCloseTo(s.raw, 6);
      }),
    );
  });

  it('gives NaN for a feature the instance lacks, never a made-up number', () => {
    expect(scalingSteps(pre, { bill_length_mm: 49 })[1]?.scaled).toBeNaN();
  });
});
