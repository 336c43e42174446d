import type { GlossaryTerm } from '../../content/glossary';

// A plain key, not Intl: localeCompare with options builds a collator per call, and even one collator first
// loads ICU's collation data; sorting the glossary that way was a 150 ms task (600 ms at Lighthouse's 4× slowdown).
const sortKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The terms sorted alphabetically (case ignored, any run of punctuation read as one space), as the glossary page lists them. */
export function sortTerms(terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return terms
    .map((term) => ({ term, key: sortKey(term.term) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.term);
}

/** The terms whose name, other spellings or definition contain every word of the query (case ignored); all terms for an empty query. */
export function filterTerms(terms: readonly GlossaryTerm[], query: string): GlossaryTerm[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...terms];
  return terms.filter((t) => {
    const haystack = [t.term, ...(t.forms ?? []), t.definition].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Groups sorted terms by their first letter (A–Z; digits and symbols under "#"). */
export function groupByLetter(terms: readonly GlossaryTerm[]): { letter: string; terms: GlossaryTerm[] }[] {
  const groups: { letter: string; terms: GlossaryTerm[] }[] = [];
  for (const t of terms) {
    const first = t.term.charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const last = groups[groups.length - 1];
    if (last?.letter === letter) last.terms.push(t);
    else groups.push({ letter, terms: [t] });
  }
  return groups;
}
