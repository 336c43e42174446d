import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../core/quiz/grade';
import { QUIZ_STAGE_IDS, questionSchema, REVIEW_QUESTIONS } from '../core/quiz/question';
import { ACCURACY_GOAL } from '../core/quiz/tasks';
import { QUIZ_BANK } from './quiz-bank';
import { STAGES } from './stages';

describe('quiz bank', () => {
  it('every question validates against the schema', () => {
    for (const q of QUIZ_BANK) {
      const parsed = questionSchema.safeParse(q);
      expect(parsed.success, `${q.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('question ids are unique', () => {
    const ids = QUIZ_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every review question has at least one question', () => {
    for (const r of REVIEW_QUESTIONS) expect(QUIZ_BANK.filter((q) => q.review === r.id).length, r.id).toBeGreaterThanOrEqual(1);
  });

  it('every workflow stage has at least three questions, and every quiz stage exists', () => {
    const stageIds = new Set(STAGES.map((s) => s.id));
    for (const id of QUIZ_STAGE_IDS) {
      expect(stageIds.has(id), id).toBe(true);
      expect(QUIZ_BANK.filter((q) => q.stage === id).length, id).toBeGreaterThanOrEqual(3);
    }
  });

  it('every question is tagged with a stage or a review question', () => {
    for (const q of QUIZ_BANK) expect(q.stage ?? q.review, q.id).toBeDefined();
  });

  it('every option, item, pair and part has an explanation, and grading gives one per option', () => {
    for (const q of QUIZ_BANK) {
      const entries = q.kind === 'single' || q.kind === 'multiple' ? q.options : q.kind === 'ordering' ? q.items : q.kind === 'matching' ? q.pairs : q.kind === 'label' ? q.parts : q.kind === 'task' ? [{ explanation: q.explanation }] : [{ explanation: q.modelAnswer }];
      for (const e of entries) expect(e.explanation.trim().length, q.id).toBeGreaterThan(10);
      const grade = gradeAnswer(q, null);
      expect(grade.feedback.length, q.id).toBe(entries.length);
      expect(grade.feedback.every((f) => f.explanation.length > 0)).toBe(true);
    }
  });

  it('includes every question type, with an ordering of the workflow, the Python analogy and status codes', () => {
    const kinds = new Set(QUIZ_BANK.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['free', 'label', 'matching', 'multiple', 'ordering', 'single', 'task']);
    expect(QUIZ_BANK.some((q) => q.kind === 'ordering' && q.review === 'workflow')).toBe(true);
    const matching = QUIZ_BANK.filter((q) => q.kind === 'matching').map((q) => q.pairs.map((p) => p.left).join(' '));
    expect(matching.some((m) => /Endpoint.*Model.*Application/.test(m))).toBe(true);
    expect(matching.some((m) => /200.*404/.test(m))).toBe(true);
  });

  it('the accurate-deploy task states the goal its check uses', () => {
    const task = QUIZ_BANK.find((q) => q.id === 'task-endpoint-accurate');
    if (task?.kind !== 'task') throw new Error('task-endpoint-accurate is missing');
    const stated = [...`${task.prompt} ${task.how}`.matchAll(/(\d+) ?%/g)].map((m) => Number(m[1]) / 100);
    expect(stated.length).toBeGreaterThan(0);
    for (const s of stated) expect(s).toBe(ACCURACY_GOAL);
  });

  it('matching right-hand sides are distinct within a question, so each has one answer', () => {
    for (const q of QUIZ_BANK) if (q.kind === 'matching') expect(new Set(q.pairs.map((p) => p.right)).size, q.id).toBe(q.pairs.length);
  });
});
