import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import type { TermMatcher, TextSegment } from './glossary-linker';
import { createTermMatcher, linkTerms, termSpellings } from './glossary-linker';

/** The definition `linkTerms` must keep: every match of the one compiled pattern, left to right. */
function linkByPattern(paragraphs: readonly string[], matcher: TermMatcher): TextSegment[][] {
  const seen = new Set<string>();
  return paragraphs.map((paragraph) => {
    const segments: TextSegment[] = [];
    let cursor = 0;
    for (const match of paragraph.matchAll(new RegExp(matcher.pattern))) {
      const termId = matcher.exactCase.get(match[0]) ?? matcher.anyCase.get(match[0].toLowerCase());
      if (!termId || seen.has(termId)) continue;
      seen.add(termId);
      if (match.index > cursor) segments.push({ kind: 'text', text: paragraph.slice(cursor, match.index) });
      segments.push({ kind: 'term', text: match[0], termId });
      cursor = match.index + match[0].length;
    }
    if (cursor < paragraph.length) segments.push({ kind: 'text', text: paragraph.slice(cursor) });
    return segments;
  });
}

const matcher = createTermMatcher(GLOSSARY);
const spellings = [...new Set(GLOSSARY.flatMap((t) => [...termSpellings(t), ...(t.notIn ?? [])]))];
/** Text made of real spellings (in any case), glued with the characters the boundaries care about. */
const piece = fc.oneof(
  fc.constantFrom(...spellings).chain((s) => fc.constantFrom(s, s.toUpperCase(), s.toLowerCase(), s.charAt(0).toUpperCase() + s.slice(1))),
  fc.constantFrom(' ', ' ', ' ', '/', '.', '-', '@', '_', "'", '(', ')', ',', 'x', '7', 'é', '😀', 'İ', 'ß'),
  fc.string({ maxLength: 6 }),
);
const paragraph = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('linkTerms scans by first character', () => {
  it('finds exactly what the compiled pattern finds, on text dense with spellings and boundary characters', () => {
    let linked = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 3 }), (paragraphs) => {
        const out = linkTerms(paragraphs, matcher);
        expect(out).toEqual(linkByPattern(paragraphs, matcher));
        linked += out.flat().filter((s) => s.kind === 'term').length;
      }),
      { numRuns: 400 },
    );
    // The comparison means something only if many runs linked terms.
    expect(linked).toBeGreaterThan(100);
  });

  it('prefers the longest spelling at a position and skips one inside a word or path', () => {
    const out = linkTerms(['data drift; /api/endpoints; endpoints.'], matcher).flat().filter((s) => s.kind === 'term');
    expect(out.map((s) => s.text)).toEqual(['data drift', 'endpoints']);
  });
});
