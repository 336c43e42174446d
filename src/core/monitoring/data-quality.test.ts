// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInstance, countIssues, featureValues } from './data-quality';
import { entry } from './test-fixtures';

const F = [
  { name: 'bill_length_mm', min: 10, max: 100 },
  { name: 'body_mass_g', min: 1000, max: 10000 },
];

describe('checkInstance', () => {
  it('finds nothing wrong with a valid instance', () => {
    expect(checkInstance({ bill_length_mm: 39.1, body_mass_g: 3750 }, F)).toEqual([]);
  });

  it('reports each check type', () => {
    expect(checkInstance({ bill_length_mm: 39.1 }, F)).toEqual([{ feature: 'body_mass_g', check: 'completeness_check' }]);
    expect(checkInstance({ bill_length_mm: null, body_mass_g: 3750 }, F)).toEqual([{ feature: 'bill_length_mm', check: 'completeness_check' }]);
    expect(checkInstance({ bill_length_mm: '39.1', body_mass_g: 3750 }, F)).toEqual([{ feature: 'bill_length_mm', check: 'data_type_check', value: '39.1' }]);
    expect(checkInstance({ bill_length_mm: true, body_mass_g: 3750 }, F)).toEqual([{ feature: 'bill_length_mm', check: 'data_type_check', value: true }]);
    expect(checkInstance({ bill_length_mm: 39.1, body_mass_g: 3.75 }, F)).toEqual([{ feature: 'body_mass_g', check: 'value_range_check', value: 3.75 }]);
    expect(checkInstance({ bill_length_mm: 39.1, body_mass_g: 3750, sex: 'MALE' }, F)).toEqual([{ feature: 'sex', check: 'extra_column_check', value: 'MALE' }]);
  });

  it('reports several issues of one instance', () => {
    expect(checkInstance({ island: 'Dream' }, F).map((i) => i.check)).toEqual(['completeness_check', 'completeness_check', 'extra_column_check']);
  });
});

describe('featureValues', () => {
  it('collects finite numbers per feature from invocations, out-of-range included, malformed skipped', () => {
    const entries = [
      entry({ instances: [{ bill_length_mm: 40, body_mass_g: 3.75 }, { bill_length_mm: '41', body_mass_g: 4000 }] }),
      entry({ instances: null, status: 400 }),
      entry({ kind: 'feedback', instances: [{ bill_length_mm: 99 }] }),
      entry({ instances: [{ body_mass_g: 5000 }] }),
    ];
    expect(featureValues(entries, F)).toEqual({ bill_length_mm: [40], body_mass_g: [3.75, 4000, 5000] });
  });
});

describe('countIssues', () => {
  it('counts exactly what checkInstance reports, for any instance', () => {
    const value = fc.oneof(fc.double(), fc.integer({ min: 0, max: 20_000 }), fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const key = fc.constantFrom('bill_length_mm', 'body_mass_g', 'sex', 'island', '__proto__', 'toString');
    fc.assert(
      fc.property(fc.dictionary(key, value), (instance) => {
        expect(countIssues(instance, F)).toBe(checkInstance(instance, F).length);
      }),
      { numRuns: 2000 },
    );
  });
});
