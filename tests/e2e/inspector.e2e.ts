/**
 * The request inspector against the real build: requests leave the page, are
 * answered by the MSW service worker, and the Response region shows the status.
 * Written against the UI contract (labels and roles), not against markup.
 */
import assert from 'node:assert/strict';
import type { Locator, Page, Response } from 'playwright-core';
import type { Probe } from './harness';
import { assertNoAxeViolations } from './axe';
import { ACTION_TIMEOUT_MS, openRoute, setupE2E, waitForText } from './harness';

const INVOCATIONS = '/api/endpoints/penguins/invocations';
const JSON_PRESET = /^Predict: one penguin \(JSON\)/;
const CSV_PRESET = /^Predict: CSV/;

const { e2e } = setupE2E();

interface Inspector {
  preset: Locator;
  send: Locator;
  response: Locator;
}

async function openInspector(probe: Probe): Promise<Inspector> {
  const { page } = probe;
  // Some presets ask before changing shared state (e.g. the endpoint config);
  // a native confirm() would otherwise block the page.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  await openRoute(probe, '/deploy/inspect');
  const preset = page.getByRole('combobox', { name: 'Preset', exact: true });
  await preset.waitFor();
  return {
    preset,
    send: page.getByRole('button', { name: 'Send request', exact: true }),
    response: page.getByRole('region', { name: 'Response', exact: true }),
  };
}

async function optionLabels(preset: Locator): Promise<string[]> {
  return (await preset.locator('option').allInnerTexts()).map((label) => label.trim());
}

async function choose(preset: Locator, pattern: RegExp): Promise<string> {
  const labels = await optionLabels(preset);
  const label = labels.find((l) => pattern.test(l));
  assert.ok(label, `no preset matches ${pattern}; presets: ${JSON.stringify(labels)}`);
  await preset.selectOption({ label });
  return label;
}

/**
 * Sends the current form and waits for the first /api/ response. If the app
 * asks for confirmation in its own dialog first, confirms it; racing the two
 * keeps presets without a dialog from paying a fixed wait.
 */
async function sendAndWait(page: Page, send: Locator): Promise<Response | undefined> {
  const seen = page
    .waitForResponse((r) => new URL(r.url()).pathname.includes('/api/'), { timeout: ACTION_TIMEOUT_MS })
    .catch(() => undefined);
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
  await send.click();
  const asked = await Promise.race([
    seen.then(() => false),
    dialog.waitFor({ state: 'visible', timeout: ACTION_TIMEOUT_MS }).then(
      () => true,
      () => false,
    ),
  ]);
  if (asked) {
    await dialog
      .getByRole('button', { name: /confirm|continue|send|proceed|yes|ok/i })
      .first()
      .click();
  }
  return seen;
}

e2e('inspector: JSON preset gets 200 OK from the service worker', async (probe) => {
  const { page } = probe;
  const ui = await openInspector(probe);
  await choose(ui.preset, JSON_PRESET);

  const invocation = page.waitForResponse((r) => r.url().includes(INVOCATIONS));
  await ui.send.click();
  const response = await invocation;
  await waitForText(ui.response, '200 OK');

  assert.equal(response.status(), 200);
  assert.ok(response.fromServiceWorker(), 'the invocation was not answered by the service worker');
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  assert.ok(controlled, 'navigator.serviceWorker.controller is null after the request');
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
});

e2e('inspector: CSV preset gets 200 OK', async (probe) => {
  const { page } = probe;
  const ui = await openInspector(probe);
  await choose(ui.preset, CSV_PRESET);
  const invocation = page.waitForResponse((r) => r.url().includes(INVOCATIONS));
  await ui.send.click();
  assert.equal((await invocation).status(), 200);
  await waitForText(ui.response, '200 OK');
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
});

e2e(
  'inspector: every "Error NNN" preset shows its status code',
  async (probe, t) => {
    const { page } = probe;
    const ui = await openInspector(probe);
    const errorPresets = (await optionLabels(ui.preset)).filter((l) => l.startsWith('Error '));
    assert.ok(errorPresets.length > 0, 'no preset label starts with "Error "');
    const restore = page.getByRole('button', { name: 'Restore default endpoint', exact: true });

    try {
      for (const label of errorPresets) {
        const code = /\b([1-5]\d\d)\b/.exec(label)?.[1];
        // Faults without a status (network error, delay) have nothing to compare.
        if (!code) continue;
        await t.test(label, async () => {
          await ui.preset.selectOption({ label });
          await sendAndWait(page, ui.send);
          // A preset may make several calls (set up state, then invoke);
          // polling the region waits for the last one to be rendered.
          await waitForText(ui.response, new RegExp(`\\b${code}\\b`));
          if (code === '503' && (await restore.isVisible())) await restore.click();
        });
      }
    } finally {
      // Leave the endpoint serving even when a check failed halfway.
      if (await restore.isVisible().catch(() => false)) await restore.click().catch(() => undefined);
    }
    assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
  },
  { timeout: 90_000 },
);

e2e('/data/retrieve shows the raw CSV and 344 rows', async (probe) => {
  const { page } = probe;
  await openRoute(probe, '/data/retrieve');
  await page.getByRole('region', { name: 'Raw CSV', exact: true }).waitFor();
  await waitForText(page.locator('body'), '344 rows');
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
});

e2e('inspector at 1024x768: side by side, whole URL, a 422 marks its fields, focus on the status, the address carries the request', async (probe) => {
  const { page } = probe;
  await page.setViewportSize({ width: 1024, height: 768 });
  const ui = await openInspector(probe);
  await choose(ui.preset, /^Error 422/);
  const url = page.getByRole('textbox', { name: 'URL', exact: true });
  const box = await url.evaluate((el) => ({ clipped: el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight + 1 }));
  assert.equal(box.clipped, false, 'the URL field cuts off its text');
  await sendAndWait(page, ui.send);
  await waitForText(ui.response, '422');
  const status = ui.response.getByRole('status');
  assert.ok(await status.evaluate((el) => el === document.activeElement), 'focus did not move to the result status');
  const marks = await ui.response.getByRole('region', { name: 'Where the errors point in your request' }).locator('mark').allInnerTexts();
  assert.deepEqual(marks, ['"bill_depth_mm": "deep"', '"flipper_length_mm": 1810']);
  const form = await page.getByRole('form', { name: 'Request' }).boundingBox();
  const response = await ui.response.boundingBox();
  assert.ok(form && response && response.x >= form.x + form.width - 1 && Math.abs(response.y - form.y) < 2, 'request and response are not side by side');
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1024, 'the page scrolls sideways');
  await assertNoAxeViolations(page, '/deploy/inspect after a 422');

  // "Copy link to this view" copies the address: it must open the same request.
  await page.waitForURL(/[?&]preset=e422/);
  await url.fill('/api/endpoints/penguins/invocations?shared=1');
  await page.waitForURL(/[?&]request=z\./);
  await page.reload();
  await page.getByRole('textbox', { name: 'URL', exact: true }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'URL', exact: true }).inputValue(), '/api/endpoints/penguins/invocations?shared=1');
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
});
