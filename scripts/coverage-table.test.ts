// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../src/content/stages';
import { REVIEW_QUESTIONS } from '../src/core/quiz/question';
import { COVERAGE_FILE, coverageMarkdown, coverageRows } from './coverage-table';

describe('coverage table', () => {
  const rows = coverageRows();

  it('has every workflow stage and every review question, each with at least one page and one question', () => {
    const workflow = STAGES.filter((s) => s.phase !== 'more').map((s) => s.id);
    expect(rows.filter((r) => r.kind === 'stage').map((r) => r.id)).toEqual(workflow);
    expect(rows.filter((r) => r.kind === 'review').map((r) => r.id)).toEqual(REVIEW_QUESTIONS.map((r) => r.id));
    for (const r of rows) {
      expect(r.pages.length, r.id).toBeGreaterThanOrEqual(1);
      expect(r.questions.length, r.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('every page is a route of the app', () => {
    const paths = new Set(STAGES.map((s) => s.path));
    for (const r of rows) for (const p of r.pages) expect(paths.has(p.split('#')[0] ?? ''), `${r.id}: ${p}`).toBe(true);
  });

  it('docs/coverage.md is up to date (regenerate: npx tsx scripts/coverage-table.ts)', () => {
    expect(readFileSync(COVERAGE_FILE, 'utf8')).toBe(coverageMarkdown(rows));
  });
});
