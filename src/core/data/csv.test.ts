// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, parseCsvTable, toCsv, typeCell } from './csv';
import type { Cell } from './csv';

const fields = (text: string) => parseCsvRecords(text).records.map((r) => r.fields);

describe('parseCsvRecords', () => {
  it('splits plain records and keeps their line numbers', () => {
    expect(parseCsvRecords('a,b\n1,2\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['1', '2'] },
      ],
      problems: [],
    });
  });

  it('unquotes quoted fields, including commas, newlines and escaped quotes', () => {
    expect(fields('"a,b","say ""hi""","two\nlines",plain\n')).toEqual([['a,b', 'say "hi"', 'two\nlines', 'plain']]);
    expect(fields('"",x')).toEqual([['', 'x']]);
  });

  it('accepts CRLF and LF line ends, with or without a final newline', () => {
    expect(fields('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r\n1,2')).toEqual(fields('a,b\n1,2\n'));
    expect(fields('"x"\r\n"y"')).toEqual([['x'], ['y']]);
  });

  it('keeps empty fields and skips blank lines (counting them for line numbers)', () => {
    expect(parseCsvRecords('a,,c\n\n,\n').records).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('counts newlines inside quoted fields when numbering later lines', () => {
    const { records } = parseCsvRecords('h\n"multi\nline\nfield"\nnext\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('reports malformed records with their line numbers instead of throwing, and keeps the good ones', () => {
    const text = 'a,b\n1,2\nx"y,3\n"ok",4\n"bad"z,5\n6,7\n"never closed,8\n9,10\n';
    const { records, problems } = parseCsvRecords(text);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(problems.map((p) => p.line)).toEqual([3, 5, 7]);
    expect(problems[0]?.message).toMatch(/quote/);
    expect(problems[1]?.message).toMatch(/after a closing quote/);
    expect(problems[2]?.message).toMatch(/never closed/);
  });

  it('returns nothing for empty input', () => {
    expect(parseCsvRecords('')).toEqual({ records: [], problems: [] });
  });

  it('numbers the records of quote-free text by the line they are on (LF, CRLF or CR)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', '1', ',', ' ') }), { maxLength: 10 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          const expected = lines.flatMap((l, i) => (l === '' ? [] : [{ line: i + 1, fields: l.split(',') }]));
          expect(parseCsvRecords(lines.join(eol))).toEqual({ records: expected, problems: [] });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws, and every record or problem has a line within the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', 'é') }), (text) => {
        const { records, problems } = parseCsvRecords(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const { line } of [...records, ...problems]) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        parseCsvRecords(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('typeCell', () => {
  it('turns empty cells into null, numeric text into numbers and keeps other text', () => {
    expect(typeCell('')).toBeNull();
    expect(typeCell('   ')).toBeNull();
    expect(typeCell('39.1')).toBe(39.1);
    expect(typeCell(' -2 ')).toBe(-2);
    expect(typeCell('1e3')).toBe(1000);
    expect(typeCell('.5')).toBe(0.5);
    expect(typeCell('Adelie')).toBe('Adelie');
    expect(typeCell('NA')).toBe('NA');
    expect(typeCell('12 mm')).toBe('12 mm');
    expect(typeCell('0x10')).toBe('0x10');
    expect(typeCell('Infinity')).toBe('Infinity');
  });
});

describe('parseCsvTable', () => {
  it('types the cells of a header + rows table', () => {
    const table = parseCsvTable('species,bill_length_mm,sex\r\nAdelie,39.1,MALE\r\nGentoo,,\r\n');
    expect(table.header).toEqual(['species', 'bill_length_mm', 'sex']);
    expect(table.rows).toEqual([
      ['Adelie', 39.1, 'MALE'],
      ['Gentoo', null, null],
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reports rows whose field count differs from the header, in line order with tokenizer problems', () => {
    const table = parseCsvTable('a,b\n1,2\n3\n"x\n4,5,6\n');
    expect(table.rows).toEqual([[1, 2]]);
    expect(table.problems.map((p) => p.line)).toEqual([3, 4]);
    const counts = parseCsvTable('a,b\n1\n1,2,3\n7,8\n');
    expect(counts.rows).toEqual([[7, 8]]);
    expect(counts.problems).toEqual([
      { line: 2, message: 'has 1 fields, the header has 2' },
      { line: 3, message: 'has 3 fields, the header has 2' },
    ]);
  });

  it('reports a missing header', () => {
    expect(parseCsvTable('\n\n')).toEqual({ header: [], rows: [], problems: [{ line: 1, message: 'no header line' }] });
  });
});

describe('toCsv', () => {
  it('quotes only fields that need it and writes null as an empty field', () => {
    expect(toCsv(['a', 'b'], [['x,y', null], ['say "hi"', 3]])).toBe('a,b\n"x,y",\n"say ""hi""",3\n');
  });

  it('keeps a row of one empty cell (it would otherwise be a blank line, which readers skip)', () => {
    expect(parseCsvTable(toCsv(['only'], [[null], ['x'], [null]])).rows).toEqual([[null], ['x'], [null]]);
  });
});

/** Strings that type back to themselves: not empty, not blank, not numeric. */
const stringCell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '1', '.', 'e', 'é', '🐧') }).filter((s) => typeCell(s) === s);
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  stringCell,
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
  fc.integer(),
  fc.constant(null),
);
const tableArb = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.array(stringCell.map((s) => s.trim()).filter((s) => s !== '' && typeCell(s) === s), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

describe('toCsv → parseCsvTable', () => {
  it('round-trips arbitrary tables of strings, numbers and nulls', () => {
    fc.assert(
      fc.property(tableArb, ({ header, rows }) => {
        const parsed = parseCsvTable(toCsv(header, rows));
        expect(parsed.problems).toEqual([]);
        expect(parsed.header).toEqual(header);
        expect(parsed.rows).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('CSV edge cases (mutation survivors)', () => {
  it('reports a character after a closing quote, not a quote inside an unquoted field', () => {
    expect(parseCsvRecords('"a"x\n').problems).toEqual([{ line: 1, message: 'unexpected character "x" after a closing quote' }]);
  });

  it('trims spaces around header names', () => {
    expect(parseCsvTable(' a , b \n1,2\n').header).toEqual(['a', 'b']);
  });

  it('writes a row with no cells as an empty line and a one-empty-cell row as ""', () => {
    expect(toCsv(['a'], [[]])).toBe('a\n\n');
    expect(toCsv(['a'], [[null]])).toBe('a\n""\n');
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\n1,x\n');
  });
});
