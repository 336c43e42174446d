/**
 * The deployment stage in real Chromium: the anatomy view, code export, shared links,
 * fault injection with a robust client, and the direct-call vs HTTP comparison.
 */
import assert from 'node:assert/strict';
import { encodeSharedRequest } from '../../src/core/http/share';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e('inspector: the anatomy view shows every part of request and response, raw and structured', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/deploy/inspect');
  await page.getByRole('button', { name: 'Send request', exact: true }).click();
  await waitForText(page.getByRole('region', { name: 'Response', exact: true }), '200 OK', 20_000);
  for (const part of ['Method and URL', 'Header Content-Type', 'Body', 'Status', 'Header x-model-version']) {
    assert.ok((await page.getByRole('button', { name: part }).count()) > 0, `anatomy part "${part}" missing`);
  }
  const rawRequest = await waitForText(page.getByRole('region', { name: 'Raw HTTP request' }), 'POST /api/endpoints/penguins/invocations HTTP/1.1');
  assert.match(rawRequest, /Content-Length: \d+/);
  await waitForText(page.getByRole('region', { name: 'Raw HTTP response' }), /HTTP\/1\.1 200 OK/);
  await waitForText(page.getByRole('img', { name: /Round trip .* ms: validate/ }).first().locator('..'), /inference/);
  await page.getByRole('radio', { name: 'curl' }).check();
  await waitForText(page.getByRole('region', { name: 'curl code' }), "curl -X POST 'http://127.0.0.1");
  await page.getByRole('button', { name: 'Copy curl' }).click();
  await waitForText(page.locator('.code-export [role="status"]'), /copied|Copying is blocked/);
  await assertNoAxeViolations(page, '/deploy/inspect after a request');
});

e2e('inspector: a shared link opens the same request, ready to send', async (probe) => {
  const { page } = probe;
  const spec = { method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'text/csv'] as [string, string]], body: '50,15.2,218,5700\n' };
  await openRoute(probe, `/deploy/inspect?request=${encodeSharedRequest(spec)}`);
  await waitForText(page.locator('main'), 'This request came from a shared link');
  assert.equal(await page.getByLabel('URL', { exact: true }).inputValue(), spec.url);
  assert.equal(await page.getByLabel('Header 1 value').inputValue(), 'text/csv');
  await page.getByRole('button', { name: 'Send request', exact: true }).click();
  await waitForText(page.getByRole('region', { name: 'Response', exact: true }), 'Gentoo', 20_000);
});

e2e('inspector: a broken shared link is ignored with a notice', async (probe) => {
  await openRoute(probe, '/deploy/inspect?request=not-a-request');
  await waitForText(probe.page.locator('main'), 'could not be read');
});

e2e('faults: the banner shows while a fault is on, and a robust client gets through after it clears', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/deploy/inspect');
  await page.getByText('Instructor panel: inject faults').click();
  await page.getByLabel('Force a status').selectOption('503');
  await page.getByLabel('Number of requests').fill('2');
  await page.getByRole('button', { name: 'Apply faults' }).click();
  await waitForText(page.locator('.fault-banner'), 'Fault injection is on');
  await assertNoAxeViolations(page, '/deploy/inspect with the fault panel open');
  await page.getByLabel(/Robust client/).check();
  await page.getByRole('button', { name: 'Send request', exact: true }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  const text = await waitForText(response, /Try 3: 200/, 30_000);
  assert.match(text, /Try 1: 503[^\n]*waits \d+ ms/);
  await waitForText(response, '200 OK');
  assert.equal(await page.locator('.fault-banner').count(), 0, 'the banner must go once the faults are used up');
});

e2e('deploy page: the direct call and the HTTP request give identical predictions', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/deploy/endpoint');
  await page.getByRole('button', { name: 'Endpoint (REST API): explain' }).focus();
  await page.keyboard.press('Enter');
  await waitForText(page.locator('.part-explainer'), 'only door');
  await page.getByRole('button', { name: 'Call the model both ways' }).click();
  await waitForText(page.locator('main'), 'The predictions are identical.', 30_000);
  await assertNoAxeViolations(page, '/deploy/endpoint after the race');
  assert.deepEqual(probe.pageErrors, []);
});
