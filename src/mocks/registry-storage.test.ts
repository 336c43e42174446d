// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelVersion } from '../core/serving/model-artifact';
import { defaultRegistryState } from '../core/serving/registry-state';
import type { RegistryState } from '../core/serving/registry-state';
import { loadRegistryState, REGISTRY_KEY, saveRegistryState } from './registry-storage';

/** An in-memory Storage, as localStorage behaves; `fail` makes reads or writes throw like a blocked or full store. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly fail: { read?: boolean; write?: boolean } = {}) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    if (this.fail.read) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.fail.write) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function storageWith(raw: string): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(REGISTRY_KEY, raw);
  return storage;
}

function modelVersion(name: string, description: string): ModelVersion {
  return {
    version: name,
    registeredAt: '2026-01-01T00:00:00.000Z',
    card: {
      name: 'penguins-mlp',
      description,
      created: '2026-01-01',
      seed: 42,
      split: { train: 240, validation: 51, test: 51 },
      metrics: { validation_accuracy: 1, test_accuracy: 1 },
      architecture: '4-16-3 MLP (relu, softmax)',
    },
    preprocessing: {
      format: 'deploy-lab/preprocessing@1',
      features: [{ name: 'bill_length_mm', unit: 'mm', mean: 44, std: 5, min: 10, max: 100 }],
      classes: ['Adelie', 'Chinstrap', 'Gentoo'],
    },
    source:
      name === 'v1'
        ? { kind: 'url', modelUrl: '/models/penguins/v1/model.json' }
        : { kind: 'inline', model: { modelTopology: { class_name: 'Sequential' }, weightSpecs: [], weightData: '' } },
  };
}

const reference = modelVersion('v1', 'The shipped reference model.');

/** What a learner's session leaves behind: a registered v2 and a canary endpoint splitting traffic. */
function learnerState(): RegistryState {
  const state = defaultRegistryState(reference, '2026-02-01T00:00:00.000Z');
  state.versions.push(modelVersion('v2', 'Retrained with more epochs.'));
  state.endpoints.push({
    name: 'canary',
    variants: [
      { version: 'v1', weight: 90 },
      { version: 'v2', weight: 10 },
    ],
    createdAt: '2026-02-02T00:00:00.000Z',
    updatedAt: '2026-02-02T00:00:00.000Z',
  });
  return state;
}

/** The default state, with its time stamps (set at load time) left out of the comparison. */
function expectDefault(state: RegistryState): void {
  expect(state.versions).toEqual([reference]);
  expect(state.endpoints).toEqual([{ name: 'penguins', variants: [{ version: 'v1', weight: 100 }], createdAt: expect.any(String), updatedAt: expect.any(String) }]);
}

describe('loadRegistryState', () => {
  it('starts from the default, without a notice, when nothing is stored', () => {
    const loaded = loadRegistryState(new MemoryStorage(), reference);
    expectDefault(loaded.state);
    expect(loaded.notice).toBeNull();
  });

  it('starts from the default when there is no storage at all (e.g. in a worker)', () => {
    const loaded = loadRegistryState(undefined, reference);
    expectDefault(loaded.state);
    expect(loaded.notice).toBeNull();
  });

  it('restores a valid stored state as it was saved', () => {
    const loaded = loadRegistryState(storageWith(JSON.stringify(learnerState())), reference);
    expect(loaded.state).toEqual(learnerState());
    expect(loaded.notice).toBeNull();
  });

  it('falls back to the default with a notice when the stored text is not JSON', () => {
    const loaded = loadRegistryState(storageWith('{"format":"deploy-lab/registry@1","versions":['), reference);
    expectDefault(loaded.state);
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['an older format', JSON.stringify({ ...learnerState(), format: 'deploy-lab/registry@0' })],
    ['an endpoint with a bad name', JSON.stringify({ ...learnerState(), endpoints: [{ name: 'Bad Name!', variants: [], createdAt: '', updatedAt: '' }] })],
    ['a version without its card', JSON.stringify({ ...learnerState(), versions: [{ ...reference, card: undefined }] })],
  ])('falls back to the default with a notice when the stored JSON has the wrong shape (%s)', (_what, raw) => {
    const loaded = loadRegistryState(storageWith(raw), reference);
    expectDefault(loaded.state);
    expect(loaded.notice).toMatch(/reset to its default/);
  });

  const meaning: [string, (s: RegistryState) => void][] = [
    ['weights summing to 30', (s) => {
        (s.endpoints[1] as RegistryState['endpoints'][number]).variants = [{ version: 'v1', weight: 20 }, { version: 'v2', weight: 10 }];
      }],
    ['weights of -50 and 150', (s) => {
        (s.endpoints[1] as RegistryState['endpoints'][number]).variants = [{ version: 'v1', weight: -50 }, { version: 'v2', weight: 150 }];
      }],
    ['an endpoint stored twice', (s) => void s.endpoints.push(structuredClone(s.endpoints[0] as RegistryState['endpoints'][number]))],
    ['a version stored twice', (s) => void s.versions.push(modelVersion('v2', 'Again.'))],
    ['a variant naming an unregistered version', (s) => {
        (s.endpoints[1] as RegistryState['endpoints'][number]).variants = [{ version: 'v9', weight: 100 }];
      }],
    ['an inline model whose weights do not match their specs', (s) => {
      const v2 = s.versions[1] as ModelVersion;
      if (v2.source.kind === 'inline') v2.source.model.weightSpecs = [{ name: 'dense/kernel', shape: [1, 3], dtype: 'float32' }];
    }],
    ['a model URL on another origin', (s) => {
        s.versions[0] = { ...reference, source: { kind: 'url', modelUrl: 'https://evil.example/model.json' } };
      }],
    ['a protocol-relative model URL', (s) => {
        s.versions[0] = { ...reference, source: { kind: 'url', modelUrl: '//evil.example/model.json' } };
      }],
  ];
  it.each(meaning)('falls back to the default with a notice when the stored state has the right shape but %s', (_what, spoil) => {
    const state = learnerState();
    spoil(state);
    const loaded = loadRegistryState(storageWith(JSON.stringify(state)), reference);
    expectDefault(loaded.state);
    expect(loaded.notice).toMatch(/reset to its default/);
  });

  it('loads arbitrary stored registries as themselves when the API could have written them, else as the default with a notice', () => {
    const seen = { kept: 0, reset: 0 };
    fc.assert(
      fc.property(
        fc.array(fc.record({ version: fc.constantFrom('v1', 'v2', 'v3'), weight: fc.oneof(fc.constantFrom(0, 10, 50, 90, 100), fc.double({ min: -200, max: 200, noNaN: true })) }), { maxLength: 3 }),
        fc.constantFrom('/models/penguins/v1/model.json', 'https://evil.example/m.json', '//evil.example/m.json', '/x\\y'),
        fc.boolean(),
        (variants, modelUrl, duplicateEndpoint) => {
          const state = learnerState();
          (state.endpoints[1] as RegistryState['endpoints'][number]).variants = variants;
          if (duplicateEndpoint) state.endpoints.push(structuredClone(state.endpoints[0] as RegistryState['endpoints'][number]));
          state.versions[0] = { ...reference, source: { kind: 'url', modelUrl } };
          const loaded = loadRegistryState(storageWith(JSON.stringify(state)), reference);
          // An independent statement of the rules: registered, distinct versions; weights 0–100 summing to 100; a same-origin URL; unique endpoints.
          const names = variants.map((v) => v.version);
          const valid =
            names.every((n) => n === 'v1' || n === 'v2') &&
            new Set(names).size === names.length &&
            variants.every((v) => v.weight >= 0 && v.weight <= 100) &&
            (variants.length === 0 || Math.abs(variants.reduce((a, v) => a + v.weight, 0) - 100) < 1e-9) &&
            modelUrl.startsWith('/models/') &&
            !duplicateEndpoint;
          if (valid) {
            expect(loaded.notice).toBeNull();
            expect(loaded.state).toEqual({ ...state, versions: [reference, ...state.versions.slice(1)] });
            seen.kept++;
          } else {
            expectDefault(loaded.state);
            expect(loaded.notice).toMatch(/reset to its default/);
            seen.reset++;
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(seen.kept).toBeGreaterThan(10);
    expect(seen.reset).toBeGreaterThan(10);
  });

  it('falls back to the default with a notice when the stored state lost the reference version', () => {
    const state = learnerState();
    state.versions = state.versions.filter((v) => v.version !== 'v1');
    const loaded = loadRegistryState(storageWith(JSON.stringify(state)), reference);
    expectDefault(loaded.state);
    expect(loaded.notice).not.toBeNull();
  });

  it('keeps the shipped reference version, whatever was stored under its name', () => {
    const state = learnerState();
    state.versions[0] = modelVersion('v1', 'An older build of the reference model.');
    const loaded = loadRegistryState(storageWith(JSON.stringify(state)), reference);
    expect(loaded.state.versions.find((v) => v.version === 'v1')).toEqual(reference);
    expect(loaded.state.versions.map((v) => v.version)).toEqual(['v1', 'v2']);
    expect(loaded.notice).toBeNull();
  });

  it('falls back to the default with a notice when storage cannot be read', () => {
    const loaded = loadRegistryState(new MemoryStorage({ read: true }), reference);
    expectDefault(loaded.state);
    expect(loaded.notice).toMatch(/blocked storage/);
  });
});

describe('saveRegistryState', () => {
  it('writes what loadRegistryState reads back', () => {
    const storage = new MemoryStorage();
    saveRegistryState(storage, learnerState());
    expect(JSON.parse(storage.getItem(REGISTRY_KEY) ?? 'null')).toEqual(learnerState());
    expect(loadRegistryState(storage, reference).state).toEqual(learnerState());
  });

  it('says false when the storage is full (the registry then refuses the change), true when written or absent', () => {
    expect(saveRegistryState(new MemoryStorage({ write: true }), learnerState())).toBe(false);
    expect(saveRegistryState(new MemoryStorage(), learnerState())).toBe(true);
    expect(saveRegistryState(undefined, learnerState())).toBe(true);
  });

  it('counts a storage blocked by privacy settings as written: the load notice already said changes last one visit', () => {
    const blocked = new MemoryStorage();
    blocked.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(saveRegistryState(blocked, learnerState())).toBe(true);
  });
});
