// Lighthouse (mobile, default simulated throttling: 4× CPU slowdown, slow 4G) on every route of a production build.
// Prints one markdown row per route: the median of N runs of performance, TBT, LCP and CLS against the budget of
// issue #17 (perf ≥ 95, TBT ≤ 200 ms, LCP ≤ 2.5 s, CLS ≤ 0.05), plus accessibility and best-practices scores.
// Run after a build: `tsx scripts/bench-lighthouse.ts [--dist folder] [--runs 3] [--routes /,/glossary]`
// (default dist/, or E2E_DIST). Exit code 0 whatever the figures (a bench reports); 1 if Lighthouse itself fails.
// The load average is printed with the table: on a shared machine a busy CPU inflates the simulated figures.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { STAGES } from '../src/content/stages';

const ROOT = resolve(import.meta.dirname, '..');
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** One Lighthouse run should take 15–40 s here; a hung page must not stall the bench. */
const RUN_TIMEOUT_MS = 120_000;
const BUDGET = { perf: 95, tbtMs: 200, lcpMs: 2500, cls: 0.05 };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const distOption = option('dist');
const DIST = distOption ? resolve(distOption) : process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
const RUNS = Math.max(1, Number(option('runs') ?? 3) || 3);
const ROUTES = option('routes')?.split(',').map((r) => r.trim()).filter(Boolean) ?? STAGES.map((s) => s.path);

interface Figures {
  perf: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
  a11y: number;
  bestPractices: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOnce(url: string, port: number): Promise<Figures> {
  const result = await withTimeout(
    lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }),
    RUN_TIMEOUT_MS,
    url,
  );
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`${url}: Lighthouse returned no report`);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => {
    const s = lhr.categories[id]?.score;
    if (s === null || s === undefined) throw new Error(`${url}: no ${id} score (${lhr.runWarnings.join('; ')})`);
    return Math.round(s * 100);
  };
  const metric = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    if (v === undefined) throw new Error(`${url}: audit ${id} has no value`);
    return v;
  };
  return {
    perf: score('performance'),
    tbtMs: metric('total-blocking-time'),
    lcpMs: metric('largest-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    a11y: score('accessibility'),
    bestPractices: score('best-practices'),
  };
}

const mark = (met: boolean) => (met ? 'met' : 'not met');

function row(route: string, runs: Figures[]): string {
  const m = (key: keyof Figures) => median(runs.map((r) => r[key]));
  const perf = m('perf');
  const tbt = m('tbtMs');
  const lcp = m('lcpMs');
  const cls = m('cls');
  return [
    `\`${route}\``,
    `${Math.round(perf)} (${mark(perf >= BUDGET.perf)})`,
    `${Math.round(tbt).toLocaleString('en-US')} ms (${mark(tbt <= BUDGET.tbtMs)})`,
    `${(lcp / 1000).toFixed(1)} s (${mark(lcp <= BUDGET.lcpMs)})`,
    `${cls.toFixed(3)} (${mark(cls <= BUDGET.cls)})`,
    String(Math.round(m('a11y'))),
    String(Math.round(m('bestPractices'))),
  ].join(' | ');
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No build found at ${DIST}: run npm run build first (or pass --dist)`);
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    build: { outDir: DIST },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('Vite preview is not listening on a TCP port');
  const base = `http://127.0.0.1:${address.port}${server.config.base.replace(/\/$/, '')}`;
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const loadBefore = loadavg();
  const started = Date.now();
  const rows: string[] = [];
  try {
    for (const route of ROUTES) {
      const runs: Figures[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runOnce(`${base}${route}`, chrome.port));
      rows.push(row(route, runs));
      console.error(`${route}: ${runs.map((r) => `${r.perf}/${Math.round(r.tbtMs)} ms`).join(', ')}`);
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const loadAfter = loadavg();
  console.log(`Lighthouse 12 mobile (simulated 4× CPU, slow 4G), median of ${RUNS} run(s), build ${DIST}`);
  console.log(`Budget: perf ≥ ${BUDGET.perf}, TBT ≤ ${BUDGET.tbtMs} ms, LCP ≤ ${BUDGET.lcpMs / 1000} s, CLS ≤ ${BUDGET.cls}`);
  console.log(`Load average (1/5/15 min): ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after; ${Math.round((Date.now() - started) / 1000)} s`);
  console.log('');
  console.log('| route | perf | TBT | LCP | CLS | accessibility | best practices |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r} |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
