/**
 * The monitoring stage in real Chromium: the traffic generator drives the in-browser endpoint, the
 * request log records it from MSW's lifecycle events, and the dashboard shows drift and alerts live.
 */
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'monitor: unit-mistake traffic shows major drift of body_mass_g and a drift alert; traffic keeps going on other pages until Stop in the header',
  async (probe) => {
    const { page } = probe;
    await openRoute(probe, '/deploy/monitor');
    await waitForText(page.locator('main'), 'requests appear here within a second');
    await page.getByRole('radio', { name: 'Unit mistake' }).check();
    await page.getByRole('spinbutton', { name: 'Requests per second (number)' }).fill('50');
    await page.getByRole('button', { name: 'Start traffic' }).click();
    await waitForText(page.getByRole('status').filter({ hasText: 'Traffic generator' }), 'running');

    const mass = page.getByRole('region', { name: 'body_mass_g', exact: true });
    await waitForText(mass, 'major drift', 60_000);
    await waitForText(page.getByRole('list', { name: 'Active alerts' }), /body_mass_g drifted: PSI [\d.]+ is above 0\.25/);
    await waitForText(page.getByRole('region', { name: 'constraint_violations.json' }), 'baseline_drift_check');

    await page.getByRole('button', { name: 'Stop traffic' }).click();
    await waitForText(page.getByRole('status').filter({ hasText: 'Traffic generator' }), 'stopped');

    // A request typed in DevTools lands in the log too. Traffic is stopped first, and the count must rise by exactly one:
    // under 50 requests/s the count rises anyway, so "it went up" would pass even if the fetch were not logged.
    const logged = () => page.evaluate(() => Number(document.querySelector('.log-summary strong')?.textContent));
    // The summary refreshes once a second: wait until it holds still (the last in-flight requests are in).
    let before = await logged();
    for (let settled = 0; settled < 3; ) {
      await page.waitForTimeout(1100);
      const now = await logged();
      settled = now === before ? settled + 1 : 0;
      before = now;
    }
    const status = await page.evaluate(async () => {
      const res = await fetch('/api/endpoints/penguins/invocations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ instances: [{ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }] }),
      });
      return res.status;
    });
    assert.equal(status, 200, 'the DevTools request is answered');
    await page.waitForFunction((n) => Number(document.querySelector('.log-summary strong')?.textContent) >= n + 1, before, { timeout: 10_000 });
    await page.waitForTimeout(1100);
    assert.equal(await logged(), before + 1, 'exactly the one DevTools request was added to the log');
    // The charts stay on screen with the last minute's data (the window keeps sliding); axe runs on that live page.
    // It runs after stopping only because on a loaded 2-core runner axe over a page answering 50 requests/s takes minutes.
    await assertNoAxeViolations(page, '/deploy/monitor with live charts');

    // Start again, then leave: the traffic keeps going on other pages (the header says so), and its Stop ends it.
    await page.getByRole('button', { name: 'Start traffic' }).click();
    await page.waitForTimeout(1000);
    // Client-side navigation (the SPA keeps running; the run belongs to no page).
    await page.getByRole('link', { name: 'Overview', exact: true }).first().click();
    await page.waitForURL((u) => !u.pathname.endsWith('/deploy/monitor'));
    const header = page.locator('header.site-header');
    const indicator = header.locator('.traffic-indicator').getByRole('status');
    await waitForText(indicator, /Traffic running: 50 requests per second, scenario Unit mistake\./);
    const sent = () => header.locator('.traffic-indicator-count').textContent();
    const first = await sent();
    await page.waitForTimeout(1500);
    assert.notEqual(await sent(), first, 'the traffic goes on after leaving the monitoring page');
    await header.getByRole('button', { name: 'Stop the traffic generator', exact: true }).click();
    await waitForText(indicator, /Traffic stopped after [\d,]+ requests\./);
    // Feedback still due (labels come 2–5 s after their request) may go out just after the stop; then nothing.
    await page.waitForTimeout(500);
    const late: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) late.push(`${r.method()} ${r.url()}`);
    });
    await page.waitForTimeout(3000);
    assert.deepEqual(late, [], 'no /api request after Stop in the header');
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 150_000 },
);
