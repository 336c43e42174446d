import type { GlossaryTerm } from './glossary';

/** A piece of a paragraph: plain text, or a glossary term as it is written in the text. */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'term'; text: string; termId: string };

/** A compiled set of term spellings; build it once per term list and reuse it. */
export interface TermMatcher {
  pattern: RegExp;
  /** Lower-case spelling → term id, for spellings that match in any case. */
  anyCase: Map<string, string>;
  /** Exact spelling → term id, for all-capital spellings (REST must not match "the rest"). */
  exactCase: Map<string, string>;
  /**
   * The same spellings, lower-cased and grouped by their first character, longest first: what `linkTerms` scans
   * with. One regular expression over some 600 spellings costs about 50 ms to compile on its first use (200 ms on
   * a slow phone, on every lesson page's first render); comparing the few spellings that start with the letter at
   * hand costs well under a millisecond for a page and finds the same matches.
   */
  byFirstChar: Map<string, string[]>;
}

/** The id given to phrases that look like a term but are not (a term's `notIn`). */
const NOT_A_TERM = '';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const isAcronym = (form: string) => /[A-Z]/.test(form) && form === form.toUpperCase();

/** A spelling and its plural: +s, +es after s/x/z/ch/sh, y → ies after a consonant. */
function withPlurals(form: string): string[] {
  const last = form.split(' ').pop() ?? form;
  if (/[^aeiou]y$/i.test(last)) return [form, `${form.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/i.test(last)) return [form, `${form}es`];
  return [form, `${form}s`];
}

/**
 * The spellings of a term that lesson text may use, plus their plurals: its name, split at a bracket
 * ("drift (data drift)" gives "drift" and "data drift"), and its `forms`.
 */
export function termSpellings(term: GlossaryTerm): string[] {
  const named = term.term.match(/^(.*?)\s*\((.*)\)$/);
  const names = named ? [named[1] ?? '', named[2] ?? ''] : [term.term];
  return [...new Set([...names, ...(term.forms ?? [])].filter((s) => s !== ''))].flatMap(withPlurals);
}

/**
 * Compiles glossary terms into one case-insensitive pattern over all their spellings, longest first
 * (so "data drift" wins over "drift"), bounded so a term never matches inside a longer word, a URL path or
 * a Python name ("endpoints" in /api/endpoints, "model" in ml_model).
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const anyCase = new Map<string, string>();
  const exactCase = new Map<string, string>();
  for (const term of terms) {
    // Matched like spellings (longest first, so they win) but never linked.
    for (const phrase of term.notIn ?? []) anyCase.set(phrase.toLowerCase(), NOT_A_TERM);
    for (const spelling of termSpellings(term)) {
      if (isAcronym(spelling.replace(/s$/, ''))) exactCase.set(spelling, term.id);
      else anyCase.set(spelling.toLowerCase(), term.id);
    }
  }
  const all = [...new Set([...anyCase.keys(), ...exactCase.keys()])].sort((a, b) => b.length - a.length);
  const alternatives = all.length > 0 ? all.map(escapeRegExp).join('|') : '(?!)';
  // Not after a letter, digit, _ - / . @ (inside a word, a path or a file name); not before a letter, digit or _.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_\\-/.@])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
  const byFirstChar = new Map<string, string[]>();
  for (const spelling of all) {
    const lower = spelling.toLowerCase();
    const key = lower.charAt(0);
    byFirstChar.set(key, [...(byFirstChar.get(key) ?? []), lower]);
  }
  return { pattern, anyCase, exactCase, byFirstChar };
}

/** A character a term may not follow (inside a word, a path or a file name). */
const NOT_BEFORE_TERM = /[\p{L}\p{N}_\-/.@]/u;
/** A character a term may not precede (the term would be part of a longer word). */
const NOT_AFTER_TERM = /[\p{L}\p{N}_]/u;
/** The code point that ends just before `index` (a whole surrogate pair when there is one). */
const charBefore = (text: string, index: number) => String.fromCodePoint(text.codePointAt(index - 1 >= 1 && /[\uDC00-\uDFFF]/.test(text.charAt(index - 1)) ? index - 2 : index - 1) ?? 0);

/**
 * The next spelling in `text` at or after `from`, as `pattern` would find it: the leftmost position where a
 * spelling starts on a boundary and ends on one, and there the longest such spelling (case-insensitive).
 */
function nextSpelling(matcher: TermMatcher, text: string, lower: string, from: number): { index: number; text: string } | null {
  // toLowerCase keeps the length for the text the lessons use; if it did not, positions would not line up.
  if (lower.length !== text.length) {
    const re = new RegExp(matcher.pattern);
    re.lastIndex = from;
    const match = re.exec(text);
    return match ? { index: match.index, text: match[0] } : null;
  }
  for (let i = from; i < text.length; i++) {
    const candidates = matcher.byFirstChar.get(lower.charAt(i));
    if (candidates === undefined || (i > 0 && NOT_BEFORE_TERM.test(charBefore(text, i)))) continue;
    for (const spelling of candidates) {
      const end = i + spelling.length;
      if (lower.startsWith(spelling, i) && !NOT_AFTER_TERM.test(String.fromCodePoint(text.codePointAt(end) ?? 32))) return { index: i, text: text.slice(i, end) };
    }
  }
  return null;
}

/** The term id a matched piece of text stands for, respecting case-sensitive spellings. */
function termIdFor(matcher: TermMatcher, text: string): string | undefined {
  return matcher.exactCase.get(text) ?? matcher.anyCase.get(text.toLowerCase());
}

/**
 * Splits paragraphs into text and term segments, marking only the first use of each term across all
 * the paragraphs (one page's lesson), so a page gets one link per term rather than a sea of links.
 * Joining a paragraph's segment texts gives the paragraph back unchanged.
 */
export function linkTerms(paragraphs: readonly string[], matcher: TermMatcher, alreadyLinked: ReadonlySet<string> = new Set()): TextSegment[][] {
  const seen = new Set(alreadyLinked);
  return paragraphs.map((paragraph) => {
    const segments: TextSegment[] = [];
    let cursor = 0;
    const lower = paragraph.toLowerCase();
    // A spelling that is not linked (a `notIn` phrase, a term already marked) still covers its text, as a match would.
    for (let match = nextSpelling(matcher, paragraph, lower, 0); match !== null; match = nextSpelling(matcher, paragraph, lower, match.index + match.text.length)) {
      const text = match.text;
      const termId = termIdFor(matcher, text);
      if (termId === undefined || termId === NOT_A_TERM || seen.has(termId)) continue;
      seen.add(termId);
      const start = match.index;
      if (start > cursor) segments.push({ kind: 'text', text: paragraph.slice(cursor, start) });
      segments.push({ kind: 'term', text, termId });
      cursor = start + text.length;
    }
    if (cursor < paragraph.length) segments.push({ kind: 'text', text: paragraph.slice(cursor) });
    return segments;
  });
}

/** A watched word used in a text that no glossary spelling explains. */
export interface UnexplainedUse {
  word: string;
  /** The word as written, with up to 40 characters either side, for the failure message. */
  context: string;
}

/**
 * The uses of watched words (and their plurals) in the texts that the matcher would not link to a term: a word
 * without an entry, or written in a spelling no entry lists. Boundaries and case follow `createTermMatcher`, so a
 * word inside a path or a longer word is no use, and an all-capital word is watched in capitals only.
 */
export function unexplainedUses(texts: readonly string[], watched: readonly string[], matcher: TermMatcher): UnexplainedUse[] {
  const found: UnexplainedUse[] = [];
  for (const word of watched) {
    const spellings = withPlurals(word).map(escapeRegExp).join('|');
    const flags = isAcronym(word) ? 'gu' : 'giu';
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_\\-/.@])(?:${spellings})(?![\\p{L}\\p{N}_])`, flags);
    for (const text of texts) {
      for (const match of text.matchAll(pattern)) {
        if (explains(matcher, text, match.index ?? 0, match[0])) continue;
        const start = Math.max(0, (match.index ?? 0) - 40);
        found.push({ word, context: text.slice(start, (match.index ?? 0) + match[0].length + 40) });
      }
    }
  }
  return found;
}

/** Whether the matcher links the text at this position to a term, alone or as part of a longer spelling. */
function explains(matcher: TermMatcher, text: string, index: number, word: string): boolean {
  for (const match of text.matchAll(new RegExp(matcher.pattern))) {
    const start = match.index ?? 0;
    if (start > index) break;
    if (start + match[0].length < index + word.length) continue;
    const id = termIdFor(matcher, match[0]);
    if (id !== undefined && id !== NOT_A_TERM) return true;
  }
  return false;
}
