/**
 * Display honesty on the deployment pages in real Chromium, with a registered v2 beside v1 (traffic split 90/10):
 * the inspector and the deploy page name the versions actually serving, "Call the model both ways" runs a
 * registered model, and the walk-through of a request shows the answering version's scaler at work.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

/** Registers the shipped v1 files again as v2, with every scaler mean shifted by +1 (so its numbers differ), and splits traffic. */
async function registerV2(page: Page, split: { v2: number; v1: number }): Promise<void> {
  const result = await page.evaluate(async (weights) => {
    const base = '/models/penguins/v1/';
    const [modelJson, bin, preprocessing, card] = await Promise.all([
      fetch(`${base}model.json`).then((r) => r.json()),
      fetch(`${base}weights.bin`).then((r) => r.arrayBuffer()),
      fetch(`${base}preprocessing.json`).then((r) => r.json()),
      fetch(`${base}card.json`).then((r) => r.json()),
    ]);
    let binary = '';
    for (const b of new Uint8Array(bin)) binary += String.fromCharCode(b);
    const json = { 'Content-Type': 'application/json', Accept: 'application/json' };
    const body = {
      version: 'v2',
      model: { modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData: btoa(binary) },
      preprocessing: { ...preprocessing, features: preprocessing.features.map((f: { mean: number }) => ({ ...f, mean: f.mean + 1 })) },
      card: { ...card, description: 'v1 weights with shifted scaler means (e2e).' },
    };
    const reg = await fetch('/api/models', { method: 'POST', headers: json, body: JSON.stringify(body) });
    const put = await fetch('/api/endpoints/penguins', {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ variants: Object.entries(weights).map(([version, weight]) => ({ version, weight })) }),
    });
    return [reg.status, put.status];
  }, split);
  assert.deepEqual(result, [201, 200]);
}

e2e(
  'two versions serving: the inspector and the deploy page name both, the race runs whichever answers, the scaler table uses its numbers',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/deploy/inspect');
    const main = page.locator('main');
    await waitForText(main, /serves model v1: it answers every prediction request/, 20_000);
    await registerV2(page, { v2: 90, v1: 10 });
    // No reload: the line follows the PUT the in-tab API recorded.
    await waitForText(main, 'Right now endpoint penguins splits its traffic: v2 (90 %) and v1 (10 %).', 10_000);

    await openRoute(probe, '/deploy/inspect');
    await waitForText(main, 'Right now endpoint penguins splits its traffic: v2 (90 %) and v1 (10 %).', 20_000);
    await page.getByText('Advanced: the same model on two other contracts').click();
    await waitForText(main, /The same models, v2 \(90 %\) and v1 \(10 %\) of the traffic, answer on three URLs/);

    await openRoute(probe, '/deploy/endpoint');
    await waitForText(main, 'splits its traffic now: v2 (90 %) and v1 (10 %)', 20_000);
    await waitForText(page.getByRole('region', { name: 'The same call over HTTP' }), '"model_version": "v2"');
    await page.getByRole('button', { name: 'Call the model both ways' }).click();
    const text = await waitForText(main, /The predictions (are identical|differ)/, 30_000);
    assert.match(text, /The predictions are identical\./);
    assert.doesNotMatch(text, /shipped models only/);
    assert.ok((await page.getByRole('table', { name: /^Model v2 on one Adelie penguin/ }).count()) === 1, 'v2 answered and was called directly');

    await page.getByRole('button', { name: 'Send a request through production' }).click();
    const table = page.getByRole('table', { name: /^How v\d scaled this request/ });
    await table.waitFor({ timeout: 20_000 });
    const caption = ((await table.locator('caption').textContent()) ?? '').trim();
    const version = /^How (v\d)/.exec(caption)?.[1];
    const served = (await page.evaluate(() => fetch('/models/penguins/v1/preprocessing.json').then((r) => r.json()))) as { features: { name: string; mean: number; std: number }[] };
    const shift = version === 'v2' ? 1 : 0;
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.equal(rows.length, served.features.length);
    const raw: Record<string, number> = { bill_length_mm: 50, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };
    served.features.forEach((f, j) => {
      const mean = f.mean + shift;
      const row = rows[j] as string;
      const scaled = ((raw[f.name] as number) - mean) / f.std;
      for (const part of [f.name, mean.toFixed(2), f.std.toFixed(2), scaled.toFixed(3)]) assert.ok(row.includes(part), `row "${row}" lacks ${part}`);
    });
    await assertNoAxeViolations(page, '/deploy/endpoint with two versions and the scaler table');
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 90_000 },
);
