// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { simulateLog } from './simulated-log';
import { entry, referenceMonitoring, V1_FEATURES } from './test-fixtures';
import type { TrafficScenario } from './traffic';
import type { FeatureDrift } from './dashboard';
import type { Violation } from './violations';
import { computeDashboard } from './dashboard';
import { isSageMakerCheck, SAGEMAKER_CHECKS, violationsFromDrift, violationsReport } from './violations';

const { baseline, trafficRows } = referenceMonitoring();

function reportFor(scenario: TrafficScenario, count = 500) {
  const log = simulateLog({ rows: trafficRows, features: V1_FEATURES, random: createRng(11), count, scenario: () => scenario, start: 0, gapMs: 100 });
  return violationsReport(log, baseline, V1_FEATURES).violations;
}

const kinds = (vs: Violation[]) => vs.map((v) => `${v.feature_name}:${v.constraint_check_type}`).sort();

describe('violationsReport per traffic scenario', () => {
  it('normal: no violations', () => {
    expect(reportFor('normal')).toEqual([]);
  });

  it('new population: drift of bill_length_mm, said with the PSI and the bin that filled up', () => {
    const vs = reportFor('new-population');
    expect(kinds(vs)).toEqual(['bill_length_mm:baseline_drift_check']);
    expect(vs[0]?.description).toMatch(/^bill_length_mm: PSI \d+\.\d+ against the training baseline \(major drift, > 0\.25\)\. \d+ of 500 values fall in the highest bin \(\d+(\.\d+)? mm and above\), where training had 20%\.$/);
  });

  it('unit mistake: drift and range violations of body_mass_g', () => {
    const vs = reportFor('unit-mistake');
    expect(kinds(vs)).toEqual(['body_mass_g:baseline_drift_check', 'body_mass_g:value_range_check']);
    expect(vs.find((v) => v.constraint_check_type === 'value_range_check')?.description).toBe('500 values of body_mass_g are outside the valid range 1,000–10,000 g.');
    expect(vs.find((v) => v.constraint_check_type === 'baseline_drift_check')?.description).toMatch(/500 of 500 values fall in the lowest bin/);
  });

  it('broken client: completeness and type violations, no drift', () => {
    const vs = reportFor('broken-client', 1000);
    const checks = new Set(vs.map((v) => v.constraint_check_type));
    expect(checks).toEqual(new Set(['completeness_check', 'data_type_check']));
    for (const v of vs) {
      if (v.constraint_check_type === 'completeness_check') expect(v.description).toMatch(new RegExp(`^\\d+ of \\d+ instances \\(\\d+\\.\\d%\\) miss ${v.feature_name}\\.$`));
      else expect(v.description).toMatch(new RegExp(`^\\d+ values of ${v.feature_name} are strings, not numbers\\.$`));
    }
  });
});

describe('violationsReport details', () => {
  it('gives no drift verdict below minSamples, and honours the threshold', () => {
    const kg = Array.from({ length: 29 }, () => entry({ status: 422, instances: [{ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3.75 }] }));
    expect(kinds(violationsReport(kg, baseline, V1_FEATURES).violations)).toEqual(['body_mass_g:value_range_check']);
    expect(kinds(violationsReport(kg, baseline, V1_FEATURES, { minSamples: 10 }).violations)).toContain('body_mass_g:baseline_drift_check');
    expect(kinds(violationsReport(kg, baseline, V1_FEATURES, { minSamples: 10, driftThreshold: 100 }).violations)).not.toContain('body_mass_g:baseline_drift_check');
  });

  it('counts extra columns and mixed types, and never throws on unparsed bodies', () => {
    const ok = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
    const vs = violationsReport(
      [
        entry({ instances: [{ ...ok, sex: 'MALE' }, { ...ok, body_mass_g: '3750' }, { ...ok, body_mass_g: true }] }),
        entry({ instances: null, status: 400 }),
        entry({ instances: [null as unknown as Record<string, unknown>] }),
      ],
      baseline,
      V1_FEATURES,
    ).violations;
    expect(vs.find((v) => v.constraint_check_type === 'extra_column_check')?.description).toBe('1 of 3 instances have the extra column sex, which the model does not read.');
    expect(vs.find((v) => v.constraint_check_type === 'data_type_check')?.description).toBe('2 values of body_mass_g are not numbers (1 string, 1 boolean).');
  });
});

describe('violationsFromDrift', () => {
  it('gives the same report from the dashboard\'s drift over the same entries', () => {
    for (const scenario of ['normal', 'new-population', 'unit-mistake', 'broken-client'] as const) {
      const log = simulateLog({ rows: trafficRows, features: V1_FEATURES, random: createRng(5), count: 400, scenario: () => scenario, start: 0, gapMs: 100 });
      const dashboard = computeDashboard(log, { now: 40_000, windowMs: 60_000, baseline, features: V1_FEATURES });
      expect(violationsFromDrift(log, dashboard.drift, V1_FEATURES), scenario).toEqual(violationsReport(log, baseline, V1_FEATURES));
    }
  });
});

describe('modelled on SageMaker, and says where it differs', () => {
  it('names SageMaker\'s six check types, and value_range_check is not one of them', () => {
    // Source: docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-interpreting-violations.html
    expect([...SAGEMAKER_CHECKS].sort()).toEqual(['baseline_drift_check', 'categorical_values_check', 'completeness_check', 'data_type_check', 'extra_column_check', 'missing_column_check']);
    expect(isSageMakerCheck('value_range_check')).toBe(false);
    for (const c of ['baseline_drift_check', 'completeness_check', 'data_type_check', 'extra_column_check'] as const) expect(isSageMakerCheck(c), c).toBe(true);
  });

  it('every check the report emits is SageMaker\'s or our one own check, with SageMaker\'s three fields', () => {
    for (const scenario of ['normal', 'new-population', 'unit-mistake', 'broken-client'] as const) {
      for (const v of reportFor(scenario)) {
        expect(Object.keys(v).sort()).toEqual(['constraint_check_type', 'description', 'feature_name']);
        expect(isSageMakerCheck(v.constraint_check_type) || v.constraint_check_type === 'value_range_check', v.constraint_check_type).toBe(true);
      }
    }
  });
});

describe('violationsFromDrift wording and order', () => {
  const features = [
    { name: 'bill_length_mm', min: 10, max: 100, unit: 'mm' },
    { name: 'bill_depth_mm', min: 5, max: 40 },
    { name: 'body_mass_g', min: 1_000, max: 10_000, unit: 'g' },
  ];
  const drift = (actual: number[], over: Partial<FeatureDrift> = {}): FeatureDrift => ({ feature: 'bill_length_mm', psi: 0.5, band: 'major', edges: [40, 45, 50], expected: [0.25, 0.25, 0.25, 0.25], actual, samples: 100, ...over });
  const describeDrift = (d: FeatureDrift, driftThreshold?: number) => violationsFromDrift([], [d], features, { driftThreshold }).violations.map((v) => v.description);

  it('names the bin that gained the most share: lowest, a middle one with its range, or highest', () => {
    expect(describeDrift(drift([0.1, 0.6, 0.2, 0.1]))).toEqual(['bill_length_mm: PSI 0.5 against the training baseline (major drift, > 0.25). 60 of 100 values fall in bin 2 of 4 (40–45 mm), where training had 25%.']);
    expect(describeDrift(drift([0.7, 0.1, 0.1, 0.1]))[0]).toContain('70 of 100 values fall in the lowest bin (below 40 mm), where');
    expect(describeDrift(drift([0, 0, 0.2, 0.8]))[0]).toContain('80 of 100 values fall in the highest bin (50 mm and above), where');
    // Gain is share minus training share: the bin with the largest share (the lowest) gained less here.
    expect(describeDrift(drift([0.6, 0.3, 0.05, 0.05], { expected: [0.5, 0.1, 0.2, 0.2] }))[0]).toContain('in bin 2 of 4 (40–45 mm), where training had 10%.');
    // A tie keeps the lower bin.
    expect(describeDrift(drift([0.1, 0.4, 0.4, 0.1]))[0]).toContain('in bin 2 of 4 (40–45 mm)');
    // No unit: no trailing space; large numbers with thousands separators, at most 2 decimals.
    expect(describeDrift(drift([0.1, 0.1, 0.2, 0.6], { feature: 'bill_depth_mm', psi: 1.23456, edges: [1_000, 2_000.5, 12_345.678] }))).toEqual([
      'bill_depth_mm: PSI 1.23 against the training baseline (major drift, > 0.25). 60 of 100 values fall in the highest bin (12,345.68 and above), where training had 25%.',
    ]);
  });

  it('reports drift only strictly above the threshold, and never without a PSI', () => {
    expect(describeDrift(drift([0.1, 0.6, 0.2, 0.1], { psi: 0.25 }))).toEqual([]);
    expect(describeDrift(drift([0.1, 0.6, 0.2, 0.1], { psi: 0.26 }))).toHaveLength(1);
    expect(describeDrift(drift([0.1, 0.6, 0.2, 0.1], { psi: 0.3 }), 0.3)).toEqual([]);
    expect(describeDrift(drift([0.1, 0.6, 0.2, 0.1], { psi: 0.2, band: 'moderate' }), 0.1)[0]).toContain('PSI 0.2 against the training baseline (moderate drift, > 0.1).');
    expect(describeDrift(drift([0.1, 0.6, 0.2, 0.1], { psi: null, band: null }), 0)).toEqual([]);
  });

  it('counts only object instances of invocations, and words each quality check with its numbers', () => {
    const ok = { bill_length_mm: 40, bill_depth_mm: 18, body_mass_g: 4_000 };
    const entries = [
      entry({ instances: [{ ...ok, bill_depth_mm: null }, { ...ok, body_mass_g: 20_000, bill_depth_mm: undefined }, { ...ok, bill_length_mm: 5 }, ok] }),
      entry({ kind: 'feedback', instances: [{ bill_length_mm: 'x' }] }),
      entry({ instances: ['not an object' as unknown as Record<string, unknown>, null as unknown as Record<string, unknown>] }),
    ];
    expect(violationsFromDrift(entries, [], features).violations).toEqual([
      { feature_name: 'bill_length_mm', constraint_check_type: 'value_range_check', description: '1 values of bill_length_mm are outside the valid range 10–100 mm.' },
      { feature_name: 'bill_depth_mm', constraint_check_type: 'completeness_check', description: '2 of 4 instances (50.0%) miss bill_depth_mm.' },
      { feature_name: 'body_mass_g', constraint_check_type: 'value_range_check', description: '1 values of body_mass_g are outside the valid range 1,000–10,000 g.' },
    ]);
    const noUnit = violationsFromDrift([entry({ instances: [{ ...ok, bill_depth_mm: 41 }] })], [], features).violations;
    expect(noUnit.map((v) => v.description)).toEqual(['1 values of bill_depth_mm are outside the valid range 5–40.']);
  });

  it('names the value types that are not numbers: one type in the plural, several with counts, most first', () => {
    const ok = { bill_length_mm: 40, bill_depth_mm: 18, body_mass_g: 4_000 };
    const types = (values: unknown[]) => violationsFromDrift([entry({ instances: values.map((v) => ({ ...ok, body_mass_g: v })) })], [], features).violations.map((v) => v.description);
    expect(types([[4_000], [1]])).toEqual(['2 values of body_mass_g are arrays, not numbers.']);
    expect(types([Number.POSITIVE_INFINITY])).toEqual(['1 values of body_mass_g are non-finite numbers, not numbers.']);
    expect(types(['a', [1], 'b'])).toEqual(['3 values of body_mass_g are not numbers (2 string, 1 array).']);
    expect(types([{}, Number.NaN, Number.NaN])).toEqual(['3 values of body_mass_g are not numbers (2 non-finite number, 1 object).']);
  });

  it('orders by the model’s feature order, extra columns last by name, then drift before completeness, type and range', () => {
    const entries = [entry({ instances: [{ zeta: 1, alpha: 2, bill_length_mm: 40, body_mass_g: 'heavy' }] })];
    const vs = violationsFromDrift(entries, [drift([0.1, 0.6, 0.2, 0.1], { feature: 'body_mass_g', edges: [3_000, 4_000, 5_000] })], features).violations;
    expect(vs.map((v) => `${v.feature_name}:${v.constraint_check_type}`)).toEqual([
      'bill_depth_mm:completeness_check',
      'body_mass_g:baseline_drift_check',
      'body_mass_g:data_type_check',
      'alpha:extra_column_check',
      'zeta:extra_column_check',
    ]);
    expect(vs[1]?.description).toContain('in bin 2 of 4 (3,000–4,000 g)');
  });
});

describe('violationsReport binning', () => {
  it('bins only invocations, so feedback bodies never count as drift samples', () => {
    const kg = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3.75 };
    const log = Array.from({ length: 10 }, (_, i) => entry({ kind: i < 5 ? 'invocation' : 'feedback', instances: [kg] }));
    const vs = violationsReport(log, baseline, V1_FEATURES, { minSamples: 6 }).violations;
    expect(kinds(vs)).toEqual(['body_mass_g:value_range_check']);
    expect(kinds(violationsReport(log, baseline, V1_FEATURES, { minSamples: 5 }).violations)).toContain('body_mass_g:baseline_drift_check');
  });

  it('reports nothing for a baseline without features', () => {
    expect(violationsReport([entry({ instances: [{ bill_length_mm: 40 }] })], { features: [] }, [{ name: 'bill_length_mm', min: 10, max: 100 }])).toEqual({ violations: [] });
  });
});
