import { sendRequest } from '../api/client';
import { parseCsvTable } from '../core/data/csv';
import { rowsFromTable } from '../core/data/rows';
import type { DataRow } from '../core/data/rows';

/** The retrieved raw rows, or why they could not be had. */
export type RawData = { ok: true; rows: DataRow[] } | { ok: false; message: string };

let cached: Promise<RawData> | null = null;

/** Retrieves the raw data set through the API once per page load (later calls share it); a failure is not cached. */
export function loadRawRows(): Promise<RawData> {
  cached ??= sendRequest({ method: 'GET', url: '/api/datasets/penguins.csv', headers: [['Accept', 'text/csv']], body: null }).then((ex): RawData => {
    if (!ex.response) return { ok: false, message: ex.error ?? 'No response.' };
    if (ex.response.status !== 200) return { ok: false, message: `The data set request answered ${ex.response.status} ${ex.response.statusText}.` };
    const parsed = rowsFromTable(parseCsvTable(ex.response.body));
    return parsed.ok ? { ok: true, rows: parsed.rows } : { ok: false, message: parsed.message };
  });
  const mine = cached;
  void mine.then((r) => {
    if (!r.ok && cached === mine) cached = null;
  });
  return mine;
}
