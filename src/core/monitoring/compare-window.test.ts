// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lastTrafficChange, versionStatsSince } from './compare-window';
import { computeDashboard } from './dashboard';
import { entry } from './test-fixtures';
import type { ConfigChange } from './versions';

const CHANGE = 100_000;
const NOW = CHANGE + 20_000;

/**
 * 40 s of v1 alone at 5 requests/s before a canary at CHANGE, then 20 s split 80/20 (every fifth request to v2).
 * The last minute then spans the change: v1 gets its 200 old requests plus 80 new ones.
 */
function log() {
  const before = Array.from({ length: 200 }, (_, i) => entry({ startedAt: CHANGE - 40_000 + i * 200, modelVersion: 'v1' }));
  const put = entry({ kind: 'other', method: 'PUT', path: '/api/endpoints/penguins', status: 200, startedAt: CHANGE - 30, durationMs: 30, modelVersion: null });
  const after = Array.from({ length: 100 }, (_, i) => entry({ startedAt: CHANGE + i * 200, modelVersion: i % 5 === 4 ? 'v2' : 'v1' }));
  return [...before, put, ...after];
}

const canary = (at: number): ConfigChange => ({
  action: 'canary',
  at,
  candidate: 'v2',
  before: [{ version: 'v1', weight: 100 }],
  after: [
    { version: 'v1', weight: 80 },
    { version: 'v2', weight: 20 },
  ],
});

describe('versionStatsSince', () => {
  it('counts only requests routed by the config in force: shares match the 80/20 split', () => {
    const stats = versionStatsSince(log(), { since: CHANGE, now: NOW });
    expect(stats.map((v) => [v.version, v.requests])).toEqual([
      ['v1', 80],
      ['v2', 20],
    ]);
  });

  it('where a fixed last minute spanning the change does not (the bug: 20 % beside far more than 80 %)', () => {
    const minute = computeDashboard(log(), { now: NOW, windowMs: 60_000 }).versions;
    const v1 = minute.find((v) => v.version === 'v1')?.requests ?? 0;
    const v2 = minute.find((v) => v.version === 'v2')?.requests ?? 0;
    expect(v2 / (v1 + v2)).toBeLessThan(0.1);
  });

  it('joins feedback that came in at any time to the requests it labels', () => {
    const entries = [entry({ startedAt: CHANGE + 10, requestId: 'a', predictions: ['Adelie'] }), entry({ kind: 'feedback', startedAt: CHANGE + 5_000, status: 202, feedback: [{ requestId: 'a', labels: ['Gentoo'] }] })];
    expect(versionStatsSince(entries, { since: CHANGE, now: NOW })[0]).toMatchObject({ labelled: 1, accuracy: 0 });
  });
});

describe('lastTrafficChange', () => {
  it('is the newest of the recorded changes and the accepted config PUTs in the log (from their answer)', () => {
    expect(lastTrafficChange(log(), 'penguins', [])).toBe(CHANGE);
    expect(lastTrafficChange(log(), 'penguins', [canary(CHANGE + 5)])).toBe(CHANGE + 5);
    expect(lastTrafficChange([], 'penguins', [canary(7), canary(9), canary(8)])).toBe(9);
  });

  it('ignores refused PUTs, other endpoints and reads, and is null when nothing changed', () => {
    const entries = [
      entry({ kind: 'other', method: 'PUT', path: '/api/endpoints/penguins', status: 422, startedAt: 5 }),
      entry({ kind: 'other', method: 'PUT', path: '/api/endpoints/other', status: 200, startedAt: 6 }),
      entry({ kind: 'other', method: 'GET', path: '/api/endpoints/penguins', status: 200, startedAt: 7 }),
    ];
    expect(lastTrafficChange(entries, 'penguins', [])).toBeNull();
    expect(lastTrafficChange([entry({ kind: 'other', method: 'DELETE', path: '/api/endpoints/penguins', status: 204, startedAt: 10, durationMs: 2 })], 'penguins', [])).toBe(12);
  });
});
