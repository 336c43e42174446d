/**
 * End-to-end harness: serves the existing `dist/` with Vite's preview() JS API
 * and drives Debian's Chromium through playwright-core, under node:test.
 *
 * Each test file calls `setupE2E()` once; it registers root-level before/after
 * hooks, so every file (node --test runs each in its own process) gets its own
 * server on a free port and its own throwaway browser profile.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestContext } from 'node:test';
import { after, before, test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
// E2E_DIST lets a developer test a build in another folder while dist/ is being rebuilt.
const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'test-results');

/** Per-test budget; a hung page must fail its test, not stall the suite. */
export const TEST_TIMEOUT_MS = 45_000;
/** Default for every Playwright action and wait inside a test. */
export const ACTION_TIMEOUT_MS = 10_000;
const NAVIGATION_TIMEOUT_MS = 20_000;

const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Probe {
  page: Page;
  /** Absolute URL for an app path such as `/deploy/inspect`. */
  url: (path: string) => string;
  /** console.error messages (including Chromium's "Failed to load resource"). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
}

export interface Harness {
  baseURL: string;
  context: BrowserContext;
  newProbe: () => Promise<Probe>;
  close: () => Promise<void>;
}

async function startServer(): Promise<PreviewServer> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build found at ${DIST}: run npm run build first`);
  }
  // The project's vite.config.ts is still loaded (base, plugins); only the
  // listening options are overridden: port 0 lets the OS pick a free port so
  // parallel runs and a developer's own preview on 4173 never collide.
  return preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    build: { outDir: DIST },
  });
}

function serverURL(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    throw new Error('Vite preview server is not listening on a TCP port');
  }
  // Respect a configured `base` so the harness also works for sub-path builds.
  const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
  return `http://127.0.0.1:${address.port}${base}`;
}

export async function startHarness(): Promise<Harness> {
  const profileDir = mkdtempSync(join(tmpdir(), 'deploy-lab-e2e-'));
  // Last-resort cleanup if the process dies between start and close().
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  process.once('exit', removeProfile);

  let server: PreviewServer | undefined;
  let context: BrowserContext | undefined;
  const close = async () => {
    const failures: unknown[] = [];
    // Each step runs even if an earlier one throws, so nothing is left behind.
    if (context) await context.close().catch((e: unknown) => failures.push(e));
    if (server) {
      const s = server;
      await s.close().catch(async (e: unknown) => {
        failures.push(e);
        await new Promise<void>((done) => s.httpServer.close(() => done()));
      });
    }
    context = undefined;
    server = undefined;
    try {
      removeProfile();
    } catch (e) {
      failures.push(e);
    }
    process.removeListener('exit', removeProfile);
    if (failures.length > 0) throw new AggregateError(failures, 'e2e harness teardown failed');
  };

  try {
    server = await startServer();
    const baseURL = serverURL(server);
    const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
    if (!existsSync(executablePath)) {
      throw new Error(`Chromium not found at ${executablePath}: install it or set CHROME_PATH`);
    }
    const ctx = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROME_ARGS,
      viewport: { width: 1280, height: 800 },
      timeout: 30_000,
    });
    context = ctx;
    ctx.setDefaultTimeout(ACTION_TIMEOUT_MS);
    ctx.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);

    const newProbe = async (): Promise<Probe> => {
      const page = await ctx.newPage();
      const consoleErrors: string[] = [];
      const pageErrors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') {
          const where = msg.location().url;
          consoleErrors.push(where ? `${msg.text()} (at ${where})` : msg.text());
        }
      });
      page.on('pageerror', (err) => pageErrors.push(err.stack ?? String(err)));
      const url = (path: string) => new URL(path.replace(/^\//, ''), baseURL).href;
      return { page, url, consoleErrors, pageErrors };
    };
    return { baseURL, context: ctx, newProbe, close };
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
}

/**
 * Registers the harness for the current test file and returns `e2e()`, a
 * `test()` wrapper that hands each test a fresh page and closes it afterwards
 * (with a screenshot in test-results/ when the test failed).
 */
export function setupE2E() {
  let harness: Harness | undefined;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.close();
  });

  type Body = (probe: Probe, t: TestContext) => Promise<void>;
  const e2e = (name: string, body: Body, options: { timeout?: number } = {}) =>
    test(name, { timeout: options.timeout ?? TEST_TIMEOUT_MS }, async (t) => {
      if (!harness) throw new Error('e2e harness did not start (see the before hook error)');
      const probe = await harness.newProbe();
      try {
        await body(probe, t);
      } catch (error) {
        await saveScreenshot(probe.page, name);
        throw error;
      } finally {
        await probe.page.close().catch(() => undefined);
      }
    });
  return { e2e, harness: () => harness };
}

async function saveScreenshot(page: Page, name: string): Promise<void> {
  try {
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
  } catch {
    // A screenshot is a debugging aid; never mask the real failure.
  }
}

/** Loads an app path and waits until the SPA has rendered a heading. */
export async function openRoute(probe: Probe, path: string): Promise<void> {
  await probe.page.goto(probe.url(path), { waitUntil: 'load' });
  await probe.page.locator('h1').first().waitFor({ state: 'visible' });
  // Lazy route chunks and first data requests settle shortly after; a page
  // that polls forever must not hang the test, so the wait is capped.
  await probe.page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
}

/**
 * Holds the app's font files back past font-display: optional's 100 ms block period, so the page keeps the
 * fallback face (on CI DejaVu Sans, wider than Inter) as a first visit on a slow or busy machine does. Layout checks
 * run in it because it is the wider case; the fonts still arrive, so no request fails and no console error is logged.
 */
export async function withFallbackFont(page: Page, delayMs = 1_500): Promise<void> {
  await page.route(/\.woff2(\?|$)/, async (route) => {
    await new Promise((r) => setTimeout(r, delayMs));
    await route.continue().catch(() => undefined);
  });
}

/**
 * Polls a locator's text until it matches; on timeout the error shows the last
 * text seen, which is what a failing assertion needs to be useful.
 */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  timeout = ACTION_TIMEOUT_MS,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '<not found>';
  while (Date.now() < deadline) {
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, not the DOM's; rendered text is what a user reads (spacing between blocks kept).
    const text = await locator.innerText({ timeout: 1_000 }).catch(() => undefined);
    if (text !== undefined) {
      last = text;
      if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${String(expected)}; last text:\n${last.slice(0, 2_000)}`);
}

/** Every route of the app (DESIGN.md, plus the glossary and the instructor guide), for tests that visit them all. */
export const APP_ROUTES = [
  '/',
  '/data/retrieve',
  '/data/explore',
  '/data/prepare',
  '/model/train',
  '/model/tune',
  '/model/evaluate',
  '/deploy/endpoint',
  '/deploy/inspect',
  '/deploy/monitor',
  '/deploy/update',
  '/cloud',
  '/quiz',
  '/glossary',
  '/instructor',
] as const;

/**
 * Records every Content-Security-Policy violation of the page and of the dedicated workers it starts, as
 * "directive blocked URI (source:line) sample" lines. Call before the first navigation. Worker listeners are
 * attached when Playwright reports the worker, before its module (fetched over the network) has run.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__deployLabCspViolation', (source, line: string) => {
    violations.push(`${new URL(source.page.url()).pathname}: ${line}`);
  });
  // A string, not a function: the test runner's transpiler would add helpers the page does not have.
  const describe = "(e) => e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' (' + e.sourceFile + ':' + e.lineNumber + ') ' + e.sample";
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => window.__deployLabCspViolation((${describe})(e)));`,
  });
  page.on('worker', (worker) => {
    worker.on('console', (msg) => {
      const text = msg.text();
      if (text.startsWith('[csp] ')) violations.push(`worker ${worker.url()}: ${text.slice(6)}`);
    });
    void worker
      .evaluate(`self.addEventListener('securitypolicyviolation', (e) => console.log('[csp] ' + (${describe})(e)))`)
      .catch(() => undefined);
  });
  return violations;
}
