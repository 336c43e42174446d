import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './glossary';
import { GLOSSARY } from './glossary';
import { createTermMatcher, linkTerms } from './glossary-linker';

const t = (id: string, term: string, forms?: string[]): GlossaryTerm => ({ id, term, forms, definition: `${term}.` });
const TERMS = [
  t('drift', 'drift (data drift)', ['drift', 'data drift']),
  t('endpoint', 'endpoint'),
  t('rest', 'REST', ['REST', 'REST API']),
  t('model', 'model'),
  t('outlier', 'outlier'),
  t('status-code', 'status code'),
  t('blue-green', 'blue/green deployment', ['blue/green']),
  t('query', 'query'),
  t('batch', 'batch'),
  { ...t('body', 'body'), notIn: ['body mass'] },
];
const matcher = createTermMatcher(TERMS);
const terms = (segments: ReturnType<typeof linkTerms>) => segments.flat().flatMap((s) => (s.kind === 'term' ? [`${s.termId}:${s.text}`] : []));

describe('linkTerms', () => {
  it('marks the first use of a term, keeping the text as written', () => {
    const [segments] = linkTerms(['An Endpoint answers. The endpoint is a door.'], matcher);
    expect(segments).toEqual([
      { kind: 'text', text: 'An ' },
      { kind: 'term', text: 'Endpoint', termId: 'endpoint' },
      { kind: 'text', text: ' answers. The endpoint is a door.' },
    ]);
  });

  it('links each term once per page, across paragraphs', () => {
    const out = linkTerms(['The model learns.', 'A model and an endpoint.', 'The endpoint again.'], matcher);
    expect(terms(out)).toEqual(['model:model', 'endpoint:endpoint']);
  });

  it('prefers the longest spelling ("data drift" over "drift")', () => {
    expect(terms(linkTerms(['That is called data drift.'], matcher))).toEqual(['drift:data drift']);
  });

  it('matches plurals: +s, +es and y → ies', () => {
    expect(terms(linkTerms(['Outliers and endpoints.'], matcher))).toEqual(['outlier:Outliers', 'endpoint:endpoints']);
    expect(terms(linkTerms(['Two batches.'], matcher))).toEqual(['batch:batches']);
    expect(terms(linkTerms(['Two queries.'], matcher))).toEqual(['query:queries']);
  });

  it('respects word boundaries: no match inside a longer word, a URL path or a Python name', () => {
    expect(terms(linkTerms(['Remodeling the endpointless modelling of drifts, drifter.'], matcher))).toEqual(['drift:drifts']);
    expect(terms(linkTerms(['POST /api/endpoints/penguins/invocations calls ml_model(user_data).'], matcher))).toEqual([]);
  });

  it('matches all-capital terms only in capitals', () => {
    expect(terms(linkTerms(['values far from the rest'], matcher))).toEqual([]);
    expect(terms(linkTerms(['a REST API over HTTP'], matcher))).toEqual(['rest:REST API']);
  });

  it('handles spellings with punctuation, and possessives', () => {
    expect(terms(linkTerms(['A blue/green switch.'], matcher))).toEqual(['blue-green:blue/green']);
    expect(terms(linkTerms(["The model's weights."], matcher))).toEqual(['model:model']);
  });

  it('leaves phrases that only look like a term alone ("body mass" is not an HTTP body)', () => {
    expect(terms(linkTerms(['Body mass in grams, then the request body.'], matcher))).toEqual(['body:body']);
  });

  it('skips terms already linked elsewhere on the page', () => {
    expect(terms(linkTerms(['The model and the endpoint.'], matcher, new Set(['model'])))).toEqual(['endpoint:endpoint']);
  });

  it('joining the segments gives every paragraph back unchanged (any text)', () => {
    const real = createTermMatcher(GLOSSARY);
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 4 }), (paragraphs) => {
        const out = linkTerms(paragraphs, real);
        expect(out.map((segments) => segments.map((s) => s.text).join(''))).toEqual(paragraphs);
        const ids = out.flat().flatMap((s) => (s.kind === 'term' ? [s.termId] : []));
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('finds the expected terms in a real lesson paragraph', () => {
    const real = createTermMatcher(GLOSSARY);
    const out = linkTerms(['If the penguins people send start to look different from the training data, the model\'s accuracy can drop without a single error. That is called data drift.'], real);
    expect(terms(out)).toEqual(['training-set:training data', 'model:model', 'accuracy:accuracy', 'drift:data drift']);
  });
});
