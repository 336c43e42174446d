import { z } from 'zod';
import { artifactByteSize, deployableArtifactSchema } from '../core/modeling/artifact';
import type { DeployableArtifact } from '../core/modeling/artifact';

/** IndexedDB database, its version and its one object store (keys: 'latest' and 'versions'). */
export const ARTIFACT_DB = 'deploy-lab';
export const ARTIFACT_DB_VERSION = 1;
export const ARTIFACT_STORE = 'artifacts';
/** How many saved versions are kept (newest first). */
export const MAX_SAVED_VERSIONS = 10;

const savedArtifactSchema = z.object({
  id: z.string().min(1),
  savedAt: z.iso.datetime({ offset: true }),
  runId: z.string().min(1),
  sizeBytes: z.number().int().nonnegative(),
  artifact: deployableArtifactSchema,
});
/** A saved model: the artifact, which run it came from, when it was saved and how big its files are. */
export type SavedArtifact = z.infer<typeof savedArtifactSchema>;

/** The minimal key–value surface of the object store (IndexedDB in browsers, a Map in jsdom tests). */
export interface ArtifactBackend {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A backend that keeps values in memory (jsdom has no indexedDB; tests pass their own). */
export function memoryBackend(init: Record<string, unknown> = {}): ArtifactBackend {
  const data = new Map(Object.entries(init));
  return {
    get: async (key) => structuredClone(data.get(key)),
    put: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** A backend on one IndexedDB object store; the database is opened on first use. */
export function indexedDbBackend(factory: IDBFactory): ArtifactBackend {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(ARTIFACT_DB, ARTIFACT_DB_VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(ARTIFACT_STORE)) req.result.createObjectStore(ARTIFACT_STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    // A failed open is not kept, so a later call can retry.
    db.catch(() => {
      db = null;
    });
    return db;
  };
  const store = async (mode: IDBTransactionMode) => (await open()).transaction(ARTIFACT_STORE, mode).objectStore(ARTIFACT_STORE);
  return {
    get: async (key) => request((await store('readonly')).get(key)),
    put: async (key, value) => void (await request((await store('readwrite')).put(value, key))),
    remove: async (key) => void (await request((await store('readwrite')).delete(key))),
  };
}

let defaultBackend: ArtifactBackend | null = null;

/** IndexedDB when the environment has it, otherwise an in-memory store (saved models then last for this visit). */
function backend(): ArtifactBackend {
  if (!defaultBackend) {
    let factory: IDBFactory | undefined;
    try {
      factory = typeof indexedDB === 'undefined' ? undefined : indexedDB;
    } catch {
      factory = undefined;
    }
    defaultBackend = factory ? indexedDbBackend(factory) : memoryBackend();
  }
  return defaultBackend;
}

/** What is saved: the latest model and every kept version (newest first), with a notice when something could not be read. */
export interface LoadedArtifacts {
  latest: SavedArtifact | null;
  versions: SavedArtifact[];
  notice: string | null;
}

const UNREADABLE = 'A saved model could not be read (it may be from an older version of Deploy Lab), so it is ignored. Save your model again.';
const BLOCKED = 'Your browser blocked storage for saved models, so a saved model will not survive a reload.';

/** Reads the saved models; missing → none, unreadable entries → left out plus a notice. Never throws. */
export async function loadSavedArtifacts(store: ArtifactBackend = backend()): Promise<LoadedArtifacts> {
  let latestRaw: unknown;
  let versionsRaw: unknown;
  try {
    [latestRaw, versionsRaw] = await Promise.all([store.get('latest'), store.get('versions')]);
  } catch {
    return { latest: null, versions: [], notice: BLOCKED };
  }
  let unreadable = false;
  let latest: SavedArtifact | null = null;
  if (latestRaw !== undefined) {
    const r = savedArtifactSchema.safeParse(latestRaw);
    if (r.success) latest = r.data;
    else unreadable = true;
  }
  const versions: SavedArtifact[] = [];
  if (versionsRaw !== undefined) {
    if (Array.isArray(versionsRaw)) {
      for (const v of versionsRaw) {
        const r = savedArtifactSchema.safeParse(v);
        if (r.success) versions.push(r.data);
        else unreadable = true;
      }
    } else unreadable = true;
  }
  return { latest, versions, notice: unreadable ? UNREADABLE : null };
}

/** Only the newest saved model (what the deployment stage deploys), or null. Never throws. */
export async function loadLatestArtifact(store: ArtifactBackend = backend()): Promise<SavedArtifact | null> {
  return (await loadSavedArtifacts(store)).latest;
}

/** The outcome of a save: the saved entry, or why it could not be stored. */
export type SaveResult = { ok: true; saved: SavedArtifact } | { ok: false; message: string };

/** Saves an artifact as 'latest' and at the front of the versions list (at most MAX_SAVED_VERSIONS). Never throws. */
export async function saveArtifact(artifact: DeployableArtifact, runId: string, now: Date = new Date(), store: ArtifactBackend = backend()): Promise<SaveResult> {
  const parsed = deployableArtifactSchema.safeParse(artifact);
  if (!parsed.success) return { ok: false, message: 'The model does not match the artifact format, so it was not saved.' };
  const savedAt = now.toISOString();
  const saved: SavedArtifact = { id: `saved-${now.getTime()}`, savedAt, runId, sizeBytes: artifactByteSize(parsed.data), artifact: parsed.data };
  try {
    const { versions } = await loadSavedArtifacts(store);
    await store.put('versions', [saved, ...versions.filter((v) => v.id !== saved.id)].slice(0, MAX_SAVED_VERSIONS));
    await store.put('latest', saved);
    return { ok: true, saved };
  } catch {
    return { ok: false, message: 'The browser refused to store the model (storage may be full or blocked). Download the files instead.' };
  }
}

/** Removes every saved model ("start over"). Never throws. */
export async function clearSavedArtifacts(store: ArtifactBackend = backend()): Promise<void> {
  try {
    await Promise.all([store.remove('latest'), store.remove('versions')]);
  } catch {
    // Nothing that could be removed.
  }
}
