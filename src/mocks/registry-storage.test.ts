// @vitest-environment node
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

  it('ignores a full or blocked storage instead of throwing', () => {
    expect(() => saveRegistryState(new MemoryStorage({ write: true }), learnerState())).not.toThrow();
    expect(() => saveRegistryState(undefined, learnerState())).not.toThrow();
  });
});
