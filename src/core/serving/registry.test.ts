// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createRng } from '../rng';
import type { ModelVersion } from './model-artifact';
import { pickVariant, Registry } from './registry';
import { defaultRegistryState, parseRegistryState } from './registry-state';
import type { RegistryState, Variant } from './registry-state';

const AT = '2026-01-01T00:00:00.000Z';

/** A small but valid model version: the registry never looks at the weights, only at names and schemas. */
function version(name: string): ModelVersion {
  return {
    version: name,
    registeredAt: AT,
    card: {
      name: 'test-model',
      description: 'A fixture.',
      created: '2026-01-01',
      seed: 1,
      split: { train: 3, validation: 1, test: 1 },
      metrics: { validation_accuracy: 1, test_accuracy: null },
      architecture: '2-3 MLP',
    },
    preprocessing: {
      format: 'deploy-lab/preprocessing@1',
      features: [
        { name: 'a', unit: 'mm', mean: 0, std: 1, min: -10, max: 10 },
        { name: 'b', unit: 'g', mean: 5, std: 2, min: 0, max: 10 },
      ],
      classes: ['x', 'y'],
    },
    source: { kind: 'inline', model: { modelTopology: { class_name: 'Sequential' }, weightSpecs: [], weightData: '' } },
  };
}

/** A random source that replays `values` in order. */
function replay(...values: number[]): () => number {
  let i = 0;
  return () => values[i++] ?? Number.NaN;
}

describe('pickVariant', () => {
  const split: Variant[] = [
    { version: 'v1', weight: 70 },
    { version: 'v2', weight: 30 },
  ];

  it('maps random() onto the cumulative weights', () => {
    expect(pickVariant(split, replay(0))?.version).toBe('v1');
    expect(pickVariant(split, replay(0.69))?.version).toBe('v1');
    expect(pickVariant(split, replay(0.7))?.version).toBe('v2');
    expect(pickVariant(split, replay(0.999999))?.version).toBe('v2');
  });

  it('returns the last live variant for random() → 0.999999', () => {
    const three: Variant[] = [
      { version: 'v1', weight: 50 },
      { version: 'v2', weight: 50 },
      { version: 'v3', weight: 0 },
    ];
    expect(pickVariant(three, replay(0.999999))?.version).toBe('v2');
    expect(pickVariant(three, () => 1 - Number.EPSILON)?.version).toBe('v2');
  });

  it('returns null when no variant has weight, or there are none', () => {
    expect(pickVariant([], replay(0.5))).toBeNull();
    expect(
      pickVariant(
        [
          { version: 'v1', weight: 0 },
          { version: 'v2', weight: 0 },
        ],
        replay(0.5),
      ),
    ).toBeNull();
  });

  it('draws exactly one number per pick', () => {
    const random = vi.fn(() => 0.5);
    pickVariant(split, random);
    expect(random).toHaveBeenCalledTimes(1);
  });

  it('never picks a variant of weight 0, whatever random() returns', () => {
    const variants = fc.array(fc.record({ version: fc.constantFrom('v1', 'v2', 'v3', 'v4'), weight: fc.constantFrom(0, 0, 1, 10, 33.3, 100) }), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(variants, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (vs, r) => {
        const picked = pickVariant(vs, () => r);
        if (vs.every((v) => v.weight === 0)) expect(picked).toBeNull();
        else {
          expect(picked).not.toBeNull();
          expect(picked?.weight).toBeGreaterThan(0);
          expect(vs).toContain(picked);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('shares traffic in proportion to the weights with a seeded source (same seed, same picks)', () => {
    const variants: Variant[] = [
      { version: 'v1', weight: 20 },
      { version: 'v2', weight: 0 },
      { version: 'v3', weight: 80 },
    ];
    const picks = (seed: number) => {
      const random = createRng(seed);
      return Array.from({ length: 10_000 }, () => pickVariant(variants, random)?.version);
    };
    const run = picks(11);
    expect(picks(11)).toEqual(run);
    const share = (v: string) => run.filter((x) => x === v).length / run.length;
    expect(share('v2')).toBe(0);
    expect(share('v1')).toBeCloseTo(0.2, 1);
    expect(share('v3')).toBeCloseTo(0.8, 1);
  });
});

describe('Registry', () => {
  const initial = () => defaultRegistryState(version('v1'), AT);

  it('starts from a copy of its initial state: outside edits do not leak in', () => {
    const state = initial();
    const registry = new Registry(state);
    state.endpoints.length = 0;
    expect(registry.getEndpoint('penguins')?.variants).toEqual([{ version: 'v1', weight: 100 }]);
  });

  it('creates an endpoint, then replaces its variants, saying which it did', () => {
    const registry = new Registry(initial());
    registry.addVersion(version('v2'));
    expect(registry.putEndpoint('canary', [{ version: 'v2', weight: 100 }], '2026-02-01')).toEqual({ ok: true, value: 'created' });
    expect(registry.getEndpoint('canary')).toEqual({ name: 'canary', variants: [{ version: 'v2', weight: 100 }], createdAt: '2026-02-01', updatedAt: '2026-02-01' });
    const next: Variant[] = [
      { version: 'v1', weight: 50 },
      { version: 'v2', weight: 50 },
    ];
    expect(registry.putEndpoint('canary', next, '2026-03-01')).toEqual({ ok: true, value: 'replaced' });
    expect(registry.getEndpoint('canary')).toEqual({ name: 'canary', variants: next, createdAt: '2026-02-01', updatedAt: '2026-03-01' });
    next.length = 0;
    expect(registry.getEndpoint('canary')?.variants).toHaveLength(2);
  });

  it('deletes an endpoint but keeps every version it served', () => {
    const registry = new Registry(initial());
    expect(registry.deleteEndpoint('penguins')).toEqual({ ok: true, value: true });
    expect(registry.getEndpoint('penguins')).toBeUndefined();
    expect(registry.listEndpoints()).toEqual([]);
    expect(registry.getVersion('v1')?.version).toBe('v1');
    expect(registry.deleteEndpoint('penguins')).toEqual({ ok: true, value: false });
  });

  it('replaces the whole state (reset to default)', () => {
    const registry = new Registry(initial());
    registry.addVersion(version('v2'));
    registry.deleteEndpoint('penguins');
    registry.replace(initial());
    expect(registry.snapshot()).toEqual(initial());
  });

  it('hands out snapshots that are copies', () => {
    const registry = new Registry(initial());
    const snap = registry.snapshot();
    snap.versions.length = 0;
    expect(registry.listVersions()).toHaveLength(1);
  });

  it('names the next version one past the highest "vN", gaps and order notwithstanding', () => {
    const registry = new Registry(initial());
    expect(registry.reserveVersion()).toBe('v2');
    registry.releaseVersion('v2');
    registry.addVersion(version('v7'));
    registry.addVersion(version('v3'));
    expect(registry.reserveVersion()).toBe('v8');
    expect(new Registry({ ...initial(), versions: [] }).reserveVersion()).toBe('v1');
  });

  it('reserves distinct names while registrations are pending, and refuses a name taken or reserved', () => {
    const registry = new Registry(initial());
    expect([registry.reserveVersion(), registry.reserveVersion(), registry.reserveVersion()]).toEqual(['v2', 'v3', 'v4']);
    expect(registry.reserveVersion('v3')).toBeNull();
    expect(registry.reserveVersion('v1')).toBeNull();
    expect(registry.reserveVersion('v9')).toBe('v9');
    expect(registry.reserveVersion()).toBe('v10');
    registry.releaseVersion('v3');
    expect(registry.reserveVersion('v3')).toBe('v3');
  });

  it('stores a change before making it, and refuses (changing nothing) when it cannot be stored', () => {
    let room = true;
    const stored: RegistryState[] = [];
    const registry = new Registry(initial(), (s) => {
      if (room) stored.push(s);
      return room;
    });
    expect(registry.addVersion(version('v2'))).toEqual({ ok: true, value: undefined });
    expect(stored.at(-1)?.versions.map((v) => v.version)).toEqual(['v1', 'v2']);
    room = false;
    const before = registry.snapshot();
    expect(registry.addVersion(version('v3'))).toEqual({ ok: false, reason: 'storage-full' });
    expect(registry.putEndpoint('penguins', [{ version: 'v2', weight: 100 }], 'later')).toEqual({ ok: false, reason: 'storage-full' });
    expect(registry.deleteEndpoint('penguins')).toEqual({ ok: false, reason: 'storage-full' });
    expect(registry.snapshot()).toEqual(before);
  });

  it('notifies subscribers after each change with a snapshot, until they unsubscribe', () => {
    const registry = new Registry(initial());
    const seen: RegistryState[] = [];
    const unsubscribe = registry.subscribe((s) => seen.push(s));
    registry.addVersion(version('v2'));
    registry.putEndpoint('canary', [{ version: 'v2', weight: 100 }], AT);
    registry.deleteEndpoint('canary');
    registry.replace(initial());
    expect(seen.map((s) => [s.versions.length, s.endpoints.length])).toEqual([
      [2, 1],
      [2, 2],
      [2, 1],
      [1, 1],
    ]);
    seen[0]?.versions.splice(0);
    expect(registry.listVersions()).toHaveLength(1);
    unsubscribe();
    registry.addVersion(version('v9'));
    expect(seen).toHaveLength(4);
  });

  it('does not notify when deleting an endpoint that does not exist', () => {
    const registry = new Registry(initial());
    const listener = vi.fn();
    registry.subscribe(listener);
    registry.deleteEndpoint('nobody');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('parseRegistryState', () => {
  it('accepts the default state and what JSON makes of it', () => {
    const state = defaultRegistryState(version('v1'), AT);
    expect(parseRegistryState(state)).toEqual(state);
    expect(parseRegistryState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('rejects garbage and near misses', () => {
    const good = defaultRegistryState(version('v1'), AT);
    for (const bad of [
      null,
      undefined,
      42,
      'deploy-lab/registry@1',
      [],
      {},
      { ...good, format: 'deploy-lab/registry@2' },
      { ...good, versions: 'v1' },
      { ...good, endpoints: [{ name: 'Not A Name', variants: [], createdAt: AT, updatedAt: AT }] },
      { ...good, endpoints: [{ name: 'penguins', variants: [{ version: 'v1', weight: '100' }], createdAt: AT, updatedAt: AT }] },
      { ...good, versions: [{ ...version('v1'), version: 'latest' }] },
      { ...good, versions: [{ ...version('v1'), preprocessing: { ...version('v1').preprocessing, classes: ['only-one'] } }] },
    ]) {
      expect(parseRegistryState(bad)).toBeNull();
    }
  });

  it('returns null or a valid state for any value, and never throws', () => {
    const good = defaultRegistryState(version('v1'), AT);
    const value = fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      // Mutants of a good state hit deeper parts of the schema than random values do.
      fc.record({ format: fc.constantFrom('deploy-lab/registry@1', 'x'), versions: fc.constantFrom(good.versions, [], [{}]), endpoints: fc.jsonValue() }),
    );
    fc.assert(
      fc.property(value, (v) => {
        const parsed = parseRegistryState(v);
        if (parsed !== null) {
          expect(parsed.format).toBe('deploy-lab/registry@1');
          expect(Array.isArray(parsed.versions)).toBe(true);
          expect(Array.isArray(parsed.endpoints)).toBe(true);
          // Valid means it survives a store-and-load round trip unchanged.
          expect(parseRegistryState(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
