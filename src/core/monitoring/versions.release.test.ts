import { describe, expect, it } from 'vitest';
import type { ConfigChange, TrafficVariant } from './versions';
import { allTrafficTo, canaryVariants, describeRelease, rollbackTarget, stableVersion } from './versions';

// Edge cases of releases and rollbacks: each test names the behaviour a learner would see on the Versions panel.
const change = (action: ConfigChange['action'], candidate: string, before: TrafficVariant[], after: TrafficVariant[], at: number): ConfigChange => ({
  action,
  candidate,
  before,
  after,
  at,
});
const split = (stable: string, candidate: string, p: number): TrafficVariant[] => [
  { version: stable, weight: 100 - p },
  { version: candidate, weight: p },
];
const v1 = allTrafficTo('v1');
// Releases start at a time that is not 0, so a span is end minus start, not end plus start.
const T = 1_000_000;

describe('canaryVariants and allTrafficTo', () => {
  it('says which version already serves as stable', () => {
    expect(canaryVariants('v2', 'v2', 10)).toEqual({ ok: false, reason: 'v2 already serves as the stable version; pick another version as the canary.' });
  });

  it('gives one version 100 % of traffic', () => {
    expect(allTrafficTo('v7')).toEqual([{ version: 'v7', weight: 100 }]);
  });
});

describe('stableVersion', () => {
  it('is never the candidate, even when the candidate has the most traffic', () => {
    expect(stableVersion(split('v1', 'v2', 80).reverse(), 'v2')).toBe('v1');
    expect(stableVersion([{ version: 'v2', weight: 70 }, { version: 'v1', weight: 30 }], 'v2')).toBe('v1');
  });

  it('skips versions with 0 % of traffic', () => {
    expect(stableVersion([{ version: 'v2', weight: 100 }, { version: 'v1', weight: 0 }], 'v2')).toBeNull();
  });

  it('picks the heaviest of several other versions, wherever it is listed', () => {
    const variants = [
      { version: 'v4', weight: 30 },
      { version: 'v1', weight: 60 },
      { version: 'v3', weight: 10 },
    ];
    expect(stableVersion(variants, 'v3')).toBe('v1');
  });
});

describe('rollbackTarget', () => {
  it('restores the config before a single canary', () => {
    expect(rollbackTarget([change('canary', 'v3', v1, split('v1', 'v3', 10), T)])).toEqual(v1);
  });

  it('goes back to before the newest canary, not to before an earlier canary of the same version that was rolled back', () => {
    const older = allTrafficTo('v0');
    const h = [
      change('canary', 'v3', older, split('v0', 'v3', 10), T),
      change('rollback', 'v3', split('v0', 'v3', 10), v1, T + 1),
      change('canary', 'v3', v1, split('v1', 'v3', 10), T + 2),
    ];
    expect(rollbackTarget(h)).toEqual(v1);
  });

  it('treats a canary of another version as the end of the release before it', () => {
    const h = [change('canary', 'v2', v1, split('v1', 'v2', 10), T), change('canary', 'v3', split('v1', 'v2', 10), split('v1', 'v3', 10), T + 1)];
    expect(rollbackTarget(h)).toEqual(split('v1', 'v2', 10));
  });

  it('treats a promotion as the end of a release, even of the same version', () => {
    const h = [change('promote', 'v3', v1, allTrafficTo('v3'), T), change('promote', 'v3', allTrafficTo('v3'), allTrafficTo('v3'), T + 1)];
    expect(rollbackTarget(h)).toEqual(allTrafficTo('v3'));
  });

  it('is null when the release began from an empty config', () => {
    expect(rollbackTarget([change('canary', 'v3', [], split('v1', 'v3', 10), T)])).toBeNull();
  });
});

describe('describeRelease', () => {
  it('says 90 s as 2 min and 89 s as seconds', () => {
    const started = change('canary', 'v3', v1, split('v1', 'v3', 10), T);
    expect(describeRelease([started], T + 89_000)).toBe('You are running a canary: v3 has had 10% of traffic for 89 s so far.');
    expect(describeRelease([started], T + 90_000)).toBe('You are running a canary: v3 has had 10% of traffic for 2 min so far.');
  });

  it('says a lone rollback, or a rollback after a rollback, went back to an earlier config', () => {
    expect(describeRelease([change('rollback', 'v3', split('v1', 'v3', 10), v1, T)], T)).toBe('You rolled back to an earlier config.');
    const h = [change('canary', 'v3', v1, split('v1', 'v3', 10), T), change('rollback', 'v3', split('v1', 'v3', 10), v1, T + 1), change('rollback', 'v3', v1, v1, T + 2)];
    expect(describeRelease(h, T + 3)).toBe('You rolled back to an earlier config.');
  });

  it('names an all-at-once release that was rolled back', () => {
    const h = [change('promote', 'v3', v1, allTrafficTo('v3'), T), change('rollback', 'v3', allTrafficTo('v3'), v1, T + 10_000)];
    expect(describeRelease(h, T + 20_000)).toBe('You released v3 all at once (100% of traffic), then rolled back.');
  });

  it('lists each size of a resized canary, in order, and times it from its first step', () => {
    const h = [change('canary', 'v3', v1, split('v1', 'v3', 10), T), change('canary', 'v3', split('v1', 'v3', 10), split('v1', 'v3', 20), T + 60_000)];
    expect(describeRelease(h, T + 120_000)).toBe('You are running a canary: v3 has had 10%, then 20% of traffic for 2 min so far.');
  });

  it('counts only the newest canary after a rollback of the same version', () => {
    const h = [
      change('canary', 'v3', v1, split('v1', 'v3', 10), T),
      change('rollback', 'v3', split('v1', 'v3', 10), v1, T + 60_000),
      change('canary', 'v3', v1, split('v1', 'v3', 20), T + 120_000),
    ];
    expect(describeRelease(h, T + 150_000)).toBe('You are running a canary: v3 has had 20% of traffic for 30 s so far.');
  });

  it('does not count a canary of another version before it', () => {
    const h = [change('canary', 'v2', v1, split('v1', 'v2', 5), T), change('canary', 'v3', split('v1', 'v2', 5), split('v1', 'v3', 10), T + 60_000)];
    expect(describeRelease(h, T + 90_000)).toBe('You are running a canary: v3 has had 10% of traffic for 30 s so far.');
  });

  it('reads a stored change that lost the candidate from its config as 0 %', () => {
    expect(describeRelease([change('canary', 'v3', v1, v1, T)], T + 5_000)).toBe('You are running a canary: v3 has had 0% of traffic for 5 s so far.');
  });
});
