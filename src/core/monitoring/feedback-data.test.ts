import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../data/penguins';
import { labelledFeedback, retrainingData } from './feedback-data';
import type { RequestLogEntry } from './log-entry';
import { numberedEntries } from './test-fixtures';

const entry = numberedEntries({ durationMs: 3, client: 'traffic-generator' }, (seq) => 1_000 + seq);

const penguin = (mass: number) => ({ bill_length_mm: 46.5, bill_depth_mm: 17.9, flipper_length_mm: 192, body_mass_g: mass });
const invocation = (requestId: string, instances: Record<string, unknown>[], over: Partial<RequestLogEntry> = {}) =>
  entry({ requestId, instances, predictions: instances.map(() => 'Adelie'), ...over });
const feedback = (requestId: string, labels: string[], over: Partial<RequestLogEntry> = {}) =>
  entry({ kind: 'feedback', path: '/api/endpoints/penguins/feedback', status: 202, requestId: `fb-${requestId}`, feedback: [{ requestId, labels }], ...over });

describe('labelledFeedback', () => {
  it('joins labels to the instances of their invocation, in feature order and raw units', () => {
    const log = [invocation('r1', [penguin(3500), penguin(5200)]), feedback('r1', ['Adelie', 'Gentoo'])];
    const out = labelledFeedback(log, FEATURES);
    expect(out.rows).toEqual([
      [46.5, 17.9, 192, 3500],
      [46.5, 17.9, 192, 5200],
    ]);
    expect(out.labels).toEqual(['Adelie', 'Gentoo']);
    expect(out.perClass).toEqual({ Adelie: 1, Chinstrap: 0, Gentoo: 1 });
    expect(out.byClient).toEqual({ 'traffic-generator': 2 });
    expect(out.joinedRequests).toBe(1);
  });

  it('skips feedback whose invocation is missing, failed or fell out of the log', () => {
    const log = [invocation('r2', [penguin(3500)], { status: 422, predictions: null }), feedback('r1', ['Adelie']), feedback('r2', ['Adelie'])];
    const out = labelledFeedback(log, FEATURES);
    expect(out.rows).toEqual([]);
    expect(out.skipped.missingInvocation).toBe(2);
  });

  it('skips every label of a feedback call whose count differs from the instances sent', () => {
    const out = labelledFeedback([invocation('r1', [penguin(3500), penguin(3600)]), feedback('r1', ['Adelie'])], FEATURES);
    expect(out.rows).toEqual([]);
    expect(out.skipped.mismatchedCount).toBe(1);
  });

  it('skips malformed instances and unknown labels but keeps the valid ones of the same call', () => {
    const log = [
      invocation('r1', [penguin(3500), { ...penguin(3600), body_mass_g: '3600' }, { bill_length_mm: 40 }, penguin(3700)]),
      feedback('r1', ['Adelie', 'Adelie', 'Adelie', 'Emperor']),
      invocation('r3', [penguin(4000)]),
      feedback('r3', ['Chinstrap'], { status: 400, feedback: [{ requestId: 'r3', labels: ['Chinstrap'] }] }),
    ];
    const out = labelledFeedback(log, FEATURES);
    expect(out.labels).toEqual(['Adelie']);
    expect(out.skipped).toMatchObject({ malformed: 2, unknownLabel: 1 });
  });

  it('counts a second feedback call for the same request once', () => {
    const out = labelledFeedback([invocation('r1', [penguin(3500)]), feedback('r1', ['Adelie']), feedback('r1', ['Gentoo'])], FEATURES);
    expect(out.labels).toEqual(['Adelie']);
    expect(out.skipped.duplicate).toBe(1);
  });

  it('never throws and never returns a row with a non-finite value, whatever the instances hold', () => {
    const value = fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.constant(undefined), fc.integer());
    const instance = fc.dictionary(fc.constantFrom(...FEATURES, 'sex'), value);
    fc.assert(
      fc.property(fc.array(instance, { maxLength: 5 }), fc.array(fc.constantFrom('Adelie', 'Gentoo', 'x'), { maxLength: 5 }), (instances, labels) => {
        const out = labelledFeedback([invocation('r', instances), feedback('r', labels)], FEATURES);
        expect(out.rows.length).toBe(out.labels.length);
        for (const row of out.rows) expect(row.every(Number.isFinite)).toBe(true);
      }),
    );
  });
});

describe('retrainingData', () => {
  it('appends feedback rows, refits the scaler on all training rows and scales validation with it', () => {
    const original = { x: [[0], [2]], labels: [0, 1] };
    const out = retrainingData(original, { rows: [[4], [6]], labels: ['Gentoo', 'Emperor'] }, { x: [[3]], labels: [2] }, 'standard', ['Adelie', 'Chinstrap', 'Gentoo']);
    expect(out.counts).toEqual({ original: 2, feedback: 1, validation: 1 });
    expect(out.train.labels).toEqual([0, 1, 2]);
    // Mean of 0, 2, 4 is 2: the scaler now knows the new rows.
    expect(out.scaler).toMatchObject({ kind: 'standard', mean: [2] });
    expect(out.train.x[1]).toEqual([0]);
    expect(out.validation.x[0]?.[0]).toBeGreaterThan(0);
  });
});
