import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../core/monitoring/log-entry';
import { createPersistentRequestLog, REQUEST_LOG_CAPACITY } from './persistent-request-log';
import type { LifecycleEvents } from './request-log';
import { CORRUPT_LOG_NOTICE, createLogWriter, loadStoredLog, openLogDb } from './request-log-store';

/** An emitter that never fires: entries reach the log through the writer, or not at all, in these tests. */
const silent = { on: () => {}, removeListener: () => {} } as unknown as LifecycleEvents;

let dbCount = 0;
const freshName = () => `log-test-${++dbCount}`;

function entry(seq: number, patch: Partial<RequestLogEntry> = {}): RequestLogEntry {
  return {
    seq,
    requestId: `r${seq}`,
    startedAt: 1_700_000_000_000 + seq,
    durationMs: 7,
    method: 'POST',
    path: '/api/endpoints/penguins/invocations',
    kind: 'invocation',
    endpoint: 'penguins',
    status: 200,
    modelVersion: 'v1',
    client: 'traffic-generator',
    instances: [{ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }],
    predictions: ['Adelie'],
    feedback: null,
    requestBody: null,
    contentType: 'application/json',
    coldStart: false,
    ...patch,
  };
}

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function db(name: string) {
  const d = await openLogDb(name);
  if (!d) throw new Error('no IndexedDB');
  opened.push(d);
  return d;
}

describe('the stored request log', () => {
  it('round-trips: entries written in batches are there, validated and in order, on the next visit', async () => {
    const name = freshName();
    const writer = createLogWriter(await db(name), 100);
    const written = [entry(1), entry(2, { kind: 'feedback', feedback: [{ requestId: 'r1', labels: ['Adelie'] }], instances: null, predictions: null })];
    for (const e of written) writer.record(e);
    await writer.flush();
    const stored = await loadStoredLog(await db(name), 100);
    expect(stored).toEqual({ entries: written, total: 2, notice: null });
  });

  it('keeps only the last 10,000 exchanges', async () => {
    const name = freshName();
    const writer = createLogWriter(await db(name), REQUEST_LOG_CAPACITY);
    for (let seq = 1; seq <= REQUEST_LOG_CAPACITY + 5; seq++) writer.record(entry(seq));
    await writer.flush();
    writer.record(entry(REQUEST_LOG_CAPACITY + 6));
    await writer.flush();
    const store = await db(name);
    // The store itself is bounded, not only what a load reads back.
    expect(await store.count('entries')).toBe(REQUEST_LOG_CAPACITY);
    const stored = await loadStoredLog(store, REQUEST_LOG_CAPACITY);
    expect(REQUEST_LOG_CAPACITY).toBe(10_000);
    expect(stored.entries).toHaveLength(REQUEST_LOG_CAPACITY);
    expect(stored.entries[0]?.seq).toBe(7);
    expect(stored.total).toBe(REQUEST_LOG_CAPACITY + 6);
  }, 60_000);

  it('discards a corrupt stored log with a notice and starts empty (and stays empty on the next load)', async () => {
    const name = freshName();
    const writer = createLogWriter(await db(name), 100);
    writer.record(entry(1));
    await writer.flush();
    const raw = await openDB(name, 1);
    opened.push(raw);
    // The same exchange, damaged: its count still fits, only the record's shape is wrong.
    await raw.put('entries', { ...entry(1), status: 'two hundred' });
    const log = await createPersistentRequestLog(silent, 100, {}, name);
    expect(log.notice).toBe(CORRUPT_LOG_NOTICE);
    expect(log.entries()).toEqual([]);
    expect(log.total()).toBe(0);
    log.dispose();
    expect(await loadStoredLog(await db(name), 100)).toEqual({ entries: [], total: 0, notice: null });
  });

  it('restores the log of an earlier visit: entries, their count, and a clear that is stored too', async () => {
    const name = freshName();
    const writer = createLogWriter(await db(name), 100);
    for (const seq of [1, 2, 3]) writer.record(entry(seq));
    await writer.flush();
    const log = await createPersistentRequestLog(silent, 100, {}, name);
    expect(log.notice).toBeNull();
    expect(log.entries().map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log.total()).toBe(3);
    log.clear();
    log.dispose();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await loadStoredLog(await db(name), 100);
    expect(after.entries).toEqual([]);
    expect(after.total).toBe(3);
  });
});
