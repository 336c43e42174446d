// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CsvTable } from './csv';
import { rowsFromTable } from './rows';

const HEADER = ['species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex'];

describe('rowsFromTable', () => {
  it('reads each column by name, whatever the column order, and numbers rows from 1', () => {
    const table: CsvTable = {
      header: ['sex', 'body_mass_g', 'flipper_length_mm', 'bill_depth_mm', 'bill_length_mm', 'island', 'species', 'extra'],
      rows: [
        ['FEMALE', 3800, 186, 17.4, 39.5, 'Torgersen', 'Adelie', 'x'],
        ['MALE', 5700, 230, 15.7, 50.0, 'Biscoe', 'Gentoo', 'y'],
      ],
      problems: [],
    };
    expect(rowsFromTable(table)).toEqual({
      ok: true,
      rows: [
        { id: 1, species: 'Adelie', island: 'Torgersen', bill_length_mm: 39.5, bill_depth_mm: 17.4, flipper_length_mm: 186, body_mass_g: 3800, sex: 'FEMALE' },
        { id: 2, species: 'Gentoo', island: 'Biscoe', bill_length_mm: 50, bill_depth_mm: 15.7, flipper_length_mm: 230, body_mass_g: 5700, sex: 'MALE' },
      ],
    });
  });

  it('turns text, blanks and non-finite numbers in numeric columns into null', () => {
    const table = { header: HEADER, rows: [['Adelie', 'Dream', 'NA', null, Number.POSITIVE_INFINITY, Number.NaN, 'MALE']], problems: [] };
    const result = rowsFromTable(table);
    expect(result).toEqual({
      ok: true,
      rows: [{ id: 1, species: 'Adelie', island: 'Dream', bill_length_mm: null, bill_depth_mm: null, flipper_length_mm: null, body_mass_g: null, sex: 'MALE' }],
    });
  });

  it('keeps a missing sex as null, a numeric sex as text, and empty species or island as the empty string', () => {
    const table = { header: HEADER, rows: [[null, null, 40, 18, 190, 4000, null], ['Adelie', 7, 40, 18, 190, 4000, 1]], problems: [] };
    const result = rowsFromTable(table);
    expect(result.ok && result.rows[0]).toMatchObject({ species: '', island: '', sex: null });
    expect(result.ok && result.rows[1]).toMatchObject({ island: '7', sex: '1' });
    // A row shorter than the header leaves undefined cells: these are missing too.
    const short = rowsFromTable({ header: HEADER, rows: [['Adelie', 'Dream']], problems: [] });
    expect(short.ok && short.rows[0]).toMatchObject({ bill_length_mm: null, body_mass_g: null, sex: null });
  });

  it('names one missing column in the singular', () => {
    const table = { header: HEADER.filter((c) => c !== 'sex'), rows: [], problems: [] };
    expect(rowsFromTable(table)).toEqual({ ok: false, message: 'The CSV lacks the column sex.' });
  });

  it('names several missing columns in the plural, in the CSV column order', () => {
    const table = { header: ['species', 'island', 'sex'], rows: [], problems: [] };
    expect(rowsFromTable(table)).toEqual({
      ok: false,
      message: 'The CSV lacks the columns bill_length_mm, bill_depth_mm, flipper_length_mm, body_mass_g.',
    });
  });

  it('accepts a header with every column and no rows', () => {
    expect(rowsFromTable({ header: HEADER, rows: [], problems: [] })).toEqual({ ok: true, rows: [] });
  });
});
