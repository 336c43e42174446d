/**
 * Progress, end-of-stage checks and tasks graded by doing, in real Chromium: a stage check answered with the
 * keyboard only, a task done through the inspector and marked from the real request log, progress exported,
 * reset and imported back, and axe on the pages that show progress.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

/** Presses Tab until the focused element's text matches (at most 30 times). */
async function tabUntil(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (name.test(text)) return;
  }
  assert.fail(`Tab never reached ${name}`);
}

e2e('stage check: the retrieve questions answered with the keyboard only, saved with the progress', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/data/retrieve');
  const summary = page.locator('.stage-check summary');
  await waitForText(summary, /Check yourself: 3 questions · not started/);
  await summary.focus();
  await page.keyboard.press('Enter');
  for (let n = 1; n <= 3; n++) {
    // Tab to the question's first choice, pick it with Space, then Tab to its Check button and press Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabUntil(page, new RegExp(`^Check question ${n}$`));
    await page.keyboard.press('Enter');
    const card = page.getByRole('region', { name: new RegExp(`^Question ${n}`) });
    await waitForText(card, /Score: \d+ %/);
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /^Try again/);
  }
  await waitForText(summary, /3 of 3 answered/);
  await assertNoAxeViolations(page, '/data/retrieve with the stage check open and graded');
  // The same scores on the quiz page.
  await openRoute(probe, '/quiz');
  await page.getByLabel('Questions').selectOption('retrieve');
  await waitForText(page.locator('.quiz-summary'), /\(3 answered\)/);
  assert.deepEqual(probe.pageErrors, []);
}, { timeout: 90_000 });

e2e('task graded by doing: the 415 preset in the inspector marks "make the endpoint answer 415" done, with evidence', async (probe) => {
  const { page } = probe;
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  await openRoute(probe, '/deploy/inspect');
  await page.getByText(/Check yourself/).click();
  const task = page.getByRole('region', { name: 'Question 4 · task graded by doing' });
  await waitForText(task, /Make the endpoint answer 415[\s\S]*Not done yet — how to do it/);
  const preset = page.getByRole('combobox', { name: 'Preset', exact: true });
  await preset.selectOption({ label: 'Error 415: wrong Content-Type' });
  await page.getByRole('button', { name: 'Send request', exact: true }).click();
  await waitForText(page.getByRole('region', { name: 'Response', exact: true }), '415', 20_000);
  const done = await waitForText(task, /Done ✓ — evidence: POST \/api\/endpoints\/penguins\/invocations → 415 at \d\d:\d\d:\d\d/);
  assert.match(done, /Content-Type header tells the server/);
  // Remembered after a reload (the log is gone), and counted on the overview.
  await openRoute(probe, '/quiz');
  await page.getByLabel('Questions').selectOption('inspect');
  await waitForText(page.getByRole('region', { name: 'Question 4 · task graded by doing' }), /Done ✓/);
  await openRoute(probe, '/');
  await waitForText(page.locator('.cycle-step', { hasText: 'Call the endpoint' }), /✓ Visited\s*✓ Tried\s*\? Quiz 1\/6/);
  assert.ok((await page.getByRole('navigation', { name: 'Tutorial steps' }).getByRole('link', { name: /Call the endpoint \(done\)/ }).count()) === 1);
});

e2e('progress: export to a file, reset, import the file back, and find the same progress; axe on / and /quiz', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/data/retrieve');
  await waitForText(page.locator('main'), /344/, 20_000);
  await openRoute(probe, '/');
  const panel = page.locator('.progress-panel');
  await waitForText(panel.locator('.progress-summary'), /You opened [1-9]\d* of \d+ steps and tried [1-9]/);
  const before = await panel.locator('.progress-summary').textContent();
  const cycleBefore = await page.locator('.cycle').textContent();
  await assertNoAxeViolations(page, '/ with progress');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'deploy-lab-progress.json');
  const file = join(mkdtempSync(join(tmpdir(), 'deploy-lab-progress-')), 'deploy-lab-progress.json');
  await download.saveAs(file);

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await waitForText(panel.locator('.progress-summary'), /You opened 0 of \d+ steps and tried 0\. Quiz: 0 of/);

  await page.getByLabel('Import progress from a file').setInputFiles(file);
  await waitForText(panel, 'Imported your progress from deploy-lab-progress.json.');
  assert.equal(await panel.locator('.progress-summary').textContent(), before);
  assert.equal(await page.locator('.cycle').textContent(), cycleBefore);
  // A bad file is refused with the reason and changes nothing.
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await waitForText(panel, /Nothing was imported: The file is JSON, but not a Deploy Lab progress file/);
  assert.equal(await panel.locator('.progress-summary').textContent(), before);

  await openRoute(probe, '/quiz');
  await assertNoAxeViolations(page, '/quiz');
  // Chromium under Playwright sometimes fails the service worker's soft update check while it intercepts the
  // download (the script is served fine: 200); it is the test browser's, not the app's.
  const errors = probe.pageErrors.filter((e) => !/Failed to update a ServiceWorker/.test(e));
  assert.deepEqual(errors, []);
}, { timeout: 120_000 });
