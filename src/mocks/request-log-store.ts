import type { IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import { z } from 'zod';
import type { RequestLogEntry } from '../core/monitoring/log-entry';

/** The IndexedDB database that keeps the request log across pages and reloads. */
export const LOG_DB_NAME = 'deploy-lab-request-log';
const ENTRIES = 'entries';
const META = 'meta';
const TOTAL_KEY = 'total';

/** How often queued entries are written (ms): one transaction per interval, not one per request (50 a second). */
export const LOG_WRITE_INTERVAL_MS = 500;

const feedbackItemSchema = z.object({ requestId: z.string(), labels: z.array(z.string()) });

/** One stored exchange, checked on load exactly as the log's readers expect it. */
const storedEntrySchema = z.object({
  seq: z.number().int().positive(),
  requestId: z.string().nullable(),
  startedAt: z.number().finite(),
  durationMs: z.number().finite(),
  method: z.string(),
  path: z.string(),
  kind: z.enum(['invocation', 'feedback', 'other']),
  endpoint: z.string().nullable(),
  status: z.number().int(),
  modelVersion: z.string().nullable(),
  client: z.string().nullable(),
  instances: z.array(z.record(z.string(), z.unknown())).nullable(),
  predictions: z.array(z.string()).nullable(),
  feedback: z.array(feedbackItemSchema).nullable(),
  requestBody: z.string().nullable(),
  contentType: z.string().nullable().optional(),
  coldStart: z.boolean().optional(),
});

/** What an earlier visit left: its entries (oldest first), the count of all recorded, and a notice when it was unusable. */
export interface StoredLog {
  entries: RequestLogEntry[];
  total: number;
  notice: string | null;
}

/** The notice when the stored log was unreadable: what happened, what it means, that nothing else is affected. */
export const CORRUPT_LOG_NOTICE =
  'The request log saved by an earlier visit could not be read (it was damaged or written by another version of Deploy Lab), so it was discarded: the log starts empty. Send traffic again to collect feedback.';

/** The notice when this browser keeps no IndexedDB for the page (private windows in some browsers, a policy). */
export const NO_STORAGE_LOG_NOTICE =
  'This browser does not let Deploy Lab store data here, so the request log lives only until you reload the page.';

/** Writes the log's new entries in batches and keeps the stored log bounded to `capacity` entries. */
export interface LogWriter {
  record(entry: RequestLogEntry): void;
  clear(): void;
  /** Writes what is queued now (also on `pagehide`); resolves when it is stored. */
  flush(): Promise<void>;
  close(): void;
}

type Db = IDBPDatabase;

/** Opens (or creates) the request log's database; null when IndexedDB is not available or refuses. */
export async function openLogDb(name = LOG_DB_NAME): Promise<Db | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore(ENTRIES, { keyPath: 'seq' });
        db.createObjectStore(META);
      },
    });
  } catch {
    return null;
  }
}

/**
 * Reads and validates the stored log (the last `capacity` entries, oldest first). Anything unreadable (a record that
 * fails the schema, a missing or impossible count) discards the whole stored log and says so: a partly restored log
 * would join feedback to the wrong requests.
 */
export async function loadStoredLog(db: Db, capacity: number): Promise<StoredLog> {
  try {
    const [raw, rawTotal] = await Promise.all([db.getAll(ENTRIES), db.get(META, TOTAL_KEY)]);
    if (raw.length === 0 && rawTotal === undefined) return { entries: [], total: 0, notice: null };
    const entries = z.array(storedEntrySchema).safeParse(raw);
    const total = z.number().int().nonnegative().safeParse(rawTotal);
    const lastSeq = entries.success ? (entries.data.at(-1)?.seq ?? 0) : 0;
    if (!entries.success || !total.success || total.data < lastSeq) {
      await discard(db);
      return { entries: [], total: 0, notice: CORRUPT_LOG_NOTICE };
    }
    return { entries: (entries.data as RequestLogEntry[]).slice(-capacity), total: total.data, notice: null };
  } catch {
    await discard(db);
    return { entries: [], total: 0, notice: CORRUPT_LOG_NOTICE };
  }
}

async function discard(db: Db): Promise<void> {
  try {
    const tx = db.transaction([ENTRIES, META], 'readwrite');
    await Promise.all([tx.objectStore(ENTRIES).clear(), tx.objectStore(META).clear(), tx.done]);
  } catch {
    // Nothing more to do: the next write replaces what is there.
  }
}

/**
 * Queues entries and writes them every `intervalMs` in one transaction, deleting what fell out of the last `capacity`
 * (so the store never holds more than the log in memory). Writing off the request path keeps the main thread free for
 * MSW's answers; a failed write (quota) is dropped, never thrown into the log.
 */
export function createLogWriter(db: Db, capacity: number, intervalMs = LOG_WRITE_INTERVAL_MS): LogWriter {
  let queue: RequestLogEntry[] = [];
  let clearFirst = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  async function write(batch: RequestLogEntry[], clear: boolean): Promise<void> {
    const tx = db.transaction([ENTRIES, META], 'readwrite');
    const entries = tx.objectStore(ENTRIES);
    const meta = tx.objectStore(META);
    if (clear) void entries.clear();
    for (const entry of batch) void entries.put(entry);
    const last = batch.at(-1);
    if (last) {
      void meta.put(last.seq, TOTAL_KEY);
      // Keys are seq numbers: everything at or below last.seq - capacity is no longer in the log.
      if (last.seq > capacity) void entries.delete(IDBKeyRange.upperBound(last.seq - capacity));
    }
    await tx.done;
  }

  const flush = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const batch = queue;
    const clear = clearFirst;
    queue = [];
    clearFirst = false;
    if (batch.length === 0 && !clear) return writing;
    writing = writing.then(() => write(batch, clear)).catch(() => {});
    return writing;
  };
  const schedule = () => {
    timer ??= setTimeout(() => void flush(), intervalMs);
  };
  const onPageHide = () => void flush();
  if (typeof window !== 'undefined') window.addEventListener('pagehide', onPageHide);

  return {
    record(entry) {
      queue.push(entry);
      // A backlog longer than the log itself is never written in full.
      if (queue.length > capacity) queue = queue.slice(-capacity);
      schedule();
    },
    clear() {
      // The count of all recorded stays (the log keeps counting after a clear), so only the entries go.
      queue = [];
      clearFirst = true;
      schedule();
    },
    flush,
    close() {
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', onPageHide);
      void flush().then(() => db.close());
    },
  };
}
