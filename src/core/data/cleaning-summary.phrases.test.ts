// @vitest-environment node
// Every kind of removal, singular and plural, with hand-written reasons: the sentence a learner reads must match the count.
import { describe, expect, it } from 'vitest';
import { describeCleaning, groupRemovals, removalKind } from './cleaning-summary';
import type { RemovedRow } from './pipeline';
import type { DataRow } from './rows';

const row = (id: number): DataRow => ({ id, species: 'Adelie', island: 'Dream', bill_length_mm: 40, bill_depth_mm: 18, flipper_length_mm: 190, body_mass_g: 3700, sex: 'MALE' });
const removed = (...reasons: string[]): RemovedRow[] => reasons.map((reason, i) => ({ row: row(i + 1), reason }));

describe('removalKind', () => {
  it('reads the kind from the start of each reason the pipeline writes', () => {
    expect(removalKind('duplicate of row 3')).toBe('duplicate');
    expect(removalKind('unknown species label "gentoo"')).toBe('unknown-label');
    expect(removalKind('missing bill_length_mm')).toBe('missing');
    expect(removalKind('outlier in body_mass_g (IQR ×1.5)')).toBe('outlier');
    expect(removalKind('typed by hand')).toBe('other');
  });

  it('looks only at the start: a reason that merely mentions a kind later is not that kind', () => {
    expect(removalKind('row 3 is a duplicate')).toBe('other');
    expect(removalKind('a label of an unknown species')).toBe('other');
    expect(removalKind('value missing')).toBe('other');
    expect(removalKind('an outlier')).toBe('other');
    expect(removalKind('')).toBe('other');
  });
});

describe('groupRemovals', () => {
  it('counts every kind, in pipeline order whatever the order of the rows, with its label', () => {
    const rows = removed('other thing', 'outlier in bill_depth_mm (|z| > 3)', 'missing sex', 'missing body_mass_g', 'unknown species label "x"', 'duplicate of row 1', 'duplicate of row 2');
    expect(groupRemovals(rows)).toEqual([
      { kind: 'duplicate', label: 'duplicate rows', count: 2 },
      { kind: 'unknown-label', label: 'unknown species label', count: 1 },
      { kind: 'missing', label: 'missing values', count: 2 },
      { kind: 'outlier', label: 'outliers', count: 1 },
      { kind: 'other', label: 'other reasons', count: 1 },
    ]);
  });

  it('leaves out kinds with no rows', () => {
    expect(groupRemovals([])).toEqual([]);
    expect(groupRemovals(removed('outlier in body_mass_g (IQR ×1.5)'))).toEqual([{ kind: 'outlier', label: 'outliers', count: 1 }]);
  });
});

describe('describeCleaning', () => {
  it('uses the singular phrase for one row of each kind', () => {
    expect(describeCleaning(10, removed('duplicate of row 1'))).toBe('Your data has 10 rows after cleaning; 1 was dropped as a duplicate.');
    expect(describeCleaning(10, removed('unknown species label "x"'))).toBe('Your data has 10 rows after cleaning; 1 was dropped for an unknown species label.');
    expect(describeCleaning(10, removed('missing sex'))).toBe('Your data has 10 rows after cleaning; 1 was dropped for missing values.');
    expect(describeCleaning(10, removed('outlier in bill_length_mm (IQR ×3)'))).toBe('Your data has 10 rows after cleaning; 1 was dropped as an outlier.');
    expect(describeCleaning(10, removed('by hand'))).toBe('Your data has 10 rows after cleaning; 1 was dropped for other reasons.');
  });

  it('uses the plural phrase for two rows of each kind', () => {
    const two = (reason: string) => describeCleaning(5, removed(reason, reason));
    expect(two('duplicate of row 1')).toBe('Your data has 5 rows after cleaning; 2 were dropped as duplicates.');
    expect(two('unknown species label "x"')).toBe('Your data has 5 rows after cleaning; 2 were dropped for unknown species labels.');
    expect(two('missing sex')).toBe('Your data has 5 rows after cleaning; 2 were dropped for missing values.');
    expect(two('outlier in bill_length_mm (IQR ×3)')).toBe('Your data has 5 rows after cleaning; 2 were dropped as outliers.');
    expect(two('by hand')).toBe('Your data has 5 rows after cleaning; 2 were dropped for other reasons.');
  });

  it('joins two kinds with "and" and more with commas, "was/were" only on the first', () => {
    expect(describeCleaning(3, removed('duplicate of row 1', 'duplicate of row 1', 'outlier in sex'))).toBe('Your data has 3 rows after cleaning; 2 were dropped as duplicates and 1 as an outlier.');
    expect(describeCleaning(3, removed('missing sex', 'outlier in sex', 'outlier in sex', 'by hand'))).toBe(
      'Your data has 3 rows after cleaning; 1 was dropped for missing values, 2 as outliers and 1 for other reasons.',
    );
  });

  it('writes thousands with a comma, and 0 or 1 kept rows with the right noun', () => {
    expect(describeCleaning(1234, [])).toBe('Your data has 1,234 rows after cleaning; none were dropped.');
    expect(describeCleaning(0, removed('missing sex'))).toBe('Your data has 0 rows after cleaning; 1 was dropped for missing values.');
    expect(describeCleaning(1, [])).toBe('Your data has 1 row after cleaning; none were dropped.');
  });
});
