import { openDB } from 'idb';
import { z } from 'zod';
import { trainConfigSchema } from '../core/modeling/train-config';
import { inlineModelSchema } from '../core/serving/model-artifact';

/** The IndexedDB database that keeps the learner's training and tune runs across reloads. */
export const RUNS_DB_NAME = 'deploy-lab-runs';
const STORE = 'session';
const KEY = 'v1';

/** How many finished runs are kept (newest first); older ones are dropped on save. */
export const MAX_STORED_RUNS = 20;

// A diverged run's curves hold NaN or Infinity, which IndexedDB keeps as they are; any number is valid here.
const anyNumber = z.custom<number>((v) => typeof v === 'number');

const pointSchema = z.object({ epoch: z.number().int().nonnegative(), loss: anyNumber, accuracy: anyNumber, valLoss: anyNumber, valAccuracy: anyNumber });

/** One finished run as stored: the same fields the modeling pages show, checked on load. */
export const storedRunSchema = z.object({
  id: z.string().max(200),
  source: z.enum(['train', 'tune']),
  config: trainConfigSchema,
  points: z.array(pointSchema).max(5000),
  status: z.enum(['completed', 'stopped', 'diverged', 'error']),
  error: z.string().max(2000).optional(),
  model: inlineModelSchema.nullable(),
  durationMs: z.number().nonnegative(),
  elapsedMs: z.number().nonnegative(),
  backend: z.string().max(100),
  startedAt: z.string().max(100),
  dataKey: z.string().max(2000),
  afterTestSeen: z.boolean(),
});
export type StoredRun = z.infer<typeof storedRunSchema>;

const storedSessionSchema = z.object({ runs: z.array(storedRunSchema).max(MAX_STORED_RUNS), chosenRunId: z.string().nullable() });

/** The runs an earlier visit left (newest first), the chosen run's id, and a notice when they were unusable. */
export interface StoredRuns {
  runs: StoredRun[];
  chosenRunId: string | null;
  notice: string | null;
}

/** The notice when the stored runs were unreadable: what happened and what it means. */
export const CORRUPT_RUNS_NOTICE =
  'The training runs saved by an earlier visit could not be read (damaged, or written by another version of Deploy Lab), so they were discarded: the list starts empty. Train again to get runs.';

function open() {
  return openDB(RUNS_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
}

/** Reads the stored runs; missing → empty, invalid → cleared plus a notice, no IndexedDB → empty. Never throws. */
export async function loadStoredRuns(): Promise<StoredRuns> {
  let db: Awaited<ReturnType<typeof open>>;
  try {
    db = await open();
  } catch {
    return { runs: [], chosenRunId: null, notice: null };
  }
  try {
    const raw: unknown = await db.get(STORE, KEY);
    if (raw === undefined) return { runs: [], chosenRunId: null, notice: null };
    const r = storedSessionSchema.safeParse(raw);
    if (r.success) return { ...r.data, notice: null };
    await db.delete(STORE, KEY);
    return { runs: [], chosenRunId: null, notice: CORRUPT_RUNS_NOTICE };
  } catch {
    return { runs: [], chosenRunId: null, notice: CORRUPT_RUNS_NOTICE };
  } finally {
    db.close();
  }
}

/** Keeps the newest MAX_STORED_RUNS finished runs (input newest first); the chosen id is dropped if its run is not kept. */
export function boundRuns(runs: readonly StoredRun[], chosenRunId: string | null): { runs: StoredRun[]; chosenRunId: string | null } {
  const kept = runs.slice(0, MAX_STORED_RUNS);
  return { runs: kept, chosenRunId: chosenRunId && kept.some((r) => r.id === chosenRunId) ? chosenRunId : null };
}

/** Saves the finished runs (newest first, bounded) and the chosen run; storage errors are ignored (runs then last for this visit). */
export async function saveStoredRuns(runs: readonly StoredRun[], chosenRunId: string | null): Promise<void> {
  try {
    const db = await open();
    try {
      await db.put(STORE, boundRuns(runs, chosenRunId), KEY);
    } finally {
      db.close();
    }
  } catch {
    // Quota or a private window: the runs stay in the page for this visit.
  }
}

/** Writes raw data under the runs key (tests: a damaged store). */
export async function writeRawRunsForTests(value: unknown): Promise<void> {
  const db = await open();
  await db.put(STORE, value, KEY);
  db.close();
}
