// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import type { Random } from '../rng';
import type { BirdPopulation } from './bird-population';
import { fitBirdPopulation } from './bird-population';
import type { FeatureDrift } from './dashboard';
import { DEFAULT_WINDOW_MS } from './dashboard';
import { expectedNoDriftPsi, MIN_DRIFT_SAMPLES, NOISE_COVERAGE, noDriftPsi95 } from './drift-noise';
import { createInstanceAnalyzer, driftFromCounts } from './instance-analysis';
import { entry, referenceMonitoring } from './test-fixtures';
import { DEFAULT_TRAFFIC_RATE, makeTrafficRequest } from './traffic';

const { baseline, trafficRows } = referenceMonitoring();
const population = fitBirdPopulation(trafficRows);
/** A full default window: the generator's default rate over the dashboard's default minute. */
const DEFAULT_WINDOW = (DEFAULT_TRAFFIC_RATE * DEFAULT_WINDOW_MS) / 1000;

/** The drift verdicts of one window of `n` Normal requests, through the dashboard's own binning and verdict code. */
function normalWindow(pop: BirdPopulation, n: number, random: Random, minSamples = MIN_DRIFT_SAMPLES): FeatureDrift[] {
  const analyzer = createInstanceAnalyzer(baseline, undefined);
  const counts = new Float64Array(analyzer.binOffsets[analyzer.binOffsets.length - 1] as number);
  for (let i = 0; i < n; i++) {
    const request = makeTrafficRequest(pop, 'normal', random);
    analyzer.analyze(entry({ instances: (JSON.parse(request.body) as { instances: Record<string, unknown>[] }).instances }), counts);
  }
  return driftFromCounts(baseline.features, counts, analyzer.binOffsets, minSamples);
}

/** Share of `windows` windows of n Normal requests in which every feature reads "no drift", and all PSIs seen. */
function simulate(pop: BirdPopulation, n: number, windows: number, seed: number, minSamples = MIN_DRIFT_SAMPLES): { noDrift: number; psis: number[] } {
  const random = createRng(seed);
  let quiet = 0;
  const psis: number[] = [];
  for (let w = 0; w < windows; w++) {
    const drift = normalWindow(pop, n, random, minSamples);
    if (drift.every((d) => d.band === 'none')) quiet++;
    for (const d of drift) psis.push(d.psi ?? Number.NaN);
  }
  return { noDrift: quiet / windows, psis };
}

describe('Normal traffic against the training baseline (seeded simulation)', () => {
  it(`reads "no drift" on every feature in ≥ 95 % of windows of the smallest judged size (${MIN_DRIFT_SAMPLES})`, () => {
    expect(simulate(population, MIN_DRIFT_SAMPLES, 400, 20_251).noDrift).toBeGreaterThanOrEqual(NOISE_COVERAGE);
  });

  it(`reads "no drift" on every feature in ≥ 95 % of windows of the default size (${DEFAULT_WINDOW} requests)`, () => {
    expect(simulate(population, DEFAULT_WINDOW, 200, 7).noDrift).toBeGreaterThanOrEqual(NOISE_COVERAGE);
  });

  it('would not at the old minimum of 30 values: noise alone gave a drift verdict in most windows', () => {
    // Why a minimum at all, and why not 30: this is the "moderate drift within 20 s" of normal traffic.
    expect(simulate(population, 30, 400, 3, 30).noDrift).toBeLessThan(0.5);
  });

  it('gives no verdict below the minimum: "not enough data yet", with the noise at that n', () => {
    const drift = normalWindow(population, MIN_DRIFT_SAMPLES - 1, createRng(1));
    for (const d of drift) {
      expect(d).toMatchObject({ psi: null, band: null, samples: MIN_DRIFT_SAMPLES - 1 });
      expect(d.noise?.minSamples).toBe(MIN_DRIFT_SAMPLES);
      expect(d.noise?.baselineCount).toBe(baseline.features[0]?.count);
      expect(d.noise?.p95).toBeGreaterThan(d.noise?.mean ?? Number.POSITIVE_INFINITY);
    }
    expect(normalWindow(population, MIN_DRIFT_SAMPLES, createRng(1)).every((d) => d.psi !== null)).toBe(true);
  });

  it('the noise formula matches the simulation: mean PSI near (bins − 1)(1/n + 1/m), ≥ 90 % of windows below its 95 % line', () => {
    const n = MIN_DRIFT_SAMPLES;
    const { psis } = simulate(population, n, 300, 11);
    const bins = baseline.features[0]?.expected.length ?? 0;
    const m = baseline.features[0]?.count ?? 0;
    const mean = psis.reduce((a, b) => a + b, 0) / psis.length;
    // The baseline's share of the noise (1/m) is fixed for a session, not redrawn per window: the formula is an upper guide.
    expect(mean).toBeGreaterThan(0.5 * expectedNoDriftPsi(bins, n, m));
    expect(mean).toBeLessThan(1.1 * expectedNoDriftPsi(bins, n, m));
    expect(psis.filter((p) => p < noDriftPsi95(bins, n, m)).length / psis.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('expectedNoDriftPsi and noDriftPsi95', () => {
  it('follow (bins − 1)(1/n + 1/m), and the chi-square 95th percentile (9.49 for 4 degrees of freedom)', () => {
    expect(expectedNoDriftPsi(5, 200, 200)).toBeCloseTo(4 * (2 / 200), 12);
    expect(noDriftPsi95(5, 100, 1e12)).toBeCloseTo(9.488 / 100, 3);
    // Wilson–Hilferty is rough for 1 degree of freedom (2 bins, when ties merge bins): within 3 % of 3.841.
    expect(Math.abs(noDriftPsi95(2, 1, 1e12) / 3.841 - 1)).toBeLessThan(0.03);
  });

  it('shrink as n grows and are NaN without values or bins', () => {
    expect(noDriftPsi95(5, 600, 240)).toBeLessThan(noDriftPsi95(5, 200, 240));
    expect(expectedNoDriftPsi(5, 0, 240)).toBeNaN();
    expect(noDriftPsi95(1, 100, 240)).toBeNaN();
  });
});
