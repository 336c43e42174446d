import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../monitoring/log-entry';
import { numberedEntries } from '../monitoring/test-fixtures';
import { gradeAnswer } from './grade';
import { initialAnswer } from './initial-answer';
import type { TaskQuestion } from './question';
import { checkTask, clockTime, servedVersions, variantsFromEndpointBody, versionsFromModelsBody } from './tasks';
import type { TaskFacts } from './tasks';

const at = (h: number, m: number, s: number) => new Date(2026, 10, 26, h, m, s).getTime();
const entry = numberedEntries(
  { durationMs: 5, instances: [{ bill_length_mm: 39.1 }], predictions: ['Adelie'], contentType: 'application/json' },
  (seq) => at(14, 0, seq),
);
const put = (variants: { version: string; weight: number }[], over: Partial<RequestLogEntry> = {}) =>
  entry({ method: 'PUT', path: '/api/endpoints/penguins', kind: 'other', endpoint: null, requestBody: JSON.stringify({ variants }), predictions: null, instances: null, ...over });
const facts = (entries: RequestLogEntry[], more: Partial<TaskFacts> = {}): TaskFacts => ({ entries, models: null, variants: null, ...more });

describe('task checks', () => {
  it('status-415: needs an invocation answered 415, and names it with its time', () => {
    expect(checkTask('status-415', facts([entry({})])).done).toBe(false);
    expect(checkTask('status-415', facts([entry({ status: 415, kind: 'other', path: '/api/models' })])).done).toBe(false);
    const hit = entry({ status: 415, startedAt: at(14, 2, 11) });
    expect(checkTask('status-415', facts([entry({}), hit]))).toEqual({ done: true, evidence: 'POST /api/endpoints/penguins/invocations → 415 at 14:02:11' });
  });

  it('csv-prediction: a 200 invocation sent as text/csv (header with parameters, any case); JSON or a failed CSV does not count', () => {
    expect(checkTask('csv-prediction', facts([entry({})])).done).toBe(false);
    expect(checkTask('csv-prediction', facts([entry({ contentType: 'text/csv', status: 422 })])).done).toBe(false);
    const ok = checkTask('csv-prediction', facts([entry({ contentType: 'Text/CSV; charset=utf-8', predictions: ['Gentoo', 'Adelie'] })]));
    expect(ok.done).toBe(true);
    expect(ok.evidence).toMatch(/→ 200 at .*text\/csv \(2 penguins, first predicted Gentoo\)/);
  });

  it('csv-prediction: without a recorded Content-Type, a non-JSON body counts as CSV', () => {
    expect(checkTask('csv-prediction', facts([entry({ contentType: undefined, requestBody: '50,15.2,218,5700' })])).done).toBe(true);
    expect(checkTask('csv-prediction', facts([entry({ contentType: undefined, requestBody: '{"instances":[]}' })])).done).toBe(false);
    expect(checkTask('csv-prediction', facts([entry({ contentType: undefined, requestBody: null })])).done).toBe(false);
  });

  it('fix-422: a 422 then a later 200; a 200 before the 422 does not count', () => {
    expect(checkTask('fix-422', facts([entry({}), entry({ status: 422 })])).done).toBe(false);
    const r = checkTask('fix-422', facts([entry({ status: 422, startedAt: at(14, 1, 2) }), entry({ status: 400 }), entry({ startedAt: at(14, 1, 40) })]));
    expect(r.done).toBe(true);
    expect(r.evidence).toBe('POST /api/endpoints/penguins/invocations → 422 at 14:01:02, then POST /api/endpoints/penguins/invocations → 200 at 14:01:40');
  });

  it('deploy-accurate: a version other than v1, test accuracy ≥ 95 %, serving traffic', () => {
    const models = [
      { version: 'v1', testAccuracy: 0.99 },
      { version: 'v2', testAccuracy: 0.97 },
      { version: 'v3', testAccuracy: 0.9 },
      { version: 'v4', testAccuracy: null },
    ];
    expect(checkTask('deploy-accurate', facts([], { models, variants: [{ version: 'v1', weight: 100 }] })).done).toBe(false);
    expect(checkTask('deploy-accurate', facts([], { models, variants: [{ version: 'v3', weight: 100 }] })).done).toBe(false);
    expect(checkTask('deploy-accurate', facts([], { models, variants: [{ version: 'v4', weight: 100 }] })).done).toBe(false);
    expect(checkTask('deploy-accurate', facts([], { models, variants: [{ version: 'v1', weight: 100 }, { version: 'v2', weight: 0 }] })).done).toBe(false);
    expect(checkTask('deploy-accurate', facts([], { models: null, variants: [{ version: 'v2', weight: 100 }] })).done).toBe(false);
    const ok = checkTask('deploy-accurate', facts([], { models, variants: [{ version: 'v1', weight: 80 }, { version: 'v2', weight: 20 }] }));
    expect(ok).toEqual({ done: true, evidence: 'v2 (test accuracy 97 %) serves 20 % of the traffic of endpoint "penguins"' });
    expect(checkTask('deploy-accurate', facts([], { models: [{ version: 'v2', testAccuracy: 0.95 }], variants: [{ version: 'v2', weight: 100 }] })).done).toBe(true);
  });

  it('canary-rollback: a split, then all traffic back to the version that served before', () => {
    const canary = put([{ version: 'v1', weight: 80 }, { version: 'v2', weight: 20 }], { startedAt: at(14, 0, 1) });
    const back = put([{ version: 'v1', weight: 100 }, { version: 'v2', weight: 0 }], { startedAt: at(14, 2, 11) });
    expect(checkTask('canary-rollback', facts([canary, back]))).toEqual({
      done: true,
      evidence: 'PUT /api/endpoints/penguins split traffic v1 80 % / v2 20 % at 14:00:01, then PUT sent all traffic back to v1 at 14:02:11',
    });
  });

  it('canary-rollback: promoting, a failed PUT, a PUT before the canary or another endpoint do not count', () => {
    const canary = put([{ version: 'v1', weight: 80 }, { version: 'v2', weight: 20 }]);
    expect(checkTask('canary-rollback', facts([canary, put([{ version: 'v2', weight: 100 }])])).done).toBe(false);
    expect(checkTask('canary-rollback', facts([canary, put([{ version: 'v1', weight: 100 }], { status: 422 })])).done).toBe(false);
    expect(checkTask('canary-rollback', facts([put([{ version: 'v1', weight: 100 }]), canary])).done).toBe(false);
    expect(checkTask('canary-rollback', facts([canary, put([{ version: 'v1', weight: 100 }], { path: '/api/endpoints/other' })])).done).toBe(false);
    expect(checkTask('canary-rollback', facts([put([{ version: 'v1', weight: 80 }, { version: 'v2', weight: 20 }], { status: 422 }), put([{ version: 'v1', weight: 100 }])])).done).toBe(false);
  });

  it('canary-rollback: the version that served before wins over the heavier share; a tie without history is not counted', () => {
    const history = put([{ version: 'v2', weight: 100 }]);
    const canary = put([{ version: 'v2', weight: 10 }, { version: 'v3', weight: 90 }]);
    expect(checkTask('canary-rollback', facts([history, canary, put([{ version: 'v2', weight: 100 }])])).done).toBe(true);
    expect(checkTask('canary-rollback', facts([history, canary, put([{ version: 'v3', weight: 100 }])])).done).toBe(false);
    const tie = put([{ version: 'v1', weight: 50 }, { version: 'v2', weight: 50 }]);
    expect(checkTask('canary-rollback', facts([tie, put([{ version: 'v1', weight: 100 }])])).done).toBe(false);
  });

  it('reads PUT bodies and API bodies without throwing', () => {
    expect(servedVersions('{"variants":[{"version":"v1","weight":0},{"version":"v2","weight":100}]}')).toEqual([{ version: 'v2', weight: 100 }]);
    for (const bad of [null, '', 'nope', '[]', '{"variants":3}', '{"variants":[null]}', '{"variants":[{"version":1,"weight":1}]}']) expect(servedVersions(bad)).toBeNull();
    expect(versionsFromModelsBody('{"models":[{"version":"v1","card":{"metrics":{"test_accuracy":0.98}}},{"version":"v2","card":{}},{"x":1}]}')).toEqual([
      { version: 'v1', testAccuracy: 0.98 },
      { version: 'v2', testAccuracy: null },
    ]);
    expect(versionsFromModelsBody('{')).toBeNull();
    expect(variantsFromEndpointBody('{"variants":[{"version":"v1","weight":100},{"version":2}]}')).toEqual([{ version: 'v1', weight: 100 }]);
    expect(variantsFromEndpointBody('null')).toBeNull();
    expect(clockTime(Number.NaN)).toBe('??:??:??');
  });
});

describe('grading a task question', () => {
  const q: TaskQuestion = { id: 't', kind: 'task', task: 'status-415', stage: 'inspect', prompt: 'Make a 415.', how: 'Send text/plain.', path: '/deploy/inspect', explanation: 'Content-Type matters.' };

  it('starts not done and scores 0 with the how-to as a note', () => {
    const g = gradeAnswer(q, initialAnswer(q));
    expect(g.score).toBe(0);
    expect(g.note).toBe('Not done yet. How to do it: Send text/plain.');
    expect(g.feedback).toEqual([{ id: 'task', verdict: 'missed', explanation: 'Content-Type matters.' }]);
  });

  it('scores 1 only when done with evidence', () => {
    expect(gradeAnswer(q, { kind: 'task', done: true, evidence: '   ' }).score).toBe(0);
    const g = gradeAnswer(q, { kind: 'task', done: true, evidence: 'POST … → 415 at 14:02:11' });
    expect(g).toEqual({ score: 1, correct: true, feedback: [{ id: 'task', verdict: 'correct', explanation: 'Content-Type matters.', expected: 'POST … → 415 at 14:02:11' }] });
  });

  it('refuses other kinds and malformed answers', () => {
    expect(gradeAnswer(q, { kind: 'single', optionId: 'a' }).note).toMatch(/single question, not a task/);
    expect(gradeAnswer(q, { kind: 'task', done: 'yes' }).note).toBe('This answer could not be read.');
  });
});
