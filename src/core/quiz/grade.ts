import { answerSchema } from './answer';
import type { Answer, AnswerOf } from './answer';
import type {
  FreeTextQuestion,
  LabelRequestQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  Question,
  RequestRole,
  SingleChoiceQuestion,
  TaskQuestion,
} from './question';

/**
 * How one option (or item, pair, part) fared:
 * - `correct`: picked (or placed) and right;
 * - `incorrect`: picked (or placed) and wrong;
 * - `missed`: right, but not picked (or left unanswered);
 * - `neutral`: wrong and rightly left alone.
 */
export type Verdict = 'correct' | 'incorrect' | 'missed' | 'neutral';

/** Feedback for one option: the verdict, why, and (when it helps) what the right answer was. */
export interface OptionFeedback {
  id: string;
  verdict: Verdict;
  explanation: string;
  /** The right answer for this item, in words ("position 3", "header", "function"); absent for choices. */
  expected?: string;
}

/** The result of grading one answer. */
export interface Grade {
  /** 0 (nothing right) to 1 (all right). */
  score: number;
  /** True only for a fully right answer (score 1). */
  correct: boolean;
  feedback: OptionFeedback[];
  /** Set when the answer could not be graded as given (malformed, wrong kind, or a free text not yet self-assessed). */
  note?: string;
}

export const ROLE_NAMES: Record<RequestRole, string> = { method: 'method', url: 'URL', header: 'header', body: 'body' };

const own = (record: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const clamp01 = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

function result(score: number, feedback: OptionFeedback[], note?: string): Grade {
  const s = clamp01(score);
  return note === undefined ? { score: s, correct: s === 1, feedback } : { score: s, correct: s === 1, feedback, note };
}

/** Single choice: 1 if the picked option is the right one, else 0. An unknown or missing id scores 0. */
function gradeSingle(q: SingleChoiceQuestion, a: AnswerOf<'single'>): Grade {
  const feedback = q.options.map((o): OptionFeedback => {
    const picked = o.id === a.optionId;
    const verdict: Verdict = picked ? (o.correct ? 'correct' : 'incorrect') : o.correct ? 'missed' : 'neutral';
    return { id: o.id, verdict, explanation: o.explanation };
  });
  return result(feedback.some((f) => f.verdict === 'correct') ? 1 : 0, feedback);
}

/**
 * Multiple choice, partial credit: (right options picked − wrong options picked) / right options, floored at 0.
 * Duplicate picks count once and unknown ids are ignored, so picking everything scores no more than guessing.
 */
function gradeMultiple(q: MultipleChoiceQuestion, a: AnswerOf<'multiple'>): Grade {
  const picked = new Set(a.optionIds);
  let hits = 0;
  let wrong = 0;
  const feedback = q.options.map((o): OptionFeedback => {
    const isPicked = picked.has(o.id);
    if (isPicked && o.correct) hits += 1;
    if (isPicked && !o.correct) wrong += 1;
    const verdict: Verdict = isPicked ? (o.correct ? 'correct' : 'incorrect') : o.correct ? 'missed' : 'neutral';
    return { id: o.id, verdict, explanation: o.explanation };
  });
  const rightCount = q.options.filter((o) => o.correct).length;
  return result((hits - wrong) / rightCount, feedback);
}

/**
 * Ordering: the share of items that sit in their right position. An item counts only at its own position,
 * so duplicates and unknown ids never earn credit; missing positions count as wrong.
 */
function gradeOrdering(q: OrderingQuestion, a: AnswerOf<'ordering'>): Grade {
  const feedback = q.items.map((item, i): OptionFeedback => {
    const placed = a.order[i] === item.id;
    return { id: item.id, verdict: placed ? 'correct' : 'incorrect', explanation: item.explanation, expected: `position ${i + 1}` };
  });
  return result(feedback.filter((f) => f.verdict === 'correct').length / q.items.length, feedback);
}

/** Matching: the share of left terms matched to their own right term. Unmatched terms count as wrong ('missed'). */
function gradeMatching(q: MatchingQuestion, a: AnswerOf<'matching'>): Grade {
  const feedback = q.pairs.map((p): OptionFeedback => {
    const chosen = own(a.matches, p.id);
    const verdict: Verdict = chosen === undefined || chosen === '' ? 'missed' : chosen === p.id ? 'correct' : 'incorrect';
    return { id: p.id, verdict, explanation: p.explanation, expected: p.right };
  });
  return result(feedback.filter((f) => f.verdict === 'correct').length / q.pairs.length, feedback);
}

/** Label the request: the share of parts given their right role (method, URL, header or body). */
function gradeLabel(q: LabelRequestQuestion, a: AnswerOf<'label'>): Grade {
  const feedback = q.parts.map((p): OptionFeedback => {
    const chosen = own(a.labels, p.id);
    const verdict: Verdict = chosen === undefined ? 'missed' : chosen === p.role ? 'correct' : 'incorrect';
    return { id: p.id, verdict, explanation: p.explanation, expected: ROLE_NAMES[p.role] };
  });
  return result(feedback.filter((f) => f.verdict === 'correct').length / q.parts.length, feedback);
}

/**
 * Free text is self-assessed: the learner writes an attempt, sees the model answer, then marks it right or wrong.
 * Score 1 for "right", 0 for "wrong"; before any text or self-mark it scores 0 with a note.
 */
function gradeFree(q: FreeTextQuestion, a: AnswerOf<'free'>): Grade {
  const modelAnswer = (verdict: Verdict): OptionFeedback[] => [{ id: 'model-answer', verdict, explanation: q.modelAnswer }];
  if (a.text.trim() === '') return result(0, modelAnswer('neutral'), 'Write your answer first, then compare it with the model answer.');
  if (a.selfMark === null) return result(0, modelAnswer('neutral'), 'Compare your answer with the model answer, then mark it right or wrong.');
  const mark = a.selfMark === 'right';
  return result(mark ? 1 : 0, modelAnswer(mark ? 'correct' : 'incorrect'));
}

/**
 * A task graded by doing: 1 once the app's check found evidence in the request log or the registry, else 0.
 * A "done" without evidence scores 0: the evidence is what makes it more than a claim.
 */
function gradeTask(q: TaskQuestion, a: AnswerOf<'task'>): Grade {
  const done = a.done && a.evidence.trim() !== '';
  if (!done) return result(0, [{ id: 'task', verdict: 'missed', explanation: q.explanation }], `Not done yet. How to do it: ${q.how}`);
  return result(1, [{ id: 'task', verdict: 'correct', explanation: q.explanation, expected: a.evidence }]);
}

/** Feedback listing every option as unanswered, for answers that cannot be graded. */
function ungraded(q: Question, note: string): Grade {
  const feedback: OptionFeedback[] = (() => {
    switch (q.kind) {
      case 'single':
      case 'multiple':
        return q.options.map((o) => ({ id: o.id, verdict: o.correct ? 'missed' : 'neutral', explanation: o.explanation }) as const);
      case 'ordering':
        return q.items.map((it, i) => ({ id: it.id, verdict: 'missed', explanation: it.explanation, expected: `position ${i + 1}` }) as const);
      case 'matching':
        return q.pairs.map((p) => ({ id: p.id, verdict: 'missed', explanation: p.explanation, expected: p.right }) as const);
      case 'label':
        return q.parts.map((p) => ({ id: p.id, verdict: 'missed', explanation: p.explanation, expected: ROLE_NAMES[p.role] }) as const);
      case 'free':
        return [{ id: 'model-answer', verdict: 'neutral', explanation: q.modelAnswer } as const];
      case 'task':
        return [{ id: 'task', verdict: 'missed', explanation: q.explanation } as const];
    }
  })();
  return { score: 0, correct: false, feedback, note };
}

/** Grades an answer (untrusted: it is parsed first) against a question. Never throws; the score is always in [0, 1]. */
export function gradeAnswer(question: Question, answer: unknown): Grade {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) return ungraded(question, 'This answer could not be read.');
  const a: Answer = parsed.data;
  if (a.kind !== question.kind) return ungraded(question, `This answer is for a ${a.kind} question, not a ${question.kind} one.`);
  switch (question.kind) {
    case 'single':
      return gradeSingle(question, a as AnswerOf<'single'>);
    case 'multiple':
      return gradeMultiple(question, a as AnswerOf<'multiple'>);
    case 'ordering':
      return gradeOrdering(question, a as AnswerOf<'ordering'>);
    case 'matching':
      return gradeMatching(question, a as AnswerOf<'matching'>);
    case 'label':
      return gradeLabel(question, a as AnswerOf<'label'>);
    case 'free':
      return gradeFree(question, a as AnswerOf<'free'>);
    case 'task':
      return gradeTask(question, a as AnswerOf<'task'>);
  }
}
