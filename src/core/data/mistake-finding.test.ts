import { describe, expect, it } from 'vitest';
import { MISTAKES, plantMistakes } from './messy';
import type { PlantedMistake } from './messy';
import { addFound, mistakeAtRow, mistakeRowIds, mistakeStatus, parseFoundIds, pointAtRow, summarizeFinding } from './mistake-finding';
import { rawTestRows } from './test-rows';

const input = plantMistakes(rawTestRows());
const byId = (id: string) => MISTAKES.find((m) => m.id === id) as PlantedMistake;

describe('finding the planted mistakes', () => {
  it('knows which rows show which mistake: the duplicate shows in its copy and in the original', () => {
    expect(mistakeRowIds(byId('kg'))).toEqual([21]);
    expect(mistakeRowIds(byId('duplicate'))).toEqual([345, 100]);
    expect(mistakeAtRow(100)?.id).toBe('duplicate');
    expect(mistakeAtRow(250)?.id).toBe('label');
    expect(mistakeAtRow(12)).toBeUndefined();
  });

  it('pointing at the kilogram row finds it; pointing again says it was found before', () => {
    const first = pointAtRow(21, input, []);
    expect(first).toMatchObject({ kind: 'found', again: false });
    expect(first.kind === 'found' && first.mistake.id).toBe('kg');
    expect(pointAtRow(21, input, ['kg'])).toMatchObject({ kind: 'found', again: true });
  });

  it('a normal row gets a short, kind message with its values; a missing row says how rows are numbered', () => {
    const normal = pointAtRow(12, input, []);
    expect(normal.kind).toBe('normal');
    expect(normal.kind === 'normal' && normal.message).toMatch(/^Row 12 looks normal: Adelie, bill_length_mm .* g\. Look for/);
    expect(pointAtRow(999, input, [])).toEqual({ kind: 'no-row', rowId: 999, message: 'There is no row 999: the rows are numbered 1 to 345.' });
  });

  it('tells found from fixed: fixing without finding is allowed and shown as such', () => {
    expect(mistakeStatus(true, true)).toBe('found-fixed');
    expect(mistakeStatus(false, true)).toBe('fixed-not-found');
    expect(mistakeStatus(true, false)).toBe('found-not-fixed');
    expect(mistakeStatus(false, false)).toBe('not-found');
    const s = summarizeFinding(
      MISTAKES.map((m) => ({ mistake: m, fixed: m.id !== 'zero' })),
      ['kg', 'zero'],
    );
    expect(s).toMatchObject({ found: 2, fixed: 4, done: 1 });
    expect(s.items.map((i) => i.status)).toEqual(['found-fixed', 'fixed-not-found', 'fixed-not-found', 'fixed-not-found', 'found-not-fixed']);
  });

  it('keeps found ids in MISTAKES order without repeats, and validates stored ids', () => {
    expect(addFound(['zero'], 'kg')).toEqual(['kg', 'zero']);
    expect(addFound(['kg'], 'kg')).toEqual(['kg']);
    expect(parseFoundIds(['zero', 'kg', 'kg'])).toEqual(['kg', 'zero']);
    expect(parseFoundIds(['kg', 'typo'])).toBeNull();
    expect(parseFoundIds('kg')).toBeNull();
    expect(parseFoundIds([])).toEqual([]);
  });
});
