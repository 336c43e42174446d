import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade';
import type { Question } from './question';
import { questionSchema, REQUEST_ROLES, TASK_IDS } from './question';

const ids = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), { minLength: 2, maxLength: 6 });

/** Arbitrary valid questions of every kind, task questions included. */
const questionArb: fc.Arbitrary<Question> = ids.chain((xs) =>
  fc.oneof(
    fc.nat(xs.length - 1).map((right): Question => ({
      id: 'q', kind: 'single', prompt: 'p',
      options: xs.map((id, i) => ({ id, text: id, correct: i === right, explanation: 'e' })),
    })),
    fc.array(fc.boolean(), { minLength: xs.length, maxLength: xs.length }).map((flags): Question => ({
      id: 'q', kind: 'multiple', prompt: 'p',
      options: xs.map((id, i) => ({ id, text: id, correct: i === 0 || Boolean(flags[i]), explanation: 'e' })),
    })),
    fc.constant<Question>({ id: 'q', kind: 'ordering', prompt: 'p', items: xs.map((id) => ({ id, text: id, explanation: 'e' })) }),
    fc.constant<Question>({ id: 'q', kind: 'matching', prompt: 'p', pairs: xs.map((id) => ({ id, left: id, right: `r${id}`, explanation: 'e' })) }),
    fc.array(fc.constantFrom(...REQUEST_ROLES), { minLength: xs.length, maxLength: xs.length }).map((roles): Question => ({
      id: 'q', kind: 'label', prompt: 'p',
      parts: xs.map((id, i) => ({ id, text: id, role: roles[i] ?? 'body', explanation: 'e' })),
    })),
    fc.constant<Question>({ id: 'q', kind: 'free', prompt: 'p', modelAnswer: 'm', keyPoints: ['k'] }),
    fc.constantFrom(...TASK_IDS).map((task): Question => ({ id: 'q', kind: 'task', prompt: 'p', task, how: 'h', path: '/deploy', explanation: 'e' })),
  ),
);

/** The ids a question's answer may use: its own, an unknown one, and the empty string (an unanswered select). */
function idsOf(q: Question): string[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'ordering':
      return q.items.map((i) => i.id);
    case 'matching':
      return q.pairs.map((p) => p.id);
    case 'label':
      return q.parts.map((p) => p.id);
    default:
      return [];
  }
}

/** A well-formed answer to `q`, built from the question's own ids so that partial and full credit are common. */
function answerFor(q: Question): fc.Arbitrary<Record<string, unknown>> {
  const own = idsOf(q);
  const anyId = fc.constantFrom(...own, 'unknown', '');
  switch (q.kind) {
    case 'single':
      return fc.record({ kind: fc.constant('single'), optionId: fc.option(anyId) });
    case 'multiple':
      return fc.record({ kind: fc.constant('multiple'), optionIds: fc.subarray([...own, 'unknown', own[0] ?? '']) });
    case 'ordering':
      // A shuffle of the right order: some items stay in place, some move.
      return fc.record({ kind: fc.constant('ordering'), order: fc.shuffledSubarray(own, { minLength: own.length, maxLength: own.length }).chain((o) => fc.oneof(fc.constant(o), fc.constant(own))) });
    case 'matching':
      return fc.record({ kind: fc.constant('matching'), matches: fc.record(Object.fromEntries(own.map((id) => [id, fc.oneof(fc.constant(id), anyId)])), { requiredKeys: [] }) });
    case 'label':
      return fc.record({ kind: fc.constant('label'), labels: fc.record(Object.fromEntries(own.map((id) => [id, fc.constantFrom(...REQUEST_ROLES)])), { requiredKeys: [] }) });
    case 'free':
      return fc.record({ kind: fc.constant('free'), text: fc.constantFrom('', '  ', 'an attempt'), selfMark: fc.constantFrom('right', 'wrong', null) });
    case 'task':
      return fc.record({ kind: fc.constant('task'), done: fc.boolean(), evidence: fc.constantFrom('', ' ', 'a 415 at 10:02') });
  }
}

/** The documented scoring rule of each kind, written out independently of grade.ts. */
function expectedScore(q: Question, a: Record<string, unknown>): number {
  const n = idsOf(q).length;
  switch (q.kind) {
    case 'single':
      return q.options.some((o) => o.correct && o.id === a.optionId) ? 1 : 0;
    case 'multiple': {
      const picked = new Set(a.optionIds as string[]);
      const right = q.options.filter((o) => o.correct);
      const hits = right.filter((o) => picked.has(o.id)).length;
      const wrong = q.options.filter((o) => !o.correct && picked.has(o.id)).length;
      return Math.max(0, (hits - wrong) / right.length);
    }
    case 'ordering':
      return q.items.filter((item, i) => (a.order as string[])[i] === item.id).length / n;
    case 'matching':
      return q.pairs.filter((p) => (a.matches as Record<string, string>)[p.id] === p.id).length / n;
    case 'label':
      return q.parts.filter((p) => (a.labels as Record<string, string>)[p.id] === p.role).length / n;
    case 'free':
      return (a.text as string).trim() !== '' && a.selfMark === 'right' ? 1 : 0;
    case 'task':
      return a.done === true && (a.evidence as string).trim() !== '' ? 1 : 0;
  }
}

const RUNS = 1000;

describe('gradeAnswer properties', () => {
  it('generated questions are valid', () => {
    fc.assert(fc.property(questionArb, (q) => questionSchema.safeParse(q).success));
  });

  it('scores every kind by its documented rule, and reaches zero, partial and full credit', () => {
    const seen = { zero: 0, partial: 0, full: 0 };
    const kinds = new Set<string>();
    fc.assert(
      fc.property(
        questionArb.chain((q) => fc.tuple(fc.constant(q), answerFor(q))),
        ([q, a]) => {
          const g = gradeAnswer(q, a);
          expect(g.score).toBeCloseTo(expectedScore(q, a), 12);
          expect(g.correct).toBe(g.score === 1);
          if (g.score === 0) seen.zero++;
          else if (g.score === 1) seen.full++;
          else seen.partial++;
          if (g.score > 0) kinds.add(q.kind);
        },
      ),
      { numRuns: RUNS },
    );
    // Coverage, so the property cannot pass by only grading wrong answers: each band and each kind must be scored above 0.
    expect(seen.zero).toBeGreaterThan(RUNS * 0.1);
    expect(seen.partial).toBeGreaterThan(RUNS * 0.1);
    expect(seen.full).toBeGreaterThan(RUNS * 0.1);
    expect([...kinds].sort()).toEqual(['free', 'label', 'matching', 'multiple', 'ordering', 'single', 'task']);
  });

  it('marks a matching left unanswered or answered "" as missed, never incorrect', () => {
    fc.assert(
      fc.property(
        questionArb.filter((q) => q.kind === 'matching').chain((q) => fc.tuple(fc.constant(q), answerFor(q))),
        ([q, a]) => {
          const matches = a.matches as Record<string, string>;
          for (const f of gradeAnswer(q, a).feedback) {
            const chosen = Object.hasOwn(matches, f.id) ? matches[f.id] : undefined;
            const expected = chosen === undefined || chosen === '' ? 'missed' : chosen === f.id ? 'correct' : 'incorrect';
            expect(f.verdict).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on anything at all, keeps the score in [0, 1], and is correct only at 1', () => {
    const key = fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor', ''), fc.string());
    const hostile = fc.oneof(
      fc.record({ kind: fc.constantFrom('single', 'multiple', 'ordering', 'matching', 'label', 'free', 'task'), optionId: key, matches: fc.dictionary(key, key) }),
      fc.record({ kind: fc.constant('matching'), matches: fc.dictionary(key, key) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(questionArb, hostile, (q, a) => {
        const g = gradeAnswer(q, a);
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(1);
        expect(g.correct).toBe(g.score === 1);
        expect(g.feedback.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
