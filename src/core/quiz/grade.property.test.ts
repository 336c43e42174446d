import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade';
import type { Question } from './question';
import { questionSchema, REQUEST_ROLES } from './question';

const ids = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), { minLength: 2, maxLength: 6 });

/** Arbitrary valid questions of every kind. */
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
  ),
);

const key = fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor', ''), fc.string());
/** Answers that are well-formed in shape but arbitrary in content, plus anything at all. */
const answerArb = fc.oneof(
  fc.record({ kind: fc.constant('single'), optionId: fc.option(key) }),
  fc.record({ kind: fc.constant('multiple'), optionIds: fc.array(key) }),
  fc.record({ kind: fc.constant('ordering'), order: fc.array(key) }),
  fc.record({ kind: fc.constant('matching'), matches: fc.dictionary(key, key) }),
  fc.record({ kind: fc.constant('label'), labels: fc.dictionary(key, fc.constantFrom(...REQUEST_ROLES)) }),
  fc.record({ kind: fc.constant('free'), text: fc.string(), selfMark: fc.constantFrom('right', 'wrong', null) }),
  fc.anything(),
);

describe('gradeAnswer properties', () => {
  it('generated questions are valid', () => {
    fc.assert(fc.property(questionArb, (q) => questionSchema.safeParse(q).success));
  });

  it('never throws, keeps the score in [0, 1], and is correct only at 1', () => {
    fc.assert(
      fc.property(questionArb, answerArb, (q, a) => {
        const g = gradeAnswer(q, a);
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(1);
        expect(g.correct).toBe(g.score === 1);
        expect(g.feedback.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('the answer key always scores 1', () => {
    fc.assert(
      fc.property(questionArb, (q) => {
        const key = (() => {
          switch (q.kind) {
            case 'single':
              return { kind: 'single', optionId: q.options.find((o) => o.correct)?.id ?? null };
            case 'multiple':
              return { kind: 'multiple', optionIds: q.options.filter((o) => o.correct).map((o) => o.id) };
            case 'ordering':
              return { kind: 'ordering', order: q.items.map((i) => i.id) };
            case 'matching':
              return { kind: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
            case 'label':
              return { kind: 'label', labels: Object.fromEntries(q.parts.map((p) => [p.id, p.role])) };
            case 'free':
              return { kind: 'free', text: 'x', selfMark: 'right' };
          }
        })();
        expect(gradeAnswer(q, key).score).toBe(1);
      }),
    );
  });
});
