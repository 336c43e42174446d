import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../monitoring/log-entry';
import { EMPTY_PROGRESS, markTried, markVisited, migrateQuizProgress, progressSchema, quizPart, recordQuizAttempt, recordTaskDone, stageMarks } from './progress';
import { stageTriedBy } from './stage-activity';

describe('progress model', () => {
  it('marks visited, then tried (which implies visited), returning the same object when nothing changes', () => {
    const v = markVisited(EMPTY_PROGRESS, 'train');
    expect(stageMarks(v, 'train')).toEqual({ visited: true, tried: false });
    expect(markVisited(v, 'train')).toBe(v);
    const t = markTried(EMPTY_PROGRESS, 'train');
    expect(stageMarks(t, 'train')).toEqual({ visited: true, tried: true });
    expect(markTried(t, 'train')).toBe(t);
    expect(markVisited(t, 'train')).toBe(t);
    expect(stageMarks(t, 'constructor')).toEqual({ visited: false, tried: false });
    expect(EMPTY_PROGRESS.stages).toEqual({});
  });

  it('records quiz attempts and remembers a task once, with a full score', () => {
    const p = recordQuizAttempt(recordQuizAttempt(EMPTY_PROGRESS, 'q', { score: 0.5, correct: false }), 'q', { score: 1, correct: true });
    expect(p.quiz.q).toEqual({ score: 1, correct: true, tries: 2 });
    const done = recordTaskDone(EMPTY_PROGRESS, 'task-x', 'POST → 415 at 14:02:11', 1000);
    expect(done.tasks['task-x']).toEqual({ evidence: 'POST → 415 at 14:02:11', at: 1000 });
    expect(done.quiz['task-x']).toEqual({ score: 1, correct: true, tries: 1 });
    expect(recordTaskDone(done, 'task-x', 'other', 2000)).toBe(done);
    expect(quizPart(done)).toEqual({ version: 1, attempts: done.quiz });
  });

  it('migrates the older quiz-only document and validates the new one', () => {
    const migrated = migrateQuizProgress({ version: 1, attempts: { a: { score: 1, correct: true, tries: 3 } } });
    expect(migrated).toEqual({ version: 1, stages: {}, quiz: { a: { score: 1, correct: true, tries: 3 } }, tasks: {} });
    expect(progressSchema.safeParse(migrated).success).toBe(true);
    expect(progressSchema.safeParse({ ...migrated, version: 2 }).success).toBe(false);
    expect(progressSchema.safeParse({ ...migrated, stages: { train: { visited: 'yes', tried: false } } }).success).toBe(false);
    expect(progressSchema.safeParse({ ...migrated, tasks: { t: { evidence: '', at: 1 } } }).success).toBe(false);
  });
});

describe('stages tried, from the request log', () => {
  const base: RequestLogEntry = {
    seq: 1, requestId: null, startedAt: 0, durationMs: 1, method: 'POST', path: '/api/endpoints/penguins/invocations', kind: 'invocation', endpoint: 'penguins',
    status: 200, modelVersion: 'v1', client: null, instances: null, predictions: null, feedback: null, requestBody: null,
  };
  it('traffic generator → monitor; a successful split PUT → update; anything else → null', () => {
    expect(stageTriedBy(base)).toBeNull();
    expect(stageTriedBy({ ...base, client: 'traffic-generator' })).toBe('monitor');
    const split = { ...base, method: 'PUT', path: '/api/endpoints/penguins', kind: 'other' as const, requestBody: '{"variants":[{"version":"v1","weight":90},{"version":"v2","weight":10}]}' };
    expect(stageTriedBy(split)).toBe('update');
    expect(stageTriedBy({ ...split, status: 422 })).toBeNull();
    expect(stageTriedBy({ ...split, requestBody: '{"variants":[{"version":"v2","weight":100}]}' })).toBeNull();
  });
});
