/**
 * The shipped Content-Security-Policy with Trusted Types, enforced by real Chromium: the built index.html
 * carries it as a <meta>, `npm run preview` sends it (plus frame-ancestors, nosniff, Referrer-Policy) as
 * headers, and every route and main flow runs under it without one `securitypolicyviolation` event,
 * in the page or in its workers. Training still runs on WebAssembly.
 */
import assert from 'node:assert/strict';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/core/http/security-policy';
import type { Probe } from './harness';
import { APP_ROUTES, openRoute, recordCspViolations, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

/** Waits until the in-browser API answers (MSW starts lazily after load). */
async function waitForApi(probe: Probe): Promise<void> {
  await probe.page.waitForFunction(async () => (await fetch('/api/ping')).status === 200, undefined, { timeout: 20_000, polling: 250 });
}

function assertClean(probe: Probe, violations: string[], where: string): void {
  assert.deepEqual(violations, [], `CSP violations ${where}:\n${violations.join('\n')}`);
  assert.deepEqual(probe.pageErrors, [], `page errors ${where}:\n${probe.pageErrors.join('\n')}`);
}

e2e('the app and the preview server ship the policy: <meta> in index.html, headers on every response', async (probe) => {
  const index = await fetch(probe.url('/'));
  const html = await index.text();
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`), 'index.html has no CSP <meta>');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the CSP <meta> must come before every script');
  for (const path of ['/', '/deploy/monitor', '/mockServiceWorker.js', '/favicon.svg', '/no-such-file.js', '/api/ping']) {
    const res = await fetch(probe.url(path));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers.get(name), value, `${name} on ${path}`);
  }
  assert.match(CONTENT_SECURITY_POLICY, /frame-ancestors 'none'/);
  assert.match(CONTENT_SECURITY_POLICY, /require-trusted-types-for 'script'/);
});

e2e(
  'every route renders under the policy with the API started: 0 violations',
  async (probe) => {
    const violations = await recordCspViolations(probe.page);
    for (const route of APP_ROUTES) {
      await openRoute(probe, route);
      await waitForApi(probe);
    }
    const enforced = await probe.page.evaluate(() => navigator.serviceWorker.controller !== null);
    assert.ok(enforced, 'the service worker does not control the page');
    console.log(`CSP violations over ${APP_ROUTES.length} routes: ${violations.length}`);
    assertClean(probe, violations, `over ${APP_ROUTES.length} routes`);
  },
  { timeout: 120_000 },
);

e2e('Trusted Types are enforced: injected HTML and a foreign worker script are blocked and reported', async (probe) => {
  const violations = await recordCspViolations(probe.page);
  await openRoute(probe, '/');
  // A string: the test runner's transpiler would add helpers to functions that the page does not have.
  const outcomes = await probe.page.evaluate(`(() => {
    const tries = {
      html: () => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(1)>'),
      worker: () => new Worker('/assets/evil.js'),
    };
    const out = {};
    for (const [name, f] of Object.entries(tries)) {
      try { f(); out[name] = 'allowed'; } catch (e) { out[name] = e instanceof Error ? e.name : String(e); }
    }
    return out;
  })()`);
  // (eval cannot be tried from here: DevTools' evaluation is exempt from the policy's eval check.)
  assert.deepEqual(outcomes, { html: 'TypeError', worker: 'TypeError' });
  await probe.page.waitForTimeout(200);
  // The recorder sees what the policy blocks: an empty list elsewhere means nothing was blocked there.
  assert.ok(
    violations.some((v) => v.includes('require-trusted-types-for')),
    `expected Trusted Types violations, got:\n${violations.join('\n')}`,
  );
});

e2e(
  'main flows under the policy: train on wasm, save, deploy, every inspector preset, monitor traffic: 0 violations',
  async (probe) => {
    const { page } = probe;
    const violations = await recordCspViolations(page);
    page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
    const main = page.locator('main');

    await openRoute(probe, '/model/train');
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Train' && !b.disabled), undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await waitForText(main, /After 200 epochs your model gets \d+ of \d+ validation penguins right/, 60_000);
    await waitForText(main, /Trained on:?\s*wasm/);
    await page.getByRole('button', { name: /Use this model/ }).first().click();
    // Client-side navigation: the chosen run lives in this visit's memory.
    await page.getByRole('link', { name: /Evaluate it on the test set/ }).click();
    await page.getByRole('button', { name: 'Evaluate on the test set', exact: true }).click({ timeout: 20_000 });
    await waitForText(main, /The test set was used/, 30_000);
    await page.getByRole('button', { name: 'Save model', exact: true }).click();
    await waitForText(main, /Saved on/);
    assertClean(probe, violations, 'while training');

    await openRoute(probe, '/deploy/endpoint');
    await page.getByRole('button', { name: /Deploy to endpoint/ }).click({ timeout: 20_000 });
    await waitForText(main, 'Deployed.', 30_000);
    assertClean(probe, violations, 'while deploying');

    await openRoute(probe, '/deploy/inspect');
    const preset = page.getByRole('combobox', { name: 'Preset', exact: true });
    const response = page.getByRole('region', { name: 'Response', exact: true });
    const labels = (await preset.locator('option').allInnerTexts()).map((l) => l.trim()).filter((l) => l !== '');
    assert.ok(labels.length > 10, `expected the inspector's presets, got ${JSON.stringify(labels)}`);
    for (const label of labels) {
      await preset.selectOption({ label });
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/api/'), { timeout: 15_000 }).catch(() => undefined);
      await page.getByRole('button', { name: 'Send request', exact: true }).click();
      const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog')).first();
      if (await confirm.isVisible().catch(() => false)) await confirm.getByRole('button', { name: /confirm|continue|send|proceed|yes|ok/i }).first().click();
      await answered;
      await waitForText(response, /\b[1-5]\d\d\b|No response/, 20_000);
    }
    const restore = page.getByRole('button', { name: 'Restore default endpoint', exact: true });
    if (await restore.isVisible().catch(() => false)) await restore.click();
    assertClean(probe, violations, `while sending ${labels.length} presets`);

    await openRoute(probe, '/deploy/monitor');
    // The request log persists across pages, so the inspector's requests are already listed here.
    const start = page.getByRole('button', { name: 'Start traffic' });
    await page.waitForFunction(
      () => document.querySelector('.log-summary strong') !== null && [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start traffic' && !b.disabled),
      undefined,
      { timeout: 30_000 },
    );
    const before = await page.evaluate(() => Number(document.querySelector('.log-summary strong')?.textContent ?? 0));
    await start.click();
    await page.waitForFunction((n) => Number(document.querySelector('.log-summary strong')?.textContent) > n + 20, before, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Stop traffic' }).click();
    console.log(`CSP violations over the main flows: ${violations.length}`);
    assertClean(probe, violations, 'with monitor traffic');
  },
  { timeout: 240_000 },
);
