import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, markTried, recordTaskDone } from './progress';
import { PROGRESS_FILE_FORMAT, parseProgressFile, progressFileText } from './progress-file';

const sample = recordTaskDone(markTried(EMPTY_PROGRESS, 'inspect'), 'task-inspect-415', 'POST → 415 at 14:02:11', 5);

describe('progress file', () => {
  it('round-trips an export', () => {
    const text = progressFileText(sample, new Date('2026-11-26T14:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: PROGRESS_FILE_FORMAT, exported_at: '2026-11-26T14:00:00.000Z' });
    expect(parseProgressFile(text)).toEqual({ ok: true, value: sample });
  });

  it('accepts the older quiz-only document inside a file, migrated', () => {
    const text = JSON.stringify({ format: PROGRESS_FILE_FORMAT, progress: { version: 1, attempts: { a: { score: 0.5, correct: false, tries: 1 } } } });
    expect(parseProgressFile(text)).toEqual({ ok: true, value: { ...EMPTY_PROGRESS, quiz: { a: { score: 0.5, correct: false, tries: 1 } } } });
  });

  it('refuses with a reason: not JSON, not a progress file, damaged, too large', () => {
    expect(parseProgressFile('{oops')).toEqual({ ok: false, reason: expect.stringMatching(/not JSON/) });
    expect(parseProgressFile('[1,2]')).toEqual({ ok: false, reason: expect.stringMatching(/not a Deploy Lab progress file/) });
    expect(parseProgressFile('{"version":1}')).toEqual({ ok: false, reason: expect.stringMatching(/no "format"/) });
    const damaged = JSON.stringify({ format: PROGRESS_FILE_FORMAT, progress: { ...sample, quiz: { a: { score: 7, correct: true, tries: 1 } } } });
    const r = parseProgressFile(damaged);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/damaged, so nothing was imported\. “quiz\.a\.score”/);
    expect(parseProgressFile(' '.repeat(1_000_001)).ok).toBe(false);
  });

  it('refuses by size only above the limit, and names the whole file when the record itself is wrong', () => {
    expect(parseProgressFile(' '.repeat(1_000_001))).toEqual({ ok: false, reason: 'The file is too large to be a progress file.' });
    // Exactly the limit is read (and then refused as not JSON, not as too large): a huge valid export is a text of 1,000,000 characters at most.
    expect(parseProgressFile(' '.repeat(1_000_000))).toEqual({ ok: false, reason: expect.stringMatching(/not JSON/) });
    expect(parseProgressFile('"text"')).toEqual({ ok: false, reason: 'The file is JSON, but not a Deploy Lab progress file.' });
    const notAnObject = parseProgressFile(JSON.stringify({ format: PROGRESS_FILE_FORMAT, progress: 7 }));
    expect(notAnObject).toEqual({ ok: false, reason: expect.stringMatching(/damaged, so nothing was imported\. the file: /) });
  });

  it('accepts exactly the valid documents: a generated export round-trips, a damaged one is refused', () => {
    // Progress documents from the schema (progress.ts): stage marks, quiz attempts in [0, 1], tasks with evidence.
    // Not "__proto__": JSON.parse makes it an own key but zod's record drops it, so such a file does not round-trip
    // (harmless: stage and question ids come from the app's own content, never from the learner).
    const id = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__');
    const progressArb = fc.record({
      version: fc.constant(1 as const),
      stages: fc.dictionary(id, fc.record({ visited: fc.boolean(), tried: fc.boolean() }), { maxKeys: 3 }),
      quiz: fc.dictionary(id, fc.record({ score: fc.integer({ min: 0, max: 100 }).map((n) => n / 100), correct: fc.boolean(), tries: fc.integer({ min: 1, max: 1_000_000 }) }), { maxKeys: 3 }),
      tasks: fc.dictionary(id, fc.record({ evidence: fc.string({ minLength: 1, maxLength: 40 }), at: fc.nat() }), { maxKeys: 3 }),
    });
    // One damage per document, each breaking one rule of the schema.
    const damages: ((p: Record<string, unknown>) => unknown)[] = [
      (p) => ({ ...p, version: 2 }),
      (p) => ({ ...p, quiz: { q: { score: 1.5, correct: true, tries: 1 } } }),
      (p) => ({ ...p, tasks: { t: { evidence: '', at: 1 } } }),
      (p) => ({ ...p, stages: { s: { visited: 'yes', tried: false } } }),
    ];
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(progressArb, fc.option(fc.nat(damages.length - 1)), (progress, damage) => {
        const doc = damage === null ? progress : damages[damage]?.(progress);
        const r = parseProgressFile(JSON.stringify({ format: PROGRESS_FILE_FORMAT, exported_at: '2026-11-26T14:00:00.000Z', progress: doc }));
        if (damage === null) {
          accepted++;
          expect(r).toEqual({ ok: true, value: progress });
          expect(parseProgressFile(progressFileText(progress, new Date(0)))).toEqual({ ok: true, value: progress });
        } else {
          refused++;
          expect(r.ok).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
    // Both branches must run: a generator that only makes invalid documents would pass the checks above vacuously.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('never throws for arbitrary JSON, and whatever it accepts is a valid, complete document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, wrap) => {
        const text = JSON.stringify(wrap ? { format: PROGRESS_FILE_FORMAT, progress: value } : value);
        const r = parseProgressFile(text);
        if (r.ok) {
          expect(r.value.version).toBe(1);
          expect(Object.keys(r.value).sort()).toEqual(['quiz', 'stages', 'tasks', 'version']);
        } else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof parseProgressFile(s).ok).toBe('boolean');
      }),
    );
  });
});
