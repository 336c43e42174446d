import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade';
import type { Question } from './question';
import { questionSchema } from './question';

const ex = 'Because.';
const single: Question = {
  id: 's',
  kind: 'single',
  prompt: 'Pick b',
  options: [
    { id: 'a', text: 'A', correct: false, explanation: 'a is wrong' },
    { id: 'b', text: 'B', correct: true, explanation: 'b is right' },
    { id: 'c', text: 'C', correct: false, explanation: 'c is wrong' },
  ],
};
const multiple: Question = {
  id: 'm',
  kind: 'multiple',
  prompt: 'Pick a and b',
  options: [
    { id: 'a', text: 'A', correct: true, explanation: ex },
    { id: 'b', text: 'B', correct: true, explanation: ex },
    { id: 'c', text: 'C', correct: false, explanation: ex },
    { id: 'd', text: 'D', correct: false, explanation: ex },
  ],
};
const ordering: Question = {
  id: 'o',
  kind: 'ordering',
  prompt: 'Order',
  items: ['one', 'two', 'three', 'four'].map((id) => ({ id, text: id, explanation: ex })),
};
const matching: Question = {
  id: 'x',
  kind: 'matching',
  prompt: 'Match',
  pairs: [
    { id: 'endpoint', left: 'Endpoint', right: 'function call', explanation: ex },
    { id: 'model', left: 'Model', right: 'function', explanation: ex },
    { id: 'app', left: 'Application', right: 'program', explanation: ex },
  ],
};
const label: Question = {
  id: 'l',
  kind: 'label',
  prompt: 'Label',
  parts: [
    { id: 'p1', text: 'POST', role: 'method', explanation: ex },
    { id: 'p2', text: '/api/x', role: 'url', explanation: ex },
    { id: 'p3', text: 'Content-Type: application/json', role: 'header', explanation: ex },
    { id: 'p4', text: '{}', role: 'body', explanation: ex },
  ],
};
const free: Question = { id: 'f', kind: 'free', prompt: 'Explain', modelAnswer: 'The model answer.', keyPoints: ['point'] };

describe('question schema', () => {
  it('accepts the fixtures', () => {
    for (const q of [single, multiple, ordering, matching, label, free]) expect(questionSchema.safeParse(q).success).toBe(true);
  });
  it('rejects a single-choice question with two right options, and duplicate ids', () => {
    const twoRight = { ...single, options: single.options.map((o) => ({ ...o, correct: true })) };
    expect(questionSchema.safeParse(twoRight).success).toBe(false);
    const dup = { ...ordering, items: [ordering.items[0], ordering.items[0]] };
    expect(questionSchema.safeParse(dup).success).toBe(false);
  });
  it('rejects a multiple-choice question with no right option', () => {
    const none = { ...multiple, options: multiple.options.map((o) => ({ ...o, correct: false })) };
    expect(questionSchema.safeParse(none).success).toBe(false);
  });
});

describe('single choice', () => {
  it('scores the right option 1 and gives every option its explanation', () => {
    const g = gradeAnswer(single, { kind: 'single', optionId: 'b' });
    expect(g).toMatchObject({ score: 1, correct: true });
    expect(g.feedback.map((f) => [f.id, f.verdict, f.explanation])).toEqual([
      ['a', 'neutral', 'a is wrong'],
      ['b', 'correct', 'b is right'],
      ['c', 'neutral', 'c is wrong'],
    ]);
  });
  it('scores a wrong option 0 and marks the right one as missed', () => {
    const g = gradeAnswer(single, { kind: 'single', optionId: 'a' });
    expect(g).toMatchObject({ score: 0, correct: false });
    expect(g.feedback.map((f) => f.verdict)).toEqual(['incorrect', 'missed', 'neutral']);
  });
  it('scores no answer and an unknown id 0', () => {
    expect(gradeAnswer(single, { kind: 'single', optionId: null }).score).toBe(0);
    expect(gradeAnswer(single, { kind: 'single', optionId: 'zzz' }).score).toBe(0);
  });
});

describe('multiple choice (partial credit)', () => {
  const grade = (ids: string[]) => gradeAnswer(multiple, { kind: 'multiple', optionIds: ids });
  it('gives full marks only for exactly the right set', () => {
    expect(grade(['a', 'b'])).toMatchObject({ score: 1, correct: true });
    expect(grade(['b', 'a']).score).toBe(1);
  });
  it('gives (right − wrong) / right, floored at 0', () => {
    expect(grade(['a']).score).toBe(0.5);
    expect(grade(['a', 'b', 'c']).score).toBe(0.5);
    expect(grade(['a', 'c']).score).toBe(0);
    expect(grade(['a', 'c', 'd']).score).toBe(0);
    expect(grade(['a', 'b', 'c', 'd'])).toMatchObject({ score: 0, correct: false });
  });
  it('scores an empty answer 0 with both right options missed', () => {
    const g = grade([]);
    expect(g.score).toBe(0);
    expect(g.feedback.map((f) => f.verdict)).toEqual(['missed', 'missed', 'neutral', 'neutral']);
  });
  it('counts duplicates once and ignores unknown ids', () => {
    expect(grade(['a', 'a', 'a']).score).toBe(0.5);
    expect(grade(['a', 'b', 'nope', 'b'])).toMatchObject({ score: 1, correct: true });
  });
});

describe('ordering (share of items in the right position)', () => {
  const grade = (order: string[]) => gradeAnswer(ordering, { kind: 'ordering', order });
  it('scores the right order 1', () => {
    expect(grade(['one', 'two', 'three', 'four'])).toMatchObject({ score: 1, correct: true });
  });
  it('scores by position', () => {
    expect(grade(['two', 'one', 'three', 'four']).score).toBe(0.5);
    expect(grade(['four', 'three', 'two', 'one']).score).toBe(0);
    expect(grade(['one', 'three', 'two', 'four']).feedback.map((f) => f.verdict)).toEqual(['correct', 'incorrect', 'incorrect', 'correct']);
  });
  it('handles empty, short, long, duplicate and unknown orders', () => {
    expect(grade([]).score).toBe(0);
    expect(grade(['one']).score).toBe(0.25);
    expect(grade(['one', 'two', 'three', 'four', 'five']).score).toBe(1);
    expect(grade(['one', 'one', 'one', 'one']).score).toBe(0.25);
    expect(grade(['x', 'two', 'y', 'z']).score).toBe(0.25);
  });
  it('tells the expected position', () => {
    expect(grade([]).feedback[2]?.expected).toBe('position 3');
  });
});

describe('matching (share of right pairs)', () => {
  const grade = (matches: Record<string, string>) => gradeAnswer(matching, { kind: 'matching', matches });
  it('scores all right pairs 1', () => {
    expect(grade({ endpoint: 'endpoint', model: 'model', app: 'app' })).toMatchObject({ score: 1, correct: true });
  });
  it('scores swapped pairs and missing pairs', () => {
    const g = grade({ endpoint: 'model', model: 'endpoint', app: 'app' });
    expect(g.score).toBeCloseTo(1 / 3);
    expect(g.feedback.map((f) => f.verdict)).toEqual(['incorrect', 'incorrect', 'correct']);
    expect(grade({}).feedback.map((f) => f.verdict)).toEqual(['missed', 'missed', 'missed']);
    expect(grade({ endpoint: '' }).score).toBe(0);
  });
  it('counts an empty choice as missed, not incorrect (an unanswered select sends "")', () => {
    expect(grade({ endpoint: '', model: 'model', app: 'endpoint' }).feedback.map((f) => f.verdict)).toEqual(['missed', 'correct', 'incorrect']);
  });
  it('ignores unknown keys and inherited names', () => {
    expect(grade({ nope: 'model', model: 'model' }).score).toBeCloseTo(1 / 3);
    expect(grade(JSON.parse('{"__proto__": "x", "toString": "y"}')).score).toBe(0);
  });
  it('tells the expected right-hand side', () => {
    expect(grade({}).feedback[0]?.expected).toBe('function call');
  });
});

describe('label the request (share of right labels)', () => {
  const grade = (labels: Record<string, string>) => gradeAnswer(label, { kind: 'label', labels });
  it('scores all right labels 1', () => {
    expect(grade({ p1: 'method', p2: 'url', p3: 'header', p4: 'body' })).toMatchObject({ score: 1, correct: true });
  });
  it('scores partial labels and reports the expected role', () => {
    const g = grade({ p1: 'method', p2: 'header' });
    expect(g.score).toBe(0.25);
    expect(g.feedback.map((f) => [f.verdict, f.expected])).toEqual([
      ['correct', 'method'],
      ['incorrect', 'URL'],
      ['missed', 'header'],
      ['missed', 'body'],
    ]);
  });
  it('does not grade a label outside the four roles', () => {
    const g = grade({ p1: 'verb' });
    expect(g.score).toBe(0);
    expect(g.note).toMatch(/could not be read/);
  });
});

describe('free text (self-assessed)', () => {
  it('asks for text first, then for a self-mark, and always shows the model answer', () => {
    const empty = gradeAnswer(free, { kind: 'free', text: '   ', selfMark: 'right' });
    expect(empty).toMatchObject({ score: 0, correct: false });
    expect(empty.note).toMatch(/write your answer/i);
    const unmarked = gradeAnswer(free, { kind: 'free', text: 'my try', selfMark: null });
    expect(unmarked.note).toMatch(/mark it right or wrong/i);
    expect(unmarked.feedback[0]?.explanation).toBe('The model answer.');
  });
  it('scores the self-mark', () => {
    expect(gradeAnswer(free, { kind: 'free', text: 'my try', selfMark: 'right' })).toMatchObject({ score: 1, correct: true });
    expect(gradeAnswer(free, { kind: 'free', text: 'my try', selfMark: 'wrong' })).toMatchObject({ score: 0, correct: false });
  });
});

describe('untrusted answers', () => {
  it('grades malformed answers and answers of the wrong kind 0 with a note, never throwing', () => {
    for (const bad of [null, undefined, 42, 'b', {}, { kind: 'single' }, { kind: 'single', optionId: 7 }, { kind: 'nope' }]) {
      const g = gradeAnswer(single, bad);
      expect(g).toMatchObject({ score: 0, correct: false });
      expect(g.note).toBeDefined();
      expect(g.feedback).toHaveLength(3);
    }
    expect(gradeAnswer(single, { kind: 'multiple', optionIds: ['b'] }).note).toMatch(/multiple question, not a single/);
  });
});
