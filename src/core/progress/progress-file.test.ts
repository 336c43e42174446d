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
