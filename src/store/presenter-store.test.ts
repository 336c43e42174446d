import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESENTER_SETTINGS, loadPresenterSettings, PRESENTER_KEY, savePresenterSettings } from './presenter-store';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('presenter store', () => {
  it('starts with the defaults when nothing is stored', () => {
    expect(loadPresenterSettings(memoryStorage())).toEqual(DEFAULT_PRESENTER_SETTINGS);
  });

  it('remembers what was saved', () => {
    const store = memoryStorage();
    savePresenterSettings({ presenter: true, shortcuts: false }, store);
    expect(loadPresenterSettings(store)).toEqual({ presenter: true, shortcuts: false });
  });

  it('a corrupt value gives the defaults and is removed', () => {
    for (const raw of ['{not json', '"on"', '{"presenter":"yes","shortcuts":true}', '{"presenter":true}', 'null', '[]']) {
      const store = memoryStorage();
      store.setItem(PRESENTER_KEY, raw);
      expect(loadPresenterSettings(store), raw).toEqual(DEFAULT_PRESENTER_SETTINGS);
      expect(store.getItem(PRESENTER_KEY), raw).toBeNull();
    }
  });

  it('any stored string loads without throwing and gives valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const store = memoryStorage();
        store.setItem(PRESENTER_KEY, raw);
        const s = loadPresenterSettings(store);
        expect(typeof s.presenter).toBe('boolean');
        expect(typeof s.shortcuts).toBe('boolean');
      }),
    );
  });

  it('blocked storage gives the defaults', () => {
    const blocked = memoryStorage();
    blocked.getItem = () => {
      throw new Error('SecurityError');
    };
    expect(loadPresenterSettings(blocked)).toEqual(DEFAULT_PRESENTER_SETTINGS);
    expect(loadPresenterSettings(undefined)).toEqual(DEFAULT_PRESENTER_SETTINGS);
  });
});
