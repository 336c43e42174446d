/**
 * Nothing lost on reload, and the keyboard kept where it is (#15 parts 3 and 7) in real Chromium:
 * a trained run is still listed after a reload; after "Skip to content" an arrow key on an Explore radio
 * (which rewrites the URL's search params) keeps focus on the radio; quiz answers are shown after a reload.
 */
import assert from 'node:assert/strict';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'a trained run is still there after a reload',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/model/train');
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Train' && !b.disabled), undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const main = page.locator('main');
    await waitForText(main, /After 200 epochs your model gets \d+ of \d+ validation penguins right/, 60_000);
    await page.waitForTimeout(500); // the IndexedDB write is asynchronous
    await page.reload({ waitUntil: 'load' });
    await waitForText(main, /After 200 epochs your model gets \d+ of \d+ validation penguins right/, 20_000);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 120_000 },
);

e2e('skip link, then an arrow key on an Explore radio: focus stays on the radio', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/data/explore');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Skip to content/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#content');
  const drop = page.getByRole('radio', { name: 'Drop the row', exact: true });
  await drop.focus();
  const before = await page.evaluate(() => location.search);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((b) => location.search !== b, before, { timeout: 10_000 });
  await page.waitForTimeout(300);
  const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, type: (document.activeElement as HTMLInputElement | null)?.type, scrollY }));
  assert.deepEqual([focused.tag, focused.type], ['INPUT', 'radio'], 'focus stays on the radio group, not the h1');
  assert.ok(await page.getByRole('radio', { name: 'Fill with the mean', exact: true }).isChecked());
  assert.deepEqual(probe.pageErrors, []);
});

e2e('quiz answers are shown after a reload', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/quiz');
  const card = page.getByRole('region', { name: /^Question 1(?!\d)/ });
  await card.getByRole('radio').first().check();
  await card.getByRole('button', { name: /^Check/ }).click();
  await waitForText(card, /Score: \d+ %/);
  await page.reload({ waitUntil: 'load' });
  const again = page.getByRole('region', { name: /^Question 1(?!\d)/ });
  await waitForText(again, /last score/);
  assert.ok(await again.getByRole('radio').first().isChecked(), 'the chosen answer is shown again');
  await waitForText(again, /Score: \d+ %/);
  assert.deepEqual(probe.pageErrors, []);
});
