/**
 * The lab and the real server together: the preview's page sends its requests to `npm run serve`'s program
 * (started here on a free loopback port, in a process group of its own), and a page the real server served
 * uses that server only (no service worker of its own). Builds nothing: the server serves the same build.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { after } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe';
import { openRoute, setupE2E, waitForText } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
const JSON_PRESET = /^Predict: one penguin \(JSON\)/;

const { e2e, harness } = setupE2E();
let server: ChildProcess | undefined;
let serverUrl = '';

/** Starts the real server (as `npm run serve` does) allowing the preview's origin; resolves with its URL once it prints it. */
function startRealServer(allowOrigin: string): Promise<string> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No build found at ${DIST}: run npm run build first`);
  const child = spawn(process.execPath, ['src/server/start.mjs', '--port', '0', '--allow-origin', allowOrigin], {
    cwd: ROOT,
    env: { ...process.env, DEPLOY_LAB_APP_DIR: DIST },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server = child;
  child.stdout?.resume();
  let err = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`real server did not start:\n${err}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`real server exited with ${code}:\n${err}`)));
  });
}

let starting: Promise<string> | undefined;
/** The real server's URL, started by the first test that needs it (the preview's origin is known only then). */
async function realServer(): Promise<string> {
  const base = harness()?.baseURL;
  if (!base) throw new Error('e2e harness did not start');
  starting ??= startRealServer(new URL(base).origin);
  serverUrl = await starting;
  return serverUrl;
}

// The whole process group (start.mjs and the node process it starts): no orphan holds a port.
after(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** A loopback port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => done(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

/** Opens the header's API setting and chooses a real server at `url`. */
async function chooseRealServer(page: Page, url: string): Promise<void> {
  await page.locator('.api-setting > summary').click();
  await page.getByLabel('Server URL').fill(url);
  await page.getByRole('button', { name: 'Use this server' }).click();
  await waitForText(page.getByTestId('api-answerer'), `API: real server ${url.replace('http://', '')}`);
}

async function sendJsonPreset(page: Page): Promise<string> {
  const preset = page.getByRole('combobox', { name: 'Preset', exact: true });
  // The inspector's part loads after the lesson's first paint: wait for its presets before reading them.
  await preset.locator('option').first().waitFor({ state: 'attached' });
  const labels = (await preset.locator('option').allInnerTexts()).map((l) => l.trim());
  const label = labels.find((l) => JSON_PRESET.test(l));
  assert.ok(label, `no JSON preset in ${JSON.stringify(labels)}`);
  await preset.selectOption({ label });
  await page.getByRole('button', { name: 'Send request', exact: true }).click();
  return waitForText(page.getByRole('region', { name: 'Response', exact: true }), /200 OK[\s\S]*Answered by/);
}

e2e('the preview page sends the inspector to the real server, says who answered, and Deploy for real shows the curl line', async (probe) => {
  const { page } = probe;
  await realServer();
  await openRoute(probe, '/deploy/inspect');
  await chooseRealServer(page, serverUrl);
  await assertNoAxeViolations(page, '/deploy/inspect with the API setting open');
  const served = page.waitForRequest((r) => r.url() === `${serverUrl}/api/endpoints/penguins/invocations` && r.method() === 'POST');
  const text = await sendJsonPreset(page);
  await served;
  assert.match(text, new RegExp(`Answered by the real server at ${serverUrl.replaceAll('.', '\\.')}`));
  // Only the real server batches (its Server-Timing says so): the in-tab worker did not answer in its place.
  assert.match(text, /rows? in one model call/);
  assert.match((await page.getByTestId('snippets-caveat').textContent()) ?? '', /paste one into a terminal/);

  await openRoute(probe, '/deploy/endpoint');
  const section = page.getByRole('region', { name: 'curl command that calls your model' });
  await waitForText(section, `curl -i -X POST '${serverUrl}/api/endpoints/penguins/invocations'`);
  await assertNoAxeViolations(page, '/deploy/endpoint with a real server chosen');
  assert.deepEqual(probe.pageErrors, []);
  // Starting the server (tsx compiles it, tfjs loads) is part of this test's time.
}, { timeout: 120_000 });

e2e('a server that is not running: the inspector says so and gives the command', async (probe) => {
  const { page } = probe;
  const port = await closedPort();
  await openRoute(probe, '/deploy/inspect');
  await chooseRealServer(page, `http://127.0.0.1:${port}`);
  await page.getByRole('button', { name: 'Send request', exact: true }).click();
  await waitForText(page.getByRole('region', { name: 'Response', exact: true }), `No response from the real server at http://127.0.0.1:${port}`);
  const text = (await page.getByRole('region', { name: 'Response', exact: true }).textContent()) ?? '';
  assert.ok(text.includes(`npm run serve -- --port ${port} --allow-origin ${new URL(probe.url('/')).origin}`), text);
});

e2e('a page the real server served: that server answers /api, and the page starts no service worker', async (probe) => {
  const { page } = probe;
  await realServer();
  await page.goto(`${serverUrl}/deploy/inspect`, { waitUntil: 'load' });
  await page.locator('h1').first().waitFor();
  await waitForText(page.getByTestId('api-answerer'), `API: the real server that served this page (${serverUrl})`);
  const text = await sendJsonPreset(page);
  assert.match(text, /Answered by the real server at http:\/\/127\.0\.0\.1:\d+/);
  assert.match(text, /rows? in one model call/);
  // Give the in-tab API's start (after load, when idle) its chance: it must refuse.
  await page.waitForTimeout(1_500);
  const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  assert.equal(registrations, 0, 'the page registered a service worker beside the real server');
  assert.deepEqual(probe.pageErrors, []);
});
