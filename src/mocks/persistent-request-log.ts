import type { LifecycleEvents, RequestLog, RequestLogOptions } from './request-log';
import { createRequestLog } from './request-log';
import { NO_STORAGE_LOG_NOTICE, createLogWriter, loadStoredLog, openLogDb } from './request-log-store';

/** How many exchanges the log keeps, in memory and in IndexedDB. */
export const REQUEST_LOG_CAPACITY = 10_000;

/**
 * The request log that survives pages and reloads: it starts from the validated entries an earlier visit stored in
 * IndexedDB (or empty, with a notice, when they were unreadable or the browser stores nothing) and writes new
 * entries in batches. Feedback gathered on Monitor is therefore still there on Update after a reload.
 */
export async function createPersistentRequestLog(events: LifecycleEvents, capacity = REQUEST_LOG_CAPACITY, options: RequestLogOptions = {}, dbName?: string): Promise<RequestLog> {
  const db = await openLogDb(dbName);
  if (db === null) return createRequestLog(events, capacity, { ...options, notice: NO_STORAGE_LOG_NOTICE });
  const stored = await loadStoredLog(db, capacity);
  const writer = createLogWriter(db, capacity);
  const log = createRequestLog(events, capacity, {
    ...options,
    restored: { entries: stored.entries, total: stored.total },
    notice: stored.notice,
    onRecord: writer.record,
    onClear: writer.clear,
  });
  return {
    ...log,
    // The log's fields are functions and fixed values, so a copy with a longer dispose is the same log.
    dispose() {
      log.dispose();
      writer.close();
    },
  };
}
