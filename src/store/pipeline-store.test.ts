import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../core/data/pipeline-state';
import { loadPipelineState, PIPELINE_KEY, savePipelineState } from './pipeline-store';

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

describe('pipeline store', () => {
  it('starts from defaults without a notice when nothing is saved', () => {
    expect(loadPipelineState(memoryStorage())).toEqual({ state: DEFAULT_PIPELINE, notice: null });
  });

  it('gives back what was saved', () => {
    const store = memoryStorage();
    const state = { ...DEFAULT_PIPELINE, messy: true };
    savePipelineState(state, store);
    expect(loadPipelineState(store).state).toEqual(state);
  });

  it.each(['{not json', '[]', '{"messy":"yes"}', 'null'])('resets %j to defaults with a visible notice', (raw) => {
    const loaded = loadPipelineState(memoryStorage({ [PIPELINE_KEY]: raw }));
    expect(loaded.state).toEqual(DEFAULT_PIPELINE);
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('survives storage that throws', () => {
    const broken = { ...memoryStorage(), getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); } } as Storage;
    expect(loadPipelineState(broken).notice).toMatch(/blocked storage/);
    expect(() => savePipelineState(DEFAULT_PIPELINE, broken)).not.toThrow();
  });
});
