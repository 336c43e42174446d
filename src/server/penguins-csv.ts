import penguins from 'vega-datasets/data/penguins.json';
import { toCsv } from '../core/data/csv';
import { CSV_COLUMNS, fromVegaRecord } from '../core/data/penguins';
import type { VegaPenguinRecord } from '../core/data/penguins';

/** The raw penguins data set (vega-datasets, 344 records, nulls kept) as CSV text with a header line: what the "retrieve" step downloads. */
export function penguinsCsv(): string {
  const rows = (penguins as VegaPenguinRecord[]).map(fromVegaRecord).map((r) => CSV_COLUMNS.map((c) => r[c]));
  return toCsv(CSV_COLUMNS, rows);
}
