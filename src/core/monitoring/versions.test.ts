import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConfigChange } from './versions';
import { allTrafficTo, CANARY_PERCENT, canaryVariants, describeRelease, parseConfigHistory, rollbackTarget, stableVersion } from './versions';

const v1 = allTrafficTo('v1');
const change = (action: ConfigChange['action'], candidate: string, before: ConfigChange['before'], after: ConfigChange['after'], at: number): ConfigChange => ({
  action,
  candidate,
  before,
  after,
  at,
});

describe('canaryVariants', () => {
  it('gives the candidate its share and the stable version the rest', () => {
    expect(canaryVariants('v1', 'v3', 10)).toEqual({
      ok: true,
      percent: 10,
      variants: [
        { version: 'v1', weight: 90 },
        { version: 'v3', weight: 10 },
      ],
    });
  });

  it('keeps the share within 1–50 whole percent and the weights summing to 100', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 })), (p) => {
        const r = canaryVariants('v1', 'v2', p);
        if (!r.ok) throw new Error('expected a config');
        expect(r.percent).toBeGreaterThanOrEqual(CANARY_PERCENT.min);
        expect(r.percent).toBeLessThanOrEqual(CANARY_PERCENT.max);
        expect(Number.isInteger(r.percent)).toBe(true);
        expect(r.variants.reduce((s, v) => s + v.weight, 0)).toBe(100);
      }),
    );
    expect(canaryVariants('v1', 'v2', 0)).toMatchObject({ percent: 1 });
    expect(canaryVariants('v1', 'v2', 80)).toMatchObject({ percent: 50 });
    expect(canaryVariants('v1', 'v2', Number.NaN)).toMatchObject({ percent: 10 });
  });

  it('refuses a canary of the stable version itself', () => {
    expect(canaryVariants('v2', 'v2', 10).ok).toBe(false);
  });
});

describe('stableVersion', () => {
  it('is the other version with the most traffic', () => {
    expect(stableVersion(v1, 'v2')).toBe('v1');
    expect(stableVersion([{ version: 'v1', weight: 80 }, { version: 'v2', weight: 20 }], 'v2')).toBe('v1');
    expect(stableVersion(allTrafficTo('v2'), 'v2')).toBeNull();
  });
});

describe('rollbackTarget', () => {
  const canary10 = [{ version: 'v1', weight: 90 }, { version: 'v3', weight: 10 }];
  const canary20 = [{ version: 'v1', weight: 80 }, { version: 'v3', weight: 20 }];

  it('is the config before the canary began, even after resizing it or promoting', () => {
    const h = [change('canary', 'v3', v1, canary10, 0), change('canary', 'v3', canary10, canary20, 60_000)];
    expect(rollbackTarget(h)).toEqual(v1);
    expect(rollbackTarget([...h, change('promote', 'v3', canary20, allTrafficTo('v3'), 120_000)])).toEqual(v1);
  });

  it('is null with no history or after a rollback', () => {
    expect(rollbackTarget([])).toBeNull();
    expect(rollbackTarget([change('canary', 'v3', v1, canary10, 0), change('rollback', 'v3', canary10, v1, 1)])).toBeNull();
  });

  it('goes back one release only: after promoting v3, a canary of v4 rolls back to v3', () => {
    const h = [
      change('canary', 'v3', v1, canary10, 0),
      change('promote', 'v3', canary10, allTrafficTo('v3'), 1),
      change('canary', 'v4', allTrafficTo('v3'), [{ version: 'v3', weight: 90 }, { version: 'v4', weight: 10 }], 2),
    ];
    expect(rollbackTarget(h)).toEqual(allTrafficTo('v3'));
  });
});

describe('describeRelease', () => {
  const canary10 = [{ version: 'v1', weight: 90 }, { version: 'v3', weight: 10 }];
  it('names the strategy with its numbers', () => {
    const started = change('canary', 'v3', v1, canary10, 0);
    expect(describeRelease([], 0)).toBeNull();
    expect(describeRelease([started], 45_000)).toBe('You are running a canary: v3 has had 10% of traffic for 45 s so far.');
    expect(describeRelease([started, change('rollback', 'v3', canary10, v1, 120_000)], 999_999)).toBe('You ran a canary: v3 got 10% of traffic for 2 min, then you rolled back.');
    expect(describeRelease([started, change('promote', 'v3', canary10, allTrafficTo('v3'), 30_000)], 0)).toBe(
      'You ran a canary: v3 got 10% of traffic for 30 s, then you promoted it to 100%.',
    );
    expect(describeRelease([change('promote', 'v3', v1, allTrafficTo('v3'), 0)], 0)).toMatch(/all at once/);
  });
});

describe('parseConfigHistory', () => {
  it('accepts stored history and refuses anything else', () => {
    const h = [change('canary', 'v3', v1, v1, 5)];
    expect(parseConfigHistory(JSON.parse(JSON.stringify(h)))).toEqual(h);
    expect(parseConfigHistory({ history: h })).toBeNull();
    expect(parseConfigHistory([{ ...h[0], action: 'explode' }])).toBeNull();
    fc.assert(fc.property(fc.anything(), (x) => parseConfigHistory(x) === null || Array.isArray(x)));
  });
});
