// @vitest-environment node
// lastTrafficChange on hand-made logs: the newest change wins wherever it is, only accepted (2xx) PUT/DELETE count.
import { describe, expect, it } from 'vitest';
import { lastTrafficChange } from './compare-window';
import { entry } from './test-fixtures';
import type { ConfigChange } from './versions';

const change = (at: number): ConfigChange => ({ action: 'canary', at, candidate: 'v2', before: [], after: [] });
const put = (startedAt: number, status = 200, method = 'PUT') => entry({ kind: 'other', method, path: '/api/endpoints/penguins', status, startedAt, durationMs: 10, modelVersion: null });

describe('lastTrafficChange edges', () => {
  it('takes the newest recorded change, not the first or the last in the list', () => {
    expect(lastTrafficChange([], 'penguins', [change(5), change(9), change(7)])).toBe(9);
  });

  it('takes the newest accepted PUT or DELETE in the log, counted from its answer', () => {
    expect(lastTrafficChange([put(100), put(300, 204, 'DELETE'), put(200)], 'penguins', [])).toBe(310);
  });

  it('a logged change newer than the recorded ones wins; an older one does not', () => {
    expect(lastTrafficChange([put(500)], 'penguins', [change(400)])).toBe(510);
    expect(lastTrafficChange([put(100)], 'penguins', [change(400)])).toBe(400);
  });

  it('counts 200 to 299 and ignores 199, 300 and other methods', () => {
    expect(lastTrafficChange([put(100, 299)], 'penguins', [])).toBe(110);
    expect(lastTrafficChange([put(100, 199)], 'penguins', [])).toBeNull();
    expect(lastTrafficChange([put(100, 300)], 'penguins', [])).toBeNull();
    expect(lastTrafficChange([put(100, 200, 'GET')], 'penguins', [])).toBeNull();
  });
});
