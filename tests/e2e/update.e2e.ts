/**
 * The update stage in real Chromium: a second version, a canary at 20%, both versions in the comparison after
 * a burst of traffic, a rollback to 100% on the stable version, and every request listed.
 */
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'update: canary at 20%, compare both versions on live traffic, roll back to 100% on v1',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/deploy/update');
    const main = page.locator('main');
    // The page starts the in-browser API; wait for the versions it lists through it.
    await waitForText(main, 'Only one version is registered', 20_000);

    // A second version, fast and deterministic: the shipped v1 files registered again through the API (POST /api/models).
    const registered = await page.evaluate(async () => {
      const base = '/models/penguins/v1/';
      const [modelJson, weights, preprocessing, card] = await Promise.all([
        fetch(`${base}model.json`).then((r) => r.json()),
        fetch(`${base}weights.bin`).then((r) => r.arrayBuffer()),
        fetch(`${base}preprocessing.json`).then((r) => r.json()),
        fetch(`${base}card.json`).then((r) => r.json()),
      ]);
      let binary = '';
      for (const b of new Uint8Array(weights)) binary += String.fromCharCode(b);
      const body = {
        model: { modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData: btoa(binary) },
        preprocessing,
        card: { ...card, description: 'The reference weights registered again as a canary candidate (e2e).' },
      };
      const res = await fetch('/api/models', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, location: res.headers.get('Location') };
    });
    assert.deepEqual(registered, { status: 201, location: '/api/models/v2' });

    await openRoute(probe, '/deploy/update');
    const versions = page.getByRole('table', { name: 'Versions and their traffic now' });
    await waitForText(versions, /v2\s+0%/, 20_000);

    // The canary: v2 at 20%, sent as a real PUT after reading the config in force.
    await page.getByLabel('Candidate version').selectOption('v2');
    await page.getByLabel(/Canary share of traffic/).fill('20');
    await page.getByRole('button', { name: 'Deploy v2 as a canary at 20%' }).click();
    const steps = page.getByRole('region', { name: 'Requests sent from this page' });
    await waitForText(steps, /Send 20% of traffic to v2 \(canary\): PUT \/api\/endpoints\/penguins → 200 OK/);
    await waitForText(versions, /v1\s+80%/);
    await waitForText(versions, /v2\s+20%/);

    // Traffic with feedback: both versions show up in the comparison.
    await page.getByRole('button', { name: 'Send 50 requests' }).click();
    await waitForText(main, /50 sent, \d+ answered/, 30_000);
    // The caption names the window: since the last change of the traffic split (the canary's PUT), per version.
    const compare = page.getByRole('table', { name: /, per version$/ });
    const stats = await waitForText(compare, /v2\s+20%/, 10_000);
    assert.match(stats, /v1\s+80%/);
    await assertNoAxeViolations(page, '/deploy/update with a canary running');

    // Roll back: one click, a real PUT of the remembered config; v1 serves 100% again.
    // exact: the lesson's "roll back" is also a button (its glossary definition).
    await page.getByRole('button', { name: 'Roll back', exact: true }).click();
    await waitForText(steps, /Roll back to the config before the release \(v1 100%\): PUT \/api\/endpoints\/penguins → 200 OK/);
    await waitForText(versions, /v1\s+100%/);
    await waitForText(versions, /v2\s+0%/);
    await waitForText(main, /You ran a canary: v2 got 20% of traffic for \d+ s, then you rolled back\./);
    await waitForText(steps, /Read the config in force now \(remembered for rollback\): GET \/api\/endpoints\/penguins → 200 OK/);
    await assertNoAxeViolations(page, '/deploy/update after the rollback');
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 120_000 },
);
