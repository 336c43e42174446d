/**
 * Facts about the data and the class that lesson text states. They live here, as numbers, so the text is built from
 * them; data-facts.test.ts checks each against its source (the bundled data file, the session plan), so the lessons
 * need not import the 344 records or the guide just to say how many there are.
 */

/** Records in the bundled penguins file (vega-datasets data/penguins.json), nulls included. */
export const PENGUIN_RECORDS = 344;

/** Length of the instructor's session plan, in minutes (the end of its last block). */
export const CLASS_MINUTES = 50;

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small count in words for prose ("three species"); 11 and above stay digits. */
export function countInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < WORDS.length ? (WORDS[n] as string) : String(n);
}
