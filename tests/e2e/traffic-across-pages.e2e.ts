/**
 * The traffic generator and the request log across pages and reloads, in real Chromium: traffic started on Monitor
 * keeps running on Update (the header shows it and can stop it), the feedback it gathered is on Update after a reload,
 * and a damaged stored log gives a notice and an empty log instead of a broken page.
 */
import assert from 'node:assert/strict';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

e2e(
  'traffic across pages: start on Monitor, feedback on Update, Stop in the header, feedback still there after a reload',
  async (probe) => {
    const { page } = probe;
    // A shared link carries the scenario and rate.
    await openRoute(probe, '/deploy/monitor?scenario=new-population&rate=50');
    const main = page.locator('main');
    await waitForText(main, 'requests appear here within a second', 20_000);
    assert.equal(await page.getByRole('radio', { name: 'New population' }).isChecked(), true, 'the link chose New population');
    assert.equal(await page.getByRole('spinbutton', { name: 'Requests per second (number)' }).inputValue(), '50');
    await page.getByRole('button', { name: 'Start traffic' }).click();
    // Feedback comes 2–5 s after its request, in batches: wait until some went out.
    await page.waitForFunction(() => {
      const dds = document.querySelectorAll('[aria-label="Traffic generator counts"] dd');
      return Number(dds[4]?.textContent ?? 0) >= 5;
    }, undefined, { timeout: 30_000 });

    // Client-side navigation to Update: the run is the app's, not the page's.
    await page.locator('#site-nav a[href="/deploy/update"]').first().click();
    await page.waitForURL((u) => u.pathname.endsWith('/deploy/update'));
    const header = page.locator('header.site-header');
    const indicator = header.locator('.traffic-indicator').getByRole('status');
    await waitForText(indicator, /Traffic running: 50 requests per second, scenario New population\./);
    const table = page.getByRole('table', { name: 'Labelled rows from feedback, per species' });
    await table.waitFor({ state: 'visible', timeout: 20_000 });
    const sent = () => header.locator('.traffic-indicator-count').textContent();
    const before = await sent();
    await page.waitForTimeout(1500);
    assert.notEqual(await sent(), before, 'the traffic goes on while the learner is on Update');

    await header.getByRole('button', { name: 'Stop the traffic generator', exact: true }).click();
    await waitForText(indicator, /Traffic stopped after [\d,]+ requests\./);
    await page.waitForTimeout(500);
    const late: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.includes('/api/endpoints/penguins/')) late.push(`${r.method()} ${r.url()}`);
    });
    await page.waitForTimeout(2500);
    assert.deepEqual(late, [], 'no traffic after Stop in the header');
    const total = async () => Number((await table.locator('td').last().textContent())?.trim());
    const rows = await total();
    assert.ok(rows > 0, `feedback rows on Update: ${rows}`);
    await assertNoAxeViolations(page, '/deploy/update after traffic from Monitor');

    // The log was written in batches; a reload finds it (the run itself ends with the page).
    await page.reload({ waitUntil: 'load' });
    await table.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal(await total(), rows, 'the same feedback rows after a reload');
    assert.equal(await indicator.count(), 0, 'no traffic indicator after the reload: nothing runs');

    // A damaged stored log: a notice and an empty log, never a broken page.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('deploy-lab-request-log');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('entries', 'readwrite');
            tx.objectStore('entries').put({ seq: 1, status: 'two hundred' });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload({ waitUntil: 'load' });
    await waitForText(main.getByRole('alert'), /could not be read .* so it was discarded: the log starts empty/, 20_000);
    await waitForText(main, /No labelled feedback since/);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 150_000 },
);
