// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArtifact, inlineModelFromFiles } from '../core/modeling/artifact';
import type { DeployableArtifact } from '../core/modeling/artifact';
import { DEFAULT_TRAIN_CONFIG } from '../core/modeling/train-config';
import { DEFAULT_PIPELINE } from '../core/data/pipeline-state';
import { fitScaler } from '../core/data/scaler';
import { clearSavedArtifacts, loadLatestArtifact, loadSavedArtifacts, MAX_SAVED_VERSIONS, memoryBackend, saveArtifact } from './artifact-store';
import type { ArtifactBackend } from './artifact-store';

const V1 = fileURLToPath(new URL('../../public/models/penguins/v1/', import.meta.url));

function artifact(runId = 'run-1'): DeployableArtifact {
  const model = inlineModelFromFiles(readFileSync(`${V1}model.json`, 'utf8'), new Uint8Array(readFileSync(`${V1}weights.bin`)));
  if (!model.ok) throw new Error('v1 unreadable');
  const a = buildArtifact({
    runId,
    config: DEFAULT_TRAIN_CONFIG,
    model: model.value,
    validationAccuracy: 0.98,
    testAccuracy: null,
    testSetSeenBeforeTraining: false,
    scaler: fitScaler('standard', [
      [40, 18, 190, 3800],
      [48, 15, 215, 5200],
    ]),
    pipeline: DEFAULT_PIPELINE,
    dataKey: 'seed=42',
    split: { train: 240, validation: 51, test: 51 },
    created: new Date('2026-11-26T17:00:00.000Z'),
  });
  if (!a.ok) throw new Error(a.problems.join('; '));
  return a.value;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 17, minute));

describe('artifact store (in-memory backend)', () => {
  it('has nothing saved at first', async () => {
    expect(await loadSavedArtifacts(memoryBackend())).toEqual({ latest: null, versions: [], notice: null });
  });

  it('saves the artifact as latest with its time, run and size, and lists versions newest first', async () => {
    const store = memoryBackend();
    const first = await saveArtifact(artifact('run-1'), 'run-1', at(1), store);
    const second = await saveArtifact(artifact('run-2'), 'run-2', at(2), store);
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.saved).toMatchObject({ id: `saved-${at(2).getTime()}`, savedAt: at(2).toISOString(), runId: 'run-2' });
    expect(second.saved.sizeBytes).toBeGreaterThan(524);
    const loaded = await loadSavedArtifacts(store);
    expect(loaded.latest).toEqual(second.saved);
    expect(loaded.versions.map((v) => v.runId)).toEqual(['run-2', 'run-1']);
    expect(loaded.latest?.artifact).toEqual(artifact('run-2'));
    expect(await loadLatestArtifact(store)).toEqual(second.saved);
  });

  it(`keeps at most ${MAX_SAVED_VERSIONS} versions`, async () => {
    const store = memoryBackend();
    for (let i = 0; i < MAX_SAVED_VERSIONS + 3; i++) await saveArtifact(artifact(), `run-${i}`, at(i), store);
    const { versions } = await loadSavedArtifacts(store);
    expect(versions).toHaveLength(MAX_SAVED_VERSIONS);
    expect(versions[0]?.runId).toBe(`run-${MAX_SAVED_VERSIONS + 2}`);
  });

  it('treats unreadable entries as none and says so', async () => {
    const store = memoryBackend({ latest: { id: 'x', artifact: 'garbage' }, versions: 'nope' });
    expect(await loadSavedArtifacts(store)).toEqual({ latest: null, versions: [], notice: expect.stringMatching(/could not be read/) });
    const good = await saveArtifact(artifact(), 'run-1', at(1), memoryBackend());
    if (!good.ok) throw new Error('save failed');
    const mixed = memoryBackend({ latest: good.saved, versions: [good.saved, { broken: true }] });
    const loaded = await loadSavedArtifacts(mixed);
    expect(loaded.latest).toEqual(good.saved);
    expect(loaded.versions).toHaveLength(1);
    expect(loaded.notice).toMatch(/could not be read/);
  });

  it('refuses an invalid artifact and never throws when the backend does', async () => {
    expect(await saveArtifact({ ...artifact(), card: {} } as unknown as DeployableArtifact, 'run-1', at(1), memoryBackend())).toEqual({ ok: false, message: expect.any(String) });
    const failing: ArtifactBackend = {
      get: () => Promise.reject(new Error('blocked')),
      put: () => Promise.reject(new Error('full')),
      remove: () => Promise.reject(new Error('blocked')),
    };
    expect((await loadSavedArtifacts(failing)).notice).toMatch(/blocked storage/);
    expect(await saveArtifact(artifact(), 'run-1', at(1), failing)).toEqual({ ok: false, message: expect.stringMatching(/refused to store/) });
    await expect(clearSavedArtifacts(failing)).resolves.toBeUndefined();
  });

  it('clears everything', async () => {
    const store = memoryBackend();
    await saveArtifact(artifact(), 'run-1', at(1), store);
    await clearSavedArtifacts(store);
    expect((await loadSavedArtifacts(store)).latest).toBeNull();
  });

  it('falls back to memory when the environment has no indexedDB (jsdom, Node)', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const r = await saveArtifact(artifact(), 'run-9', at(9));
    expect(r.ok).toBe(true);
    expect((await loadLatestArtifact())?.runId).toBe('run-9');
    await clearSavedArtifacts();
    expect(await loadLatestArtifact()).toBeNull();
  });
});
