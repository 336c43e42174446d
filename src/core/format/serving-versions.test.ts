// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { servingPhrase, servingVariants } from './serving-versions';

describe('servingPhrase', () => {
  it('names a lone version without a share, and a split with each share, largest first', () => {
    expect(servingPhrase([{ version: 'v1', weight: 100 }])).toBe('v1');
    expect(servingPhrase([{ version: 'v1', weight: 10 }, { version: 'v2', weight: 90 }])).toBe('v2 (90 %) and v1 (10 %)');
    expect(servingPhrase([{ version: 'v1', weight: 20 }, { version: 'v3', weight: 50 }, { version: 'v2', weight: 30 }])).toBe('v3 (50 %), v2 (30 %) and v1 (20 %)');
  });

  it('leaves out versions without traffic, and says nothing when none serves', () => {
    expect(servingPhrase([{ version: 'v1', weight: 0 }, { version: 'v2', weight: 100 }])).toBe('v2');
    expect(servingPhrase([{ version: 'v1', weight: 0 }])).toBe('');
  });

  it('names every version with traffic exactly once, whatever the order of the config', () => {
    const variants = fc.uniqueArray(fc.record({ version: fc.integer({ min: 1, max: 99 }).map((n) => `v${n}`), weight: fc.integer({ min: 0, max: 100 }) }), { selector: (v) => v.version, maxLength: 6 });
    fc.assert(
      fc.property(variants, (vs) => {
        const phrase = servingPhrase(vs);
        for (const v of vs) expect(phrase.split(/[ ,()]+/).filter((w) => w === v.version)).toHaveLength(v.weight > 0 ? 1 : 0);
        const shares = servingVariants(vs).map((v) => v.weight);
        expect(shares).toEqual([...shares].sort((a, b) => b - a));
      }),
    );
  });
});
