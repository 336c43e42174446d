/** A problem found while reading CSV, with the 1-based line where it starts. */
export interface CsvProblem {
  line: number;
  message: string;
}

/** One CSV record: its raw fields (unquoted) and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Result of tokenizing CSV: good records, plus a problem for every malformed one (which is skipped). */
export interface CsvRecords {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * Splits RFC 4180 CSV text into records (comma-separated, `"` quoting with `""` escapes,
 * CRLF or LF line ends). Blank lines are skipped. Never throws: a malformed record is
 * reported in `problems` with its line number and left out.
 */
export function parseCsvRecords(text: string): CsvRecords {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let error: string | null = null;
    let endOfRecord = false;
    let fieldWasQuoted = false;

    while (i < n && !endOfRecord) {
      const ch = text[i] as string;
      if (ch === '"' && field === '' && !fieldWasQuoted) {
        // A quoted field: read until the closing quote.
        fieldWasQuoted = true;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) {
          error = 'a quoted field is never closed (missing ")';
          break;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          error = `unexpected character ${JSON.stringify(next)} after a closing quote`;
        }
        continue;
      }
      if (ch === ',') {
        fields.push(field);
        field = '';
        fieldWasQuoted = false;
        i++;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      } else {
        if (ch === '"' && error === null) error = 'a quote (") inside an unquoted field';
        if (!fieldWasQuoted) field += ch;
        i++;
      }
    }
    fields.push(field);

    if (error !== null) {
      problems.push({ line: startLine, message: error });
      continue;
    }
    const blank = fields.length === 1 && fields[0] === '' && !fieldWasQuoted;
    if (!blank) records.push({ line: startLine, fields });
  }
  return { records, problems };
}

/** A typed cell: a number when the text is numeric, null when empty, otherwise the text. */
export type Cell = number | string | null;

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Types one raw CSV field: "" → null, "39.1" → 39.1, anything else stays a string. */
export function typeCell(raw: string): Cell {
  const t = raw.trim();
  if (t === '') return null;
  return NUMBER.test(t) ? Number(t) : raw;
}

/** A parsed CSV table: header names, typed rows, and the lines that could not be used. */
export interface CsvTable {
  header: string[];
  rows: Cell[][];
  problems: CsvProblem[];
}

/**
 * Parses CSV with a header line into typed rows. Records whose field count differs
 * from the header are reported as problems (with line numbers) and left out.
 */
export function parseCsvTable(text: string): CsvTable {
  const { records, problems } = parseCsvRecords(text);
  const [head, ...body] = records;
  if (!head) return { header: [], rows: [], problems: [...problems, { line: 1, message: 'no header line' }] };
  const header = head.fields.map((f) => f.trim());
  const rows: Cell[][] = [];
  const all = [...problems];
  for (const rec of body) {
    if (rec.fields.length !== header.length) {
      all.push({ line: rec.line, message: `has ${rec.fields.length} fields, the header has ${header.length}` });
      continue;
    }
    rows.push(rec.fields.map(typeCell));
  }
  all.sort((a, b) => a.line - b.line);
  return { header, rows, problems: all };
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV text with a header line; null becomes an empty field. Ends with a newline. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(quoteField).join(',')];
  for (const row of rows) {
    const line = row.map((c) => (c === null ? '' : quoteField(String(c)))).join(',');
    // A one-column row with an empty cell would be a blank line, which readers skip: quote it.
    lines.push(line === '' && row.length > 0 ? '""' : line);
  }
  return `${lines.join('\n')}\n`;
}
