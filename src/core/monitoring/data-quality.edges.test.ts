import { describe, expect, it } from 'vitest';
import { checkInstance, countIssues, featureValues } from './data-quality';
import { entry } from './test-fixtures';

// Edge values a client really sends: NaN and Infinity (JSON cannot carry them, a bug in a client's code can), values exactly at a bound.
const F = [
  { name: 'bill_length_mm', min: 10, max: 100 },
  { name: 'body_mass_g', min: 1000, max: 10000 },
];

describe('checkInstance and countIssues at the edges', () => {
  it('counts NaN and Infinity as the wrong data type, not as in range', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const instance = { bill_length_mm: bad, body_mass_g: 3750 };
      expect(checkInstance(instance, F)).toEqual([{ feature: 'bill_length_mm', check: 'data_type_check', value: bad }]);
      expect(countIssues(instance, F)).toBe(1);
    }
  });

  it('accepts a value exactly at min or max, and refuses one just outside', () => {
    for (const instance of [{ bill_length_mm: 10, body_mass_g: 10000 }, { bill_length_mm: 100, body_mass_g: 1000 }]) {
      expect(checkInstance(instance, F)).toEqual([]);
      expect(countIssues(instance, F)).toBe(0);
    }
    expect(checkInstance({ bill_length_mm: 9.99, body_mass_g: 10000.01 }, F).map((i) => i.check)).toEqual(['value_range_check', 'value_range_check']);
    expect(countIssues({ bill_length_mm: 9.99, body_mass_g: 10000.01 }, F)).toBe(2);
  });

  it('counts a missing, a null, a string and a boolean value as one issue each', () => {
    expect(countIssues({ body_mass_g: 3750 }, F)).toBe(1);
    expect(countIssues({ bill_length_mm: null, body_mass_g: 3750 }, F)).toBe(1);
    expect(countIssues({ bill_length_mm: '39.1', body_mass_g: 3750 }, F)).toBe(1);
    expect(countIssues({ bill_length_mm: true, body_mass_g: 3750 }, F)).toBe(1);
  });

  it('ignores keys inherited from a prototype, as checkInstance does (only the sent keys are columns)', () => {
    const instance = Object.assign(Object.create({ inherited: 1 }) as Record<string, unknown>, { bill_length_mm: 39.1, body_mass_g: 3750 });
    expect(checkInstance(instance, F)).toEqual([]);
    expect(countIssues(instance, F)).toBe(0);
  });
});

describe('featureValues at the edges', () => {
  it('skips a null instance and non-finite numbers', () => {
    const entries = [entry({ instances: [null as unknown as Record<string, unknown>, { bill_length_mm: Number.NaN, body_mass_g: Number.POSITIVE_INFINITY }, { bill_length_mm: 40, body_mass_g: 4000 }] })];
    expect(featureValues(entries, F)).toEqual({ bill_length_mm: [40], body_mass_g: [4000] });
  });
});
