import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { fromVegaRecord } from '../../core/data/penguins';
import type { VegaPenguinRecord } from '../../core/data/penguins';
import { describeAnalogyPenguin, httpSample } from './python-analogy';
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

describe('the HTTP sample', () => {
  it('sends the measurements the endpoint’s schema asks for and names the version given', () => {
    const two = httpSample('v3', ['bill_length_mm', 'body_mass_g']);
    expect(two).toContain('{ "instances": [ { "bill_length_mm": 39.1, "body_mass_g": 3750 } ] }');
    expect(two).toContain('X-Model-Version: v3');
    expect(two).toContain('"model_version": "v3"');
    expect(httpSample('v1')).toContain('"flipper_length_mm": 181');
    expect(describeAnalogyPenguin({ bill_length_mm: 39.1, body_mass_g: 3750 })).toBe('one Adelie penguin (bill 39.1 mm long, 3750 g)');
  });
});
