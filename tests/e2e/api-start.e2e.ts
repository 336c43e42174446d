/**
 * The in-browser API's start, seen from the page: a request right after load gets the endpoint's answer
 * or a 503 problem (never index.html, never a bare 404), and when the browser blocks service workers every
 * page that needs the API says so in one plain sentence, with nothing that contradicts it.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Probe } from './harness';
import { openRoute, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();

/** Pages that call the API as soon as they open, and where each shows that it could not. */
const API_PAGES = ['/data/retrieve', '/deploy/endpoint', '/deploy/monitor', '/deploy/update'] as const;

const NO_SERVICE_WORKER = `Object.defineProperty(Navigator.prototype, 'serviceWorker', { configurable: true, get: () => undefined });`;
const REFUSED_REGISTRATION = `
  ServiceWorkerContainer.prototype.getRegistrations = () => Promise.resolve([]);
  ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('The user denied permission to use Service Worker.', 'SecurityError'));`;

/** What a learner must never read: MSW's developer messages, a doubled sentence end, or claims about what is served. */
const FORBIDDEN = [/\[MSW\]/, /Cannot read properties/, /\.\.\s+Reload/, /serves the reference model v1/, /no version right now/, /serves\s+v1/];

async function assertOneSentence(page: Page, route: string, reason: RegExp): Promise<void> {
  const main = page.locator('main');
  const text = await waitForText(main, 'The in-browser API could not start', 20_000);
  const count = text.split('The in-browser API could not start').length - 1;
  assert.equal(count, 1, `${route}: expected the sentence once, found it ${count} times:\n${text.slice(0, 1_500)}`);
  const sentence = text.slice(text.indexOf('The in-browser API could not start')).split('\n', 1)[0] as string;
  assert.match(sentence, reason, `${route}: the sentence does not say why: ${sentence}`);
  assert.match(sentence, /open Deploy Lab|reload the page/i, `${route}: the sentence does not say what to do: ${sentence}`);
  for (const bad of FORBIDDEN) assert.doesNotMatch(text, bad, `${route} shows ${bad}:\n${text.slice(0, 1_500)}`);
}

async function checkBlocked(probe: Probe, init: string, reason: RegExp): Promise<void> {
  await probe.page.addInitScript({ content: init });
  for (const route of API_PAGES) {
    await openRoute(probe, route);
    await assertOneSentence(probe.page, route, reason);
  }
  // The inspector sends only when asked: the answer panel carries the sentence then.
  await openRoute(probe, '/deploy/inspect');
  await probe.page.getByRole('button', { name: 'Send request', exact: true }).click();
  await assertOneSentence(probe.page, '/deploy/inspect after Send', reason);
  assert.deepEqual(probe.pageErrors, [], `page errors:\n${probe.pageErrors.join('\n')}`);
}

// These two run first: once the worker is registered (below), a hidden navigator.serviceWorker would still
// leave the page controlled by it.
e2e(
  'no service workers in this browser (private mode, policy): one plain sentence on each page that needs the API',
  (probe) => checkBlocked(probe, NO_SERVICE_WORKER, /offers no service workers here \(private browsing/),
  { timeout: 90_000 },
);

e2e(
  'service worker registration refused: one plain sentence on each page that needs the API',
  (probe) => checkBlocked(probe, REFUSED_REGISTRATION, /refused its service worker/),
  { timeout: 90_000 },
);

interface Seen {
  at: number;
  path: string;
  status: number;
  type: string | null;
  retryAfter: string | null;
  problemStatus: number | null;
}

/** Fetches `paths` from the page as DevTools would, every 50 ms for `ms` after load, and records each answer. */
async function fetchAfterLoad(page: Page, paths: string[], ms: number): Promise<Seen[]> {
  // A string, not a function: the test runner's transpiler would add helpers the page does not have.
  return page.evaluate(`(async () => {
    const seen = [];
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 100));
    while (performance.now() - t0 < ${ms}) {
      for (const path of ${JSON.stringify(paths)}) {
        const res = await fetch(path);
        const type = res.headers.get('content-type');
        const body = await res.text();
        let problemStatus = null;
        if (type === 'application/problem+json') problemStatus = JSON.parse(body).status;
        seen.push({ at: Math.round(performance.now() - t0), path, status: res.status, type, retryAfter: res.headers.get('retry-after'), problemStatus });
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return seen;
  })()`);
}

function assertEndpointOrStarting(seen: Seen[], where: string): void {
  assert.ok(seen.length > 0, `${where}: no request was made`);
  for (const s of seen) {
    const answered = s.status === 200 && s.type !== null && !s.type.startsWith('text/html');
    const starting = s.status === 503 && s.type === 'application/problem+json' && s.problemStatus === 503 && s.retryAfter !== null;
    assert.ok(answered || starting, `${where}: ${s.path} ${s.at} ms after load got ${s.status} ${s.type} (problem status ${s.problemStatus})`);
  }
  const last = seen.filter((s) => s.path.endsWith('/penguins')).at(-1);
  assert.equal(last?.status, 200, `${where}: the in-browser API never answered within the window`);
}

e2e(
  'a fetch 100 ms after load (as typed in DevTools) gets the endpoint or a 503 problem, on a first visit and on reloads',
  async (probe) => {
    const { page } = probe;
    // /api/ping answers 200 with an empty body (no Content-Type), so the JSON route is what tells the two servers apart.
    const paths = ['/api/endpoints/penguins', '/api/models'];
    await page.goto(probe.url('/deploy/monitor'), { waitUntil: 'load' });
    const first = await fetchAfterLoad(page, paths, 3_500);
    assertEndpointOrStarting(first, 'first visit');
    for (const route of ['/deploy/monitor', '/quiz', '/']) {
      await page.goto(probe.url(route), { waitUntil: 'load' });
      assertEndpointOrStarting(await fetchAfterLoad(page, paths, 2_500), `reload of ${route}`);
    }
    const starting = first.filter((s) => s.status === 503).length;
    console.log(`first visit: ${starting} of ${first.length} early requests got the 503 problem, the rest the endpoint`);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 60_000 },
);
