import { describe, expect, it } from 'vitest';
import { FEATURES } from '../data/penguins';
import { labelledFeedback, retrainingData } from './feedback-data';
import type { RequestLogEntry } from './log-entry';
import { numberedEntries } from './test-fixtures';

// Edge cases of joining feedback: statuses at the edge of 2xx, repeated classes, clients with no name, broken instances.
const entry = numberedEntries({ durationMs: 3, client: 'traffic-generator' }, (seq) => 1_000 + seq);
const penguin = (mass: number) => ({ bill_length_mm: 46.5, bill_depth_mm: 17.9, flipper_length_mm: 192, body_mass_g: mass });
const invocation = (requestId: string, instances: Record<string, unknown>[], over: Partial<RequestLogEntry> = {}) =>
  entry({ requestId, instances, predictions: instances.map(() => 'Adelie'), ...over });
const feedback = (requestId: string, labels: string[], over: Partial<RequestLogEntry> = {}) =>
  entry({ kind: 'feedback', path: '/api/endpoints/penguins/feedback', status: 202, requestId: `fb-${requestId}`, feedback: [{ requestId, labels }], ...over });

describe('labelledFeedback edges', () => {
  it('takes feedback answered 200 or 299, not 199 or 300', () => {
    const log = [
      invocation('a', [penguin(3500)]),
      feedback('a', ['Adelie'], { status: 200 }),
      invocation('b', [penguin(3600)]),
      feedback('b', ['Adelie'], { status: 299 }),
      invocation('c', [penguin(3700)]),
      feedback('c', ['Adelie'], { status: 199 }),
      invocation('d', [penguin(3800)]),
      feedback('d', ['Adelie'], { status: 300 }),
    ];
    expect(labelledFeedback(log, FEATURES).rows.map((r) => r[3])).toEqual([3500, 3600]);
  });

  it('skips an accepted feedback call whose body was not read (feedback null)', () => {
    const log = [invocation('a', [penguin(3500)]), entry({ kind: 'feedback', status: 202, feedback: null })];
    expect(labelledFeedback(log, FEATURES).rows).toEqual([]);
  });

  it('counts every row of a class, and names a client that sent no X-Client "unknown"', () => {
    const log = [invocation('a', [penguin(3500), penguin(3600)], { client: null }), feedback('a', ['Adelie', 'Adelie'])];
    const out = labelledFeedback(log, FEATURES);
    expect(out.perClass).toEqual({ Adelie: 2, Chinstrap: 0, Gentoo: 0 });
    expect(out.byClient).toEqual({ unknown: 2 });
  });

  it('does not count a feedback call as joined when none of its rows could be used', () => {
    const log = [invocation('a', [{ bill_length_mm: 40 }]), feedback('a', ['Adelie'])];
    const out = labelledFeedback(log, FEATURES);
    expect(out.joinedRequests).toBe(0);
    expect(out.skipped.malformed).toBe(1);
  });

  it('counts a null instance and NaN or Infinity values as malformed', () => {
    const log = [
      invocation('a', [null as unknown as Record<string, unknown>, { ...penguin(3500), body_mass_g: Number.NaN }, { ...penguin(3500), bill_depth_mm: Number.POSITIVE_INFINITY }, penguin(3900)]),
      feedback('a', ['Adelie', 'Adelie', 'Adelie', 'Gentoo']),
    ];
    const out = labelledFeedback(log, FEATURES);
    expect(out.skipped.malformed).toBe(3);
    expect(out.labels).toEqual(['Gentoo']);
  });
});

describe('retrainingData edges', () => {
  it('keeps feedback of the first class (index 0) and the validation labels as they are', () => {
    const out = retrainingData({ x: [[0]], labels: [1] }, { rows: [[4]], labels: ['Adelie'] }, { x: [[3], [5]], labels: [2, 0] }, 'standard', ['Adelie', 'Chinstrap', 'Gentoo']);
    expect(out.train.labels).toEqual([1, 0]);
    expect(out.counts.feedback).toBe(1);
    expect(out.validation.labels).toEqual([2, 0]);
  });
});
