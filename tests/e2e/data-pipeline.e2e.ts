/**
 * The data phase in real Chromium, driven from the keyboard: planted mistakes, outlier removal,
 * a changed split, and the same state after a reload. It checks behaviour only: main-thread
 * timing on a shared runner is too noisy to assert here, so this file makes no claim about it.
 */
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'data phase by keyboard: messy data, outliers removed, split changed, same state after reload',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/data/explore');
    const flagged = page.locator('output.flag-count');
    await flagged.waitFor({ timeout: 20_000 });

    await page.getByLabel('Real-world messy data').focus();
    await page.keyboard.press('Space');
    await waitForText(page.locator('main'), '5 problems were planted: 0 found, 0 fixed');
    await assertNoAxeViolations(page, '/data/explore with messy data on');

    // Point at the kilogram row by its number (the keyboard way to click its dot), then convert it rather than drop it.
    const keptRows = async () => Number(/has (\d+) rows after cleaning/.exec((await page.locator('.explore-lessons').textContent()) ?? '')?.[1]);
    const rowsBefore = await keptRows();
    await page.getByRole('spinbutton', { name: 'Row number' }).focus();
    await page.keyboard.type('21');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('.pointer-answer'), /Found it! Row 21: body mass typed in kilograms/);
    await waitForText(page.locator('main'), '5 problems were planted: 1 found, 0 fixed');
    await page.getByLabel('Convert kilogram masses to grams').focus();
    await page.keyboard.press('Space');
    await waitForText(page.locator('main'), '5 problems were planted: 1 found, 1 fixed');
    await waitForText(page.locator('main'), /Converted to grams: the bird stays/);
    assert.equal(await keptRows(), rowsBefore, 'converting to grams keeps the row');
    await assertNoAxeViolations(page, '/data/explore after pointing at a mistake');

    await page.getByLabel('Remove flagged outliers').focus();
    await page.keyboard.press('Space');
    await waitForText(page.locator('main'), /flags \d+ rows?; (they are|it is) removed/);

    const slider = page.getByLabel('k (IQR multiplier)');
    await slider.focus();
    const before = await flagged.textContent();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(500);
    const after = await flagged.textContent();
    assert.notEqual(after, before, 'moving the threshold must change the flagged count');

    await page.getByRole('link', { name: /Next\s+Prepare/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Prepare the data' }).waitFor();
    const training = page.getByLabel('Training', { exact: true });
    await training.waitFor({ timeout: 20_000 });
    await training.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(600);
    assert.equal(await training.inputValue(), '60');
    const bar = page.locator('.split-bar[role="img"]');
    await waitForText(page.locator('.split-bar-block'), /Training/);
    const label = (await bar.getAttribute('aria-label')) ?? '';
    assert.match(label, /60%|6\d rows|Training/, `split bar label: ${label}`);
    await assertNoAxeViolations(page, '/data/prepare with messy data and a 60% split');

    await page.reload({ waitUntil: 'load' });
    await page.getByLabel('Training', { exact: true }).waitFor({ timeout: 20_000 });
    assert.equal(await page.getByLabel('Training', { exact: true }).inputValue(), '60', 'the split survives a reload');
    assert.match(page.url(), /split=60(~|%7E)/, 'the URL carries the split, so it can be shared');
    await waitForText(page.locator('main'), /outlier/);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 120_000 },
);
