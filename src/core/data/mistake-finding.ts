import { z } from 'zod';
import { formatNumber } from './explore-views';
import { MISTAKES } from './messy';
import type { PlantedMistake } from './messy';
import { FEATURE_UNITS, FEATURES } from './penguins';
import type { DataRow } from './rows';

/** Where a planted mistake stands: found by pointing at it, fixed by a cleaning choice, both, or neither. */
export type MistakeStatus = 'found-fixed' | 'fixed-not-found' | 'found-not-fixed' | 'not-found';

/** What pointing at one row gave: a mistake (new or found before), a normal row, or no such row. */
export type PointResult = { kind: 'found'; mistake: PlantedMistake; again: boolean } | { kind: 'normal'; rowId: number; message: string } | { kind: 'no-row'; rowId: number; message: string };

/** The row ids that show a mistake: its own row, and for a duplicate also the row it copies. */
export function mistakeRowIds(m: PlantedMistake): number[] {
  return m.copyOf === undefined ? [m.rowId] : [m.rowId, m.copyOf];
}

/** The planted mistake shown by a row id, or undefined for a row without one. */
export function mistakeAtRow(rowId: number, mistakes: readonly PlantedMistake[] = MISTAKES): PlantedMistake | undefined {
  return mistakes.find((m) => mistakeRowIds(m).includes(rowId));
}

/** The row's measurements as a short phrase, e.g. "Adelie, bill_length_mm 39.1 mm, …, body_mass_g 3,750 g". */
function describeRow(r: DataRow): string {
  return [r.species, ...FEATURES.map((f) => `${f} ${r[f] === null ? 'missing' : `${formatNumber(r[f] as number)} ${FEATURE_UNITS[f]}`}`)].join(', ');
}

/** Judges the learner pointing at a row of the (messy) input: a found mistake, or a kind word on why the row looks normal. */
export function pointAtRow(rowId: number, input: readonly DataRow[], found: readonly string[]): PointResult {
  const row = input.find((r) => r.id === rowId);
  if (!row) return { kind: 'no-row', rowId, message: `There is no row ${rowId}: the rows are numbered 1 to ${input.length}.` };
  const mistake = mistakeAtRow(rowId);
  if (mistake) return { kind: 'found', mistake, again: found.includes(mistake.id) };
  return { kind: 'normal', rowId, message: `Row ${rowId} looks normal: ${describeRow(row)}. Look for a value far from its species, or a label of its own.` };
}

/** The ids found so far with a newly found one added (in MISTAKES order, no repeats). */
export function addFound(found: readonly string[], id: string): string[] {
  return MISTAKES.map((m) => m.id).filter((m) => m === id || found.includes(m));
}

/** The status of one mistake from whether it was found and whether it is fixed. */
export function mistakeStatus(found: boolean, fixed: boolean): MistakeStatus {
  if (found) return fixed ? 'found-fixed' : 'found-not-fixed';
  return fixed ? 'fixed-not-found' : 'not-found';
}

/** Each mistake with its status, and the counts the checklist reports. */
export interface FindingSummary {
  items: { mistake: PlantedMistake; fixed: boolean; found: boolean; status: MistakeStatus }[];
  found: number;
  fixed: number;
  /** Found and fixed: the only ones that count as done. */
  done: number;
}

/** Joins the pipeline's fixed flags with the learner's found ids. */
export function summarizeFinding(mistakes: readonly { mistake: PlantedMistake; fixed: boolean }[], found: readonly string[]): FindingSummary {
  const items = mistakes.map((m) => {
    const isFound = found.includes(m.mistake.id);
    return { ...m, found: isFound, status: mistakeStatus(isFound, m.fixed) };
  });
  return { items, found: items.filter((i) => i.found).length, fixed: items.filter((i) => i.fixed).length, done: items.filter((i) => i.status === 'found-fixed').length };
}

const foundSchema = z.array(z.enum(MISTAKES.map((m) => m.id) as [string, ...string[]]));

/** Validates stored found ids: known ids only, repeats removed; null when the data is not a list of them. */
export function parseFoundIds(data: unknown): string[] | null {
  const r = foundSchema.safeParse(data);
  return r.success ? r.data.reduce<string[]>((acc, id) => addFound(acc, id), []) : null;
}
