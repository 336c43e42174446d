/**
 * The modeling lessons shown with the learner's own numbers (issue 15, part 1), in real Chromium with the real worker:
 * - "Make it overfit": the loss table has a validation-loss minimum before the last epoch and a rise of ≥ 10 % after it,
 *   the page names that epoch, and "keep the best epoch's weights" ends a new run on exactly that loss;
 * - "A harder problem: two measurements": test accuracy below 100 % and at least one off-diagonal confusion cell,
 *   whose penguins are listed with their measurements.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

/** Waits until the Train button can be pressed (data loaded, worker ready, no run going). */
async function trainReady(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Train' && !b.disabled), undefined, { timeout: 30_000 });
}

/** The loss chart's table twin: one row per epoch with training and validation loss. */
async function lossTable(page: Page): Promise<{ epoch: number; train: number; validation: number }[]> {
  const chart = page.getByRole('heading', { name: 'Loss (lower is better)', exact: true }).locator('xpath=ancestor::section[1]');
  const toggle = chart.getByRole('button', { name: 'Show as table' });
  if ((await toggle.count()) > 0) await toggle.click();
  const rows = await chart.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  return rows.map(([e, t, v]) => ({ epoch: Number(e), train: Number(t), validation: Number(v) }));
}

e2e(
  'the overfit preset: validation loss has its minimum before the last epoch and rises ≥ 10 % after it; keeping the best epoch stops there',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/model/train');
    await trainReady(page);
    await page.getByRole('button', { name: 'Make it overfit' }).click();
    await waitForText(page.locator('main'), /Make it overfit: set\./);
    // The preset's data change (10 % of the rows for training) reaches the page before training starts.
    await waitForText(page.locator('.data-summary'), /split 10\/45\/45/, 20_000);
    await trainReady(page);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const main = page.locator('main');
    await waitForText(main, /After 300 epochs your model gets \d+ of \d+ validation penguins right/, 90_000);

    const table = await lossTable(page);
    assert.equal(table.length, 300, 'one table row per epoch');
    assert.ok(table.every((r) => Number.isFinite(r.validation)), 'every validation loss is a number');
    const best = table.reduce((b, r) => (r.validation < b.validation ? r : b));
    const last = table.at(-1) as (typeof table)[number];
    const rise = (last.validation - best.validation) / best.validation;
    assert.ok(best.epoch < last.epoch, `validation loss is lowest before the last epoch (at ${best.epoch})`);
    assert.ok(rise >= 0.1, `validation loss rises by ≥ 10 % after its minimum (it rose ${(rise * 100).toFixed(0)} %)`);
    assert.ok(last.train < (table[best.epoch - 1]?.train ?? Number.NaN), 'training loss kept falling meanwhile');

    const story = (await page.getByTestId('what-happened').textContent()) ?? '';
    const named = Number(await page.getByTestId('best-epoch').textContent());
    // The table shows 3 decimals: the named epoch must carry the table's lowest value.
    assert.equal(table[named - 1]?.validation, best.validation, `the page names epoch ${named}, the table's minimum is at ${best.epoch}`);
    assert.match(story, new RegExp(`lowest at epoch ${named} .*then rose by \\d+ %`));
    console.log(`overfit preset: best epoch ${named}, validation loss ${best.validation} → ${last.validation} (+${(rise * 100).toFixed(0)} %)`);

    await page.getByRole('button', { name: /Keep the best epoch’s weights/ }).click();
    await waitForText(main, new RegExp(`After ${named} epochs your model gets`), 60_000);
    // The finished run's table can lag its result sentence by a render (seen once on CI: 0 rows): read until it has rows.
    let kept = await lossTable(page);
    for (let i = 0; i < 40 && kept.length !== named; i++) {
      await page.waitForTimeout(250);
      kept = await lossTable(page);
    }
    assert.equal(kept.length, named);
    assert.equal(kept.at(-1)?.validation, table[named - 1]?.validation, 'the seeded retrain ends on the best epoch’s validation loss');
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 240_000 },
);

e2e(
  'two measurements: test accuracy below 100 % and at least one off-diagonal confusion cell, whose penguins are listed',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/model/train');
    await trainReady(page);
    await page.getByRole('button', { name: 'A harder problem: two measurements' }).click();
    await waitForText(page.locator('.data-summary'), /2 of the four measurements \(bill_length_mm, body_mass_g\)/, 20_000);
    await trainReady(page);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const main = page.locator('main');
    await waitForText(main, /After 200 epochs your model gets \d+ of \d+ validation penguins right/, 60_000);
    await page.getByRole('button', { name: /Use this model/ }).first().click();
    await page.getByRole('navigation', { name: 'Tutorial steps' }).getByRole('link', { name: 'Evaluate', exact: true }).click();
    await page.getByRole('button', { name: 'Evaluate on the test set', exact: true }).click({ timeout: 20_000 });
    await waitForText(main, /named correctly/, 30_000);

    const headline = (await page.locator('.eval-headline > div').first().textContent()) ?? '';
    const [, correct, total] = headline.match(/(\d+) of (\d+) penguins? named correctly/) ?? [];
    assert.ok(correct && total, `the headline gives the count: ${headline}`);
    assert.ok(Number(correct) < Number(total), `test accuracy is below 100 % (${correct} of ${total})`);

    const mistakes = page.locator('.confusion-matrix td.cm-wrong button');
    const cells = await mistakes.count();
    assert.ok(cells >= 1, 'at least one off-diagonal cell has penguins in it');
    const count = Number(await mistakes.first().locator('.cm-count').textContent());
    await mistakes.first().click();
    const listed = page.locator('.cell-rows-table tbody tr');
    await listed.first().waitFor();
    assert.equal(await listed.count(), count, 'the drill-down lists exactly the penguins of that cell');
    // Why: the overlap of the confused species on the two measurements, from the training rows, linked to Explore.
    await waitForText(main, /Why these two\? Look at the \w+ penguins in the training set: on bill length, \d+ % of them fall inside the \w+ range .*; on body mass, \d+ %/);
    assert.equal(await page.locator('.mix-up-why').getByRole('link', { name: /scatter plot/ }).getAttribute('href'), '/data/explore');
    console.log(`two measurements: test accuracy ${correct}/${total} (${((100 * Number(correct)) / Number(total)).toFixed(1)} %), ${cells} off-diagonal cell(s)`);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 180_000 },
);

e2e(
  'too high a learning rate: the training loss jumps up in many epochs and the page says the steps overshoot',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/model/train');
    await trainReady(page);
    await page.getByRole('button', { name: 'Back to the defaults' }).click();
    await trainReady(page);
    await page.getByRole('button', { name: 'Too high a learning rate' }).click();
    await trainReady(page);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    const main = page.locator('main');
    // Measured with this data and trainer: it oscillates without diverging, so the curves stay to be read.
    await waitForText(main, /After 200 epochs your model gets/, 60_000);
    const table = await lossTable(page);
    const ups = table.filter((r, i) => i > 0 && r.train > (table[i - 1]?.train ?? Number.POSITIVE_INFINITY) * 1.05).length;
    assert.ok(ups >= 10, `training loss rose in ${ups} epochs (a smooth run has none)`);
    await waitForText(page.getByTestId('what-happened'), /went up instead of down in \d+ of 200 epochs .*learning rate is too high/);
    console.log(`too high a learning rate: training loss rose in ${ups} of ${table.length} epochs`);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 180_000 },
);
