import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { CHARACTERISTICS, CLOUD_SECTIONS } from './cloud';
import { GLOSSARY, glossaryTerm } from './glossary';
import { HEADER_NOTES, PART_NOTES, STATUS_NOTES } from './http-glossary';
import { createTermMatcher, linkTerms, termSpellings } from './glossary-linker';
import { PRODUCTION_PARTS } from './production';
import { STAGES } from './stages';

/** The key terms of the course: each must have a glossary entry (matched by any of its spellings). */
const KEY_TERMS = [
  'endpoint', 'REST', 'HTTP', 'method', 'header', 'body', 'payload', 'status code', 'JSON', 'CSV', 'latency', 'p95',
  'artifact', 'version', 'inference', 'preprocessing', 'standardization', 'scaler', 'outlier', 'split', 'training set',
  'validation set', 'test set', 'overfitting', 'hyperparameter', 'accuracy', 'confusion matrix', 'drift', 'PSI',
  'data quality', 'canary', 'blue/green', 'rollback', 'cloud computing', 'serverless', 'container', 'registry',
  'monitoring', 'feedback', 'ground truth', 'service worker', 'MSW', 'deployment', 'model', 'precision', 'recall',
  'epoch', 'loss', 'learning rate', 'baseline', 'leakage', 'normalization', 'missing value', 'instance', 'prediction',
];

const matcher = createTermMatcher(GLOSSARY);
/** The id of the term that a word or phrase, written exactly like this, links to. */
function idOf(word: string): string | undefined {
  const [segments] = linkTerms([word], matcher);
  const only = segments?.length === 1 ? segments[0] : undefined;
  return only?.kind === 'term' ? only.termId : undefined;
}

describe('glossary', () => {
  it('every term is defined once: unique ids, unique names, and no spelling claimed by two terms', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = GLOSSARY.map((t) => t.term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const owner = new Map<string, string>();
    for (const term of GLOSSARY) {
      for (const spelling of termSpellings(term)) {
        const key = spelling.toLowerCase();
        expect(owner.get(key) ?? term.id, `"${spelling}" is claimed by ${owner.get(key)} and ${term.id}`).toBe(term.id);
        owner.set(key, term.id);
      }
    }
  });

  it('ids work as URL fragments (/glossary#drift)', () => {
    for (const t of GLOSSARY) expect(t.id, t.term).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every definition is one sentence in plain words', () => {
    for (const t of GLOSSARY) {
      expect(t.definition, t.id).toMatch(/^[A-Z0-9].*\.$/);
      // A sentence ends at . ! or ? followed by a space or the end; exactly one such end.
      expect(t.definition.match(/[.!?](\s|$)/g)?.length, `${t.id}: "${t.definition}"`).toBe(1);
      expect(t.definition.length, t.id).toBeLessThanOrEqual(180);
    }
  });

  it('every "see it" link points to a page of the tutorial', () => {
    const paths = new Set(STAGES.map((s) => s.path));
    for (const t of GLOSSARY) if (t.seeIt) expect(paths.has(t.seeIt.to), `${t.id} → ${t.seeIt.to}`).toBe(true);
  });

  it('every key term of the course has an entry', () => {
    for (const word of KEY_TERMS) expect(idOf(word), word).toBeDefined();
  });

  it('the terms the lessons mark have entries: production parts and the cloud lesson’s key words', () => {
    const marked = [
      ...Object.values(PRODUCTION_PARTS).map((p) => p.title.replace(/\s*\(.*\)$/, '')).filter((title) => title !== 'Users'),
      ...(CLOUD_SECTIONS.find((s) => s.id === 'why')?.points ?? []).map((p) => p.term).filter((term) => !/idle|Security/.test(term)),
      ...(CLOUD_SECTIONS.find((s) => s.id === 'risks')?.points ?? []).map((p) => p.term).filter((term) => term !== 'Bills'),
      ...CHARACTERISTICS.filter((c) => ['stateless', 'contract'].includes(c.id)).map((c) => c.name.replace(/^.* /, '')),
    ];
    expect(marked.length).toBeGreaterThanOrEqual(10);
    for (const word of marked) expect(idOf(word), word).toBeDefined();
  });

  it('every lesson of the workflow and the cloud links at least one term, and every linked term exists', () => {
    const ids = new Set(GLOSSARY.map((t) => t.id));
    for (const stage of STAGES.filter((s) => s.intro.length > 0 && (s.phase !== 'more' || s.id === 'cloud'))) {
      const linked = linkTerms(stage.intro, matcher).flat().flatMap((s) => (s.kind === 'term' ? [s.termId] : []));
      expect(linked.length, stage.id).toBeGreaterThan(0);
      for (const id of linked) expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('facts the lessons once got wrong', () => {
  const lessonText = [
    ...STAGES.flatMap((s) => [s.summary, ...s.intro]),
    ...GLOSSARY.map((t) => t.definition),
    ...Object.values(PRODUCTION_PARTS).map((p) => p.text),
    ...CLOUD_SECTIONS.flatMap((s) => [...s.paragraphs, ...(s.points ?? []).map((p) => p.text)]),
  ];

  it('the data set size in the lessons is the bundled file\'s row count', () => {
    const n = (penguins as unknown[]).length;
    for (const text of [glossaryTerm('data-set')?.definition ?? '', STAGES.find((s) => s.id === 'retrieve')?.intro[0] ?? '']) {
      expect(text).toContain(`${n} penguins`);
    }
  });

  it('adding machines is scaling out, never "scale up"', () => {
    for (const t of lessonText) expect(t).not.toMatch(/scales? up when/i);
    expect(glossaryTerm('scaling')?.definition).toMatch(/scaling out adds machines, scaling up moves to a bigger machine/);
  });

  it('the 4xx family note leaves room for 429, which asks to wait, not to change the request (RFC 6585 §4)', () => {
    for (const note of [PART_NOTES.status, glossaryTerm('status-code')?.definition ?? '']) {
      expect(note).not.toMatch(/4xx the client must change something/);
      expect(note).toMatch(/429/);
    }
    expect(STATUS_NOTES[429]?.clientShould).toMatch(/same request/);
  });

  it('Accept may be ignored (RFC 9110 §12.5.1), and Retry-After may be a date (§10.2.3)', () => {
    expect(HEADER_NOTES.accept).toMatch(/ignores the header and answers anyway/);
    expect(HEADER_NOTES['retry-after']).toMatch(/seconds, or an HTTP date/);
  });

  it('errors[].pointer is called our extension member, not part of RFC 9457', () => {
    expect(glossaryTerm('extension-member')?.definition).toMatch(/errors list with a pointer/);
    expect(glossaryTerm('problem-details')?.definition).not.toMatch(/pointer/);
  });

  it('REST is an architectural style with Fielding\'s constraints, leakage is broader than test rows, drift can be sudden', () => {
    expect(glossaryTerm('rest')?.definition).toMatch(/architectural style.*stateless.*cacheable.*layers.*uniform interface/);
    expect(glossaryTerm('leakage')?.definition).toMatch(/will not have when it predicts/);
    expect(glossaryTerm('drift')?.definition).toMatch(/slow or sudden/);
    expect(glossaryTerm('concept-drift')).toBeDefined();
    expect(STAGES.find((s) => s.id === 'monitor')?.intro.join(' ')).toMatch(/concept drift/);
  });
});
