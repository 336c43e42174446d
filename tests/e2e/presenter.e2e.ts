/**
 * The instructor tools in real Chromium: presenter mode by keyboard (kept after a reload), every route
 * in presenter mode at 1280×800 (axe, no horizontal scroll), the help dialog (? opens, Esc closes,
 * focus returns), step keys, "Copy link to this view", quiz answers hidden until revealed, and
 * glossary deep links.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { STAGES } from '../../src/content/stages';
import { PRESENTER_KEY } from '../../src/store/presenter-store';
import { assertNoAxeViolations } from './axe';
import type { Probe } from './harness';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e, harness } = setupE2E();

/**
 * Starts every load of this page with presenter mode on or off, whatever earlier tests left in the
 * shared browser profile's localStorage.
 */
async function startWithPresenter(page: Page, presenter: boolean): Promise<void> {
  await page.addInitScript(([key, on]) => localStorage.setItem(key, JSON.stringify({ presenter: on, shortcuts: true })), [PRESENTER_KEY, presenter] as const);
}

async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const size = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  assert.ok(size.scrollWidth <= size.innerWidth, `horizontal scroll on ${where}: scrollWidth ${size.scrollWidth} > innerWidth ${size.innerWidth}`);
}

const rootFontPx = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
const pathname = (page: Page) => page.evaluate(() => location.pathname);

function assertNoPageErrors(probe: Probe): void {
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
}

e2e('Shift+P turns presenter mode on (larger type, pressed button), and it survives a reload', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/data/retrieve');
  // Not an init script: the reload below must find what the page itself stored.
  await page.evaluate((key) => localStorage.removeItem(key), PRESENTER_KEY);
  await openRoute(probe, '/data/retrieve');
  assert.equal(await rootFontPx(page), 16);
  await page.keyboard.press('Shift+P');
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.presenter), 'on');
  assert.equal(await rootFontPx(page), 20);
  await page.reload({ waitUntil: 'load' });
  await page.locator('h1').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Presenter mode' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await rootFontPx(page), 20);
  await page.keyboard.press('Shift+P');
  assert.equal(await rootFontPx(page), 16);
  assertNoPageErrors(probe);
});

for (const stage of STAGES) {
  e2e(`presenter mode on ${stage.path} at 1280×800: axe, no horizontal scroll`, async (probe) => {
    const { page } = probe;
    await startWithPresenter(page, true);
    await openRoute(probe, stage.path);
    assert.equal(await rootFontPx(page), 20, 'presenter mode is not on');
    await assertNoHorizontalScroll(page, stage.path);
    await assertNoAxeViolations(page, `${stage.path} in presenter mode`);
    assertNoPageErrors(probe);
  });
}

e2e('? opens the help dialog, Esc closes it and focus goes back', async (probe) => {
  const { page } = probe;
  await startWithPresenter(page, false);
  await openRoute(probe, '/deploy/endpoint');
  const copy = page.getByRole('button', { name: 'Copy link to this view' });
  await copy.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor({ state: 'visible' });
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus is not inside the dialog');
  await waitForText(dialog, 'Shift + P');
  await assertNoAxeViolations(page, 'the help dialog');
  // Tab stays inside the modal dialog.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement) || document.activeElement === document.body), 'Tab left the dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.ok(await copy.evaluate((el) => el === document.activeElement), 'focus did not return to the button that had it');
  // The header button opens it too.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await dialog.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  assertNoPageErrors(probe);
});

e2e('] and [ move to the next and previous step, but not while typing', async (probe) => {
  const { page } = probe;
  await startWithPresenter(page, false);
  await openRoute(probe, '/data/retrieve');
  await page.keyboard.press(']');
  await page.waitForURL(/\/data\/explore$/);
  await page.getByRole('heading', { level: 1, name: 'Clean and explore' }).waitFor();
  await page.keyboard.press('[');
  await page.waitForURL(/\/data\/retrieve$/);
  await openRoute(probe, '/deploy/inspect');
  await page.getByLabel('URL', { exact: true }).focus();
  await page.keyboard.press(']');
  await page.keyboard.press('Shift+P');
  assert.equal(await pathname(page), '/deploy/inspect');
  assert.equal(await rootFontPx(page), 16, 'Shift+P in a text field must type, not toggle presenter mode');
  assertNoPageErrors(probe);
});

e2e('Copy link to this view copies the full URL with its query', async (probe) => {
  const { page } = probe;
  const origin = new URL(probe.url('/')).origin;
  await harness()?.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await openRoute(probe, '/data/explore?messy=1&clean=000&miss=drop&out=iqr~1.5~0&split=70~15~15&seed=42&strat=1&scale=standard&leak=0');
  const expected = await page.evaluate(() => location.href);
  assert.match(expected, /messy=1/);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await waitForText(page.locator('.copy-link'), 'Link copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  assertNoPageErrors(probe);
});

e2e('Copy link falls back to a selected read-only field when the clipboard refuses', async (probe) => {
  const { page } = probe;
  await page.addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await openRoute(probe, '/model/train');
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await field.waitFor();
  assert.equal(await field.inputValue(), await page.evaluate(() => location.href));
  const selected = await field.evaluate((el: HTMLInputElement) => el.selectionEnd !== null && el.selectionEnd - (el.selectionStart ?? 0) === el.value.length);
  assert.ok(selected, 'the link is not selected');
  await assertNoAxeViolations(page, '/model/train with the copy fallback');
});

e2e('presenter mode hides quiz answers until Reveal answers', async (probe) => {
  const { page } = probe;
  await startWithPresenter(page, true);
  await openRoute(probe, '/quiz');
  const card = page.locator('.quiz-card').first();
  await card.locator('input').first().check();
  await card.getByRole('button', { name: /^Check/ }).click();
  const feedback = card.locator('.quiz-feedback');
  await feedback.waitFor({ state: 'attached' });
  assert.equal(await feedback.isVisible(), false, 'feedback is visible before Reveal answers');
  await page.getByRole('button', { name: 'Reveal answers' }).click();
  await feedback.waitFor({ state: 'visible' });
  await page.getByRole('button', { name: 'Reveal answers' }).click();
  await feedback.waitFor({ state: 'hidden' });
  assertNoPageErrors(probe);
});

e2e('glossary: a deep link shows its term, and a lesson word\'s definition links to its entry', async (probe) => {
  const { page } = probe;
  // Presenter mode folds the lesson; this test clicks a word in the lesson, so it starts with presenter mode off.
  await startWithPresenter(page, false);
  await openRoute(probe, '/glossary#drift');
  const drift = page.locator('#drift');
  await waitForText(drift, 'data drift');
  assert.ok(await drift.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }), '#drift is not scrolled into view');
  await page.getByRole('searchbox', { name: 'Filter terms' }).fill('canary');
  await waitForText(page.getByRole('status').filter({ hasText: 'terms' }), /^1 of \d+ terms match\.$/);

  await openRoute(probe, '/deploy/monitor');
  // A lesson word opens its definition in place; its "More in the glossary" link goes to the entry.
  await page.getByRole('region', { name: 'Lesson' }).getByRole('button', { name: /data drift/ }).click();
  await page.getByRole('dialog', { name: /drift/ }).getByRole('link', { name: 'More in the glossary' }).click();
  await page.waitForURL(/\/glossary#drift$/);
  await page.waitForFunction(() => document.activeElement?.id === 'drift');
  assertNoPageErrors(probe);
});
