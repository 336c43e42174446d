// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { simulateLog } from './simulated-log';
import { entry, referenceMonitoring, V1_FEATURES } from './test-fixtures';
import type { TrafficScenario } from './traffic';
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
