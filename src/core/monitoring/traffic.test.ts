// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { featureValues } from './data-quality';
import { binProportions, psi } from './psi';
import { simulateLog } from './simulated-log';
import { referenceMonitoring, V1_FEATURES } from './test-fixtures';
import type { TrafficScenario } from './traffic';
import { feedbackBody, makeTrafficRequest, TRAFFIC_LIMITS, TRAFFIC_SCENARIOS } from './traffic';
import { fitBirdPopulation } from './bird-population';

const { baseline, trafficRows } = referenceMonitoring();
const population = fitBirdPopulation(trafficRows);

/** PSI per feature of 500 requests of one scenario against the training baseline. */
function psiOf(scenario: TrafficScenario, seed: number): Record<string, number> {
  const log = simulateLog({ rows: trafficRows, features: V1_FEATURES, random: createRng(seed), count: 500, scenario: () => scenario, start: 0, gapMs: 100 });
  const values = featureValues(log, V1_FEATURES);
  return Object.fromEntries(baseline.features.map((f) => [f.name, psi(f.expected, binProportions(values[f.name] ?? [], f.edges))]));
}

describe('makeTrafficRequest', () => {
  it('normal: a new bird as it is, one instance with the four features, labelled with its species', () => {
    const r = makeTrafficRequest(population, 'normal', createRng(1));
    expect(r.contentType).toBe('application/json');
    expect(r.malformed).toBe(false);
    const body = JSON.parse(r.body) as { instances: Record<string, number>[] };
    expect(body.instances).toHaveLength(1);
    expect(Object.keys(body.instances[0] ?? {})).toEqual(Object.keys(trafficRows[0]?.features ?? {}));
    expect(['Adelie', 'Chinstrap', 'Gentoo']).toContain(r.labels?.[0]);
  });

  it('new population adds 6 mm of bill length; unit mistake sends kilograms', () => {
    // One row: its species is replayed as it is (no spread to fit), so the transformation is exact.
    const one = fitBirdPopulation([{ species: 'Adelie', features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 } }]);
    expect(JSON.parse(makeTrafficRequest(one, 'new-population', createRng(1)).body).instances[0]).toEqual({ bill_length_mm: 45.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 });
    const kg = makeTrafficRequest(one, 'unit-mistake', createRng(1));
    expect(JSON.parse(kg.body).instances[0].body_mass_g).toBe(3.75);
    expect(kg.labels).toEqual(['Adelie']);
  });

  it('broken client: about 30% malformed, all four kinds, labels only on the good ones', () => {
    const rng = createRng(7);
    const reqs = Array.from({ length: 1000 }, () => makeTrafficRequest(population, 'broken-client', rng));
    const bad = reqs.filter((r) => r.malformed);
    expect(bad.length / reqs.length).toBeGreaterThan(0.25);
    expect(bad.length / reqs.length).toBeLessThan(0.35);
    expect(bad.every((r) => r.labels === null)).toBe(true);
    expect(reqs.filter((r) => !r.malformed).every((r) => r.labels?.length === 1)).toBe(true);
    const parses = (s: string) => {
      try {
        return JSON.parse(s) as { instances: Record<string, unknown>[] };
      } catch {
        return null;
      }
    };
    expect(bad.some((r) => r.contentType === 'text/plain')).toBe(true);
    expect(bad.some((r) => parses(r.body) === null)).toBe(true);
    expect(bad.some((r) => Object.keys(parses(r.body)?.instances[0] ?? {}).length === 3)).toBe(true);
    expect(bad.some((r) => Object.values(parses(r.body)?.instances[0] ?? {}).some((v) => typeof v === 'string'))).toBe(true);
  });

  it('is reproducible with the same seed', () => {
    const a = createRng(3);
    const b = createRng(3);
    for (let i = 0; i < 50; i++) expect(makeTrafficRequest(population, 'broken-client', a)).toEqual(makeTrafficRequest(population, 'broken-client', b));
  });

  it('describes every scenario with its numbers, and bounds the generator', () => {
    expect(TRAFFIC_SCENARIOS.map((s) => s.id)).toEqual(['normal', 'new-population', 'unit-mistake', 'broken-client']);
    expect(TRAFFIC_SCENARIOS.find((s) => s.id === 'new-population')?.description).toMatch(/6 mm/);
    expect(TRAFFIC_SCENARIOS.find((s) => s.id === 'unit-mistake')?.description).toMatch(/1000/);
    expect(TRAFFIC_SCENARIOS.find((s) => s.id === 'broken-client')?.description).toMatch(/30%/);
    expect(TRAFFIC_LIMITS).toMatchObject({ minRate: 1, maxRate: 50 });
  });

  it('feedbackBody is the JSON the feedback route expects', () => {
    expect(JSON.parse(feedbackBody('abc', ['Adelie']))).toEqual({ request_id: 'abc', labels: ['Adelie'] });
  });
});

describe('drift of 500 requests per scenario against the training baseline', () => {
  it.each([1, 2, 3])('normal (seed %d): PSI < 0.1 for every feature', (seed) => {
    for (const value of Object.values(psiOf('normal', seed))) expect(value).toBeLessThan(0.1);
  });

  it('new population: bill_length_mm PSI > 0.25, the other features unchanged', () => {
    const p = psiOf('new-population', 1);
    expect(p.bill_length_mm).toBeGreaterThan(0.25);
    expect(p.body_mass_g).toBeLessThan(0.1);
  });

  it('unit mistake: body_mass_g PSI > 0.25', () => {
    expect(psiOf('unit-mistake', 1).body_mass_g).toBeGreaterThan(0.25);
  });

  it('broken client: no feature drifts (the good requests are normal)', () => {
    for (const value of Object.values(psiOf('broken-client', 1))) expect(value).toBeLessThan(0.1);
  });
});
