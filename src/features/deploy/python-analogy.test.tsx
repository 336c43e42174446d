import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { fromVegaRecord } from '../../core/data/penguins';
import type { VegaPenguinRecord } from '../../core/data/penguins';
import { describeAnalogyPenguin } from './python-analogy';
import { ANALOGY_INSTANCE, ANALOGY_SPECIES } from './use-direct-vs-http';

describe('the Python analogy’s penguin', () => {
  it('is a real row of the data set, with the species the text names', () => {
    const rows = (penguins as VegaPenguinRecord[]).map(fromVegaRecord);
    const row = rows.find((r) => Object.entries(ANALOGY_INSTANCE).every(([k, v]) => r[k as keyof typeof ANALOGY_INSTANCE] === v));
    expect(row?.species).toBe(ANALOGY_SPECIES);
  });

  it('is described with the values both calls send', () => {
    expect(describeAnalogyPenguin()).toBe('one Adelie penguin (bill 39.1 mm long and 18.7 mm deep, flipper 181 mm, 3750 g)');
    expect(describeAnalogyPenguin({ ...ANALOGY_INSTANCE, body_mass_g: 4200 })).toContain('4200 g');
  });
});
