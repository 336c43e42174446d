import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** One line per violation with its nodes, so a failure says what to fix. */
export function describeViolations(violations: Violations): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${JSON.stringify(n.target)}`).join('\n');
      return `  ${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is now and fails with the violations listed. */
export async function assertNoAxeViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.equal(violations.length, 0, `axe violations on ${where}:\n${describeViolations(violations)}`);
}
