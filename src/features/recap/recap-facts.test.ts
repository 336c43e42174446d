import { describe, expect, it } from 'vitest';
import { QUIZ_BANK } from '../../content/quiz-bank';
import type { PipelineResult } from '../../core/data/pipeline';
import { FEATURES } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { EMPTY_PROGRESS, recordQuizAttempt } from '../../core/progress/progress';
import type { SavedArtifact } from '../../store/artifact-store';
import { recapFacts, reviewAnswers } from './recap-facts';

const row = { id: 1 } as DataRow;
const set = (n: number) => ({ rows: Array.from({ length: n }, () => row), x: [], xScaled: [], xModel: [], labels: [], oneHot: [] });
const DATA: Pick<PipelineResult, 'removed' | 'scaler' | 'features' | 'sets'> = {
  removed: [
    { row, reason: 'missing bill_length_mm, body_mass_g' },
    { row, reason: 'missing sex' },
    { row, reason: 'duplicate of row 17' },
  ],
  scaler: { kind: 'standard', mean: [43.92, 17.15, 200.9, 4201.75], std: [5.46, 1.97, 14.06, 801.95] },
  features: ['bill_length_mm', 'body_mass_g'],
  sets: { train: set(240), validation: set(51), test: set(51) },
};
const SAVED = { artifact: { card: { architecture: '2-16-3 MLP (relu, softmax)', metrics: { validation_accuracy: 0.9412, test_accuracy: null } } } } as unknown as SavedArtifact;
const byId = (facts: ReturnType<typeof recapFacts>) => Object.fromEntries(facts.map((f) => [f.id, f.value]));

describe('recapFacts', () => {
  it('says "not done yet" (null) for everything the stores do not hold, never a default number', () => {
    const facts = recapFacts({ data: null, saved: null, testUse: null, variants: null });
    expect(facts.map((f) => f.value)).toEqual([null, null, null, null, null, null]);
    expect(byId(recapFacts({ data: null, saved: null, testUse: null, variants: [] })).serving).toBeNull();
  });

  it('reads the learner\'s own numbers: removals grouped by kind, split sizes, the scaler of the chosen features', () => {
    const facts = byId(recapFacts({ data: DATA, saved: SAVED, testUse: { evaluatedAt: '2026-12-03T07:00:00Z', runId: 'r1', dataKey: '', accuracy: 0.902 }, variants: [{ version: 'v1', weight: 80 }, { version: 'v2', weight: 20 }] }));
    expect(facts.removed).toBe('3 rows: 2 missing a measurement; 1 duplicate');
    expect(facts.split).toBe('240 / 51 / 51');
    expect(facts.scaler).toBe('bill_length_mm mean 43.9, std 5.5; body_mass_g mean 4201.8, std 802.0');
    expect(facts.model).toBe('2-16-3 MLP (relu, softmax), validation accuracy 94.1 %');
    expect(facts.test).toMatch(/^90\.2 % \(on /);
    expect(facts.serving).toBe('v1 (80 %), v2 (20 %)');
    expect(FEATURES).toHaveLength(4);
  });

  it('a clean run removes nothing and says so', () => {
    expect(byId(recapFacts({ data: { ...DATA, removed: [] }, saved: null, testUse: null, variants: null })).removed).toBe('none: every row was kept');
  });
});

describe('reviewAnswers', () => {
  it('lists the eight review questions with the learner\'s latest results', () => {
    const q = QUIZ_BANK.find((x) => x.review === 'platforms');
    if (!q) throw new Error('a platforms question exists');
    const answers = reviewAnswers(recordQuizAttempt(EMPTY_PROGRESS, q.id, { score: 1, correct: true }), QUIZ_BANK);
    expect(answers).toHaveLength(8);
    const platforms = answers.find((a) => a.id === 'platforms');
    expect(platforms).toMatchObject({ answered: 1, correct: 1 });
    expect(platforms?.total).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.id !== 'platforms').every((a) => a.answered === 0)).toBe(true);
  });
});
