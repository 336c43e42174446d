import type { CsvTable } from './csv';
import { CSV_COLUMNS } from './penguins';
import type { PenguinRow } from './penguins';

/** A penguin with its row number in the retrieved file (1-based), so every removal can name its row. */
export interface DataRow extends PenguinRow {
  id: number;
}

/** Result of reading the retrieved CSV into rows: the rows, or why the columns do not fit. */
export type RowsResult = { ok: true; rows: DataRow[] } | { ok: false; message: string };

/** Turns a parsed penguins CSV table into rows; numbers stay numbers, anything else in a numeric column becomes null. */
export function rowsFromTable(table: CsvTable): RowsResult {
  const missing = CSV_COLUMNS.filter((c) => !table.header.includes(c));
  if (missing.length > 0) return { ok: false, message: `The CSV lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.` };
  const at = (name: string) => table.header.indexOf(name);
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const rows = table.rows.map((r, i) => ({
    id: i + 1,
    species: text(r[at('species')]) ?? '',
    island: text(r[at('island')]) ?? '',
    bill_length_mm: num(r[at('bill_length_mm')]),
    bill_depth_mm: num(r[at('bill_depth_mm')]),
    flipper_length_mm: num(r[at('flipper_length_mm')]),
    body_mass_g: num(r[at('body_mass_g')]),
    sex: text(r[at('sex')]),
  }));
  return { ok: true, rows };
}
