/**
 * "Copy link to this view" carries the view (#17) in real Chromium: Train settings, the Tune grid and the quiz's
 * question set are kept in the address; opening that address afresh (a full load, so no memory of the visit)
 * shows the same choices. A bad value in a link falls back with a visible notice, never a crash.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

/** Waits until the address holds `param=value` (the pages write it debounced), then returns the whole address. */
async function linkOnceItHas(page: Page, param: string, value: string): Promise<string> {
  await page.waitForFunction(({ k, v }) => new URLSearchParams(location.search).get(k) === v, { k: param, v: value }, { timeout: 10_000 });
  return page.evaluate(() => location.href);
}

e2e('Train settings survive opening the copied link', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/model/train');
  await page.getByLabel('Epochs', { exact: true }).fill('37');
  await page.getByLabel('Activation of hidden layers').selectOption('tanh');
  await page.getByLabel('Seed (starting weights)').fill('7');
  const link = await linkOnceItHas(page, 'seed', '7');
  assert.match(link, /epochs=37/);
  await page.goto(link, { waitUntil: 'load' });
  await page.getByLabel('Epochs', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Epochs', { exact: true }).inputValue(), '37');
  assert.equal(await page.getByLabel('Activation of hidden layers').inputValue(), 'tanh');
  assert.equal(await page.getByLabel('Seed (starting weights)').inputValue(), '7');

  await page.goto(probe.url('/model/train?epochs=5000&seed=3'), { waitUntil: 'load' });
  await waitForText(page.locator('main'), /Part of this link could not be used.*epochs=5000/);
  assert.equal(await page.getByLabel('Epochs', { exact: true }).inputValue(), '200');
  assert.equal(await page.getByLabel('Seed (starting weights)').inputValue(), '3');
  assert.deepEqual(probe.pageErrors, []);
});

e2e('the Tune grid survives opening the copied link', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/model/tune');
  const rates = page.getByRole('group', { name: 'Learning rates' });
  await rates.getByRole('checkbox', { name: '0.001' }).check();
  await rates.getByRole('checkbox', { name: '0.1' }).uncheck();
  await page.getByRole('group', { name: /^Hidden units/ }).getByRole('checkbox', { name: '32' }).check();
  const link = await linkOnceItHas(page, 'units', '8,16,32');
  await page.goto(link, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Add 6 runs to the queue' }).waitFor();
  const again = page.getByRole('group', { name: 'Learning rates' });
  assert.ok(await again.getByRole('checkbox', { name: '0.001' }).isChecked());
  assert.ok(!(await again.getByRole('checkbox', { name: '0.1' }).isChecked()));
  assert.deepEqual(probe.pageErrors, []);
});

e2e('the quiz question set survives opening the copied link', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/quiz');
  await page.getByLabel('Questions').selectOption('inspect');
  const link = await linkOnceItHas(page, 'set', 'inspect');
  await page.goto(link, { waitUntil: 'load' });
  await page.getByLabel('Questions').waitFor();
  assert.equal(await page.getByLabel('Questions').inputValue(), 'inspect');
  await waitForText(page.locator('main'), /Stage: Call the endpoint/);

  await page.goto(probe.url('/quiz?set=nonsense'), { waitUntil: 'load' });
  await waitForText(page.locator('main'), /question set that does not exist/);
  assert.equal(await page.getByLabel('Questions').inputValue(), 'review');
  assert.deepEqual(probe.pageErrors, []);
});

e2e("Explore's chart choices survive opening the copied link", async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/data/explore');
  const x = page.getByLabel('Horizontal axis (x)');
  await x.waitFor({ timeout: 30_000 });
  await x.selectOption('flipper_length_mm');
  const link = await linkOnceItHas(page, 'scatter_x', 'flipper_length_mm');
  await page.goto(link, { waitUntil: 'load' });
  await page.getByLabel('Horizontal axis (x)').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByLabel('Horizontal axis (x)').inputValue(), 'flipper_length_mm');
  // The share button's link carries the chart choice beside the pipeline's.
  await page.getByRole('button', { name: 'Copy link to these settings' }).click();
  const field = page.getByLabel('Link to these settings (copy it from here)');
  if (await field.isVisible().catch(() => false)) assert.match(await field.inputValue(), /scatter_x=flipper_length_mm/);

  // A value no chart offers reads as the default.
  await page.goto(probe.url('/data/explore?scatter_x=wingspan'), { waitUntil: 'load' });
  await page.getByLabel('Horizontal axis (x)').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByLabel('Horizontal axis (x)').inputValue(), 'bill_length_mm');
  assert.deepEqual(probe.pageErrors, []);
});
