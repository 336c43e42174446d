import { describe, expect, it } from 'vitest';
import { loadFoundMistakes, MISTAKES_FOUND_KEY, saveFoundMistakes } from './mistakes-found-store';

function memoryStorage(init: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(init));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('found mistakes store', () => {
  it('gives back what was saved, and nothing when nothing was', () => {
    const store = memoryStorage();
    expect(loadFoundMistakes(store)).toEqual([]);
    saveFoundMistakes(['kg', 'label'], store);
    expect(loadFoundMistakes(store)).toEqual(['kg', 'label']);
  });

  it('refuses stored data that is not a list of known mistake ids', () => {
    expect(loadFoundMistakes(memoryStorage({ [MISTAKES_FOUND_KEY]: '["kg","all"]' }))).toEqual([]);
    expect(loadFoundMistakes(memoryStorage({ [MISTAKES_FOUND_KEY]: '{' }))).toEqual([]);
  });
});
