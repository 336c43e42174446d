import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES } from './penguins';
import { DEFAULT_PIPELINE, parsePipelineState, pipelineFromQuery, pipelineStateSchema, pipelineToQuery } from './pipeline-state';
import type { PipelineState } from './pipeline-state';

const stateArb: fc.Arbitrary<PipelineState> = fc.record({
  messy: fc.boolean(),
  cleaning: fc.record({ dropDuplicates: fc.boolean(), fixLabels: fc.boolean(), invalidAsMissing: fc.boolean() }),
  missing: fc.constantFrom('drop', 'mean', 'median'),
  outliers: fc.record({ rule: fc.constantFrom('iqr', 'zscore'), threshold: fc.integer({ min: 5, max: 60 }).map((t) => t / 10), remove: fc.boolean() }),
  split: fc.record({
    train: fc.integer({ min: 0, max: 100 }),
    validation: fc.integer({ min: 0, max: 100 }),
    test: fc.integer({ min: 0, max: 100 }),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    stratify: fc.boolean(),
  }),
  scaler: fc.constantFrom('standard', 'minmax'),
  fitScalerOnAll: fc.boolean(),
  features: fc.subarray([...FEATURES], { minLength: 1 }),
});

describe('pipeline state', () => {
  it('the defaults are a valid state', () => {
    expect(pipelineStateSchema.parse(DEFAULT_PIPELINE)).toEqual(DEFAULT_PIPELINE);
  });

  it('round-trips through JSON (storage) and through the URL', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(parsePipelineState(JSON.parse(JSON.stringify(s)))).toEqual(s);
        expect(pipelineFromQuery(pipelineToQuery(s))).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('garbage yields null from storage and "invalid" from a URL, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const parsed = parsePipelineState(x);
        expect(parsed === null || pipelineStateSchema.safeParse(parsed).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string(), (q) => {
        const r = pipelineFromQuery(`seed=${encodeURIComponent(q)}`);
        expect(r === 'invalid' || typeof r === 'object').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('states saved and links shared before the feature choice existed still mean all four features', () => {
    const { features: _, ...old } = DEFAULT_PIPELINE;
    expect(parsePipelineState(old)).toEqual(DEFAULT_PIPELINE);
    expect(pipelineToQuery(DEFAULT_PIPELINE)).not.toContain('feat');
    expect(pipelineFromQuery('messy=0&clean=000&miss=drop&out=iqr~1.5~0&split=70~15~15&seed=42&strat=1&scale=standard&leak=0')).toEqual(DEFAULT_PIPELINE);
  });

  it('a feature choice travels in the URL as one bit per measurement; none, unknown or reordered features are refused', () => {
    const two = { ...DEFAULT_PIPELINE, features: ['bill_length_mm', 'body_mass_g'] as PipelineState['features'] };
    expect(new URLSearchParams(pipelineToQuery(two)).get('feat')).toBe('1001');
    expect(pipelineFromQuery(pipelineToQuery(two))).toEqual(two);
    expect(pipelineFromQuery(`${pipelineToQuery(DEFAULT_PIPELINE)}&feat=0000`)).toBe('invalid');
    expect(pipelineFromQuery(`${pipelineToQuery(DEFAULT_PIPELINE)}&feat=10`)).toBe('invalid');
    expect(parsePipelineState({ ...DEFAULT_PIPELINE, features: ['body_mass_g', 'bill_length_mm'] })).toBeNull();
    expect(parsePipelineState({ ...DEFAULT_PIPELINE, features: ['bill_length_mm', 'bill_length_mm'] })).toBeNull();
    expect(parsePipelineState({ ...DEFAULT_PIPELINE, features: ['wing_span'] })).toBeNull();
  });

  it('a URL without pipeline keys means "no state in the link"', () => {
    expect(pipelineFromQuery('utm=1')).toBeNull();
    expect(pipelineFromQuery('split=70~15~15&seed=abc')).toBe('invalid');
  });
});

describe('the kilogram choice in links', () => {
  it('adds a fourth clean digit only when on, so older links keep meaning the same data', () => {
    expect(pipelineToQuery(DEFAULT_PIPELINE)).toContain('clean=000&');
    const on = { ...DEFAULT_PIPELINE, cleaning: { ...DEFAULT_PIPELINE.cleaning, kgToGrams: true } };
    expect(pipelineToQuery(on)).toContain('clean=0001&');
    expect(pipelineFromQuery(pipelineToQuery(on))).toEqual(on);
    const old = pipelineFromQuery(pipelineToQuery(DEFAULT_PIPELINE));
    expect(old !== null && old !== 'invalid' && old.cleaning.kgToGrams).toBeFalsy();
    expect(pipelineFromQuery(pipelineToQuery(DEFAULT_PIPELINE).replace('clean=000', 'clean=0002'))).toBe('invalid');
    expect(pipelineFromQuery(pipelineToQuery(DEFAULT_PIPELINE).replace('clean=000', 'clean=00011'))).toBe('invalid');
  });
});
