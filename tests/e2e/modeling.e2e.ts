/**
 * The modeling phase in real Chromium: train with the defaults in the worker, stop a run,
 * evaluate once on the test set, save, and find the saved model after a reload.
 */
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'train with defaults, stop a long run, evaluate, save, reload and find the saved model',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/model/train');
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Train' && !b.disabled), undefined, { timeout: 30_000 });
    await train.click();
    const main = page.locator('main');
    await waitForText(main, /After 200 epochs your model gets \d+ of \d+ validation penguins right/, 60_000);
    await waitForText(main, /Trained on:?\s*(wasm|cpu)/);
    assert.ok((await page.getByRole('button', { name: /Show as table/ }).count()) >= 2, 'the loss and accuracy charts have table twins');
    await assertNoAxeViolations(page, '/model/train after a run');

    // A long run, stopped: it keeps what it learned.
    await page.getByRole('spinbutton', { name: 'Epochs' }).fill('1000');
    await train.click();
    await page.getByRole('button', { name: 'Stop', exact: true }).click({ timeout: 20_000 });
    await waitForText(main, /You stopped the run after \d+ of 1000 epochs/, 30_000);

    await page.getByRole('button', { name: /Use this model/ }).first().click();
    // Client-side navigation: the chosen run lives in this visit's memory, as a learner's would.
    await page.getByRole('navigation', { name: 'Tutorial steps' }).getByRole('link', { name: 'Evaluate', exact: true }).click();
    await page.getByRole('button', { name: 'Evaluate on the test set', exact: true }).click({ timeout: 20_000 });
    await waitForText(main, /The test set was used/, 30_000);
    await waitForText(main, /Always guessing/);
    await assertNoAxeViolations(page, '/model/evaluate after evaluating');
    await page.getByRole('button', { name: 'Save model', exact: true }).click();
    await waitForText(main, /Saved on/);

    await page.reload({ waitUntil: 'load' });
    // The saved model's own heading, not /saved/i: the empty state "No model saved yet." matches /saved/i too.
    await page.getByRole('heading', { name: 'Your saved model', exact: true }).waitFor({ timeout: 20_000 });
    assert.equal(await main.getByText('No model saved yet.').count(), 0, 'the saved model survives a reload');
    await openRoute(probe, '/deploy/endpoint');
    await waitForText(main, /Your saved model/, 20_000);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 180_000 },
);
