// npm run bench:serve — the real server under load on loopback (bounded: four 10 s runs and one 60 s run).
// (a) one-instance invocations, (b) /api/ping on the same server, (c) a bare node:http hello, (d) 1,000-instance
// invocations; then 60 s of (a) watching RSS and tfjs tensors. Budgets are ratios within this run, so machine noise cancels.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { makeAppDir } from '../src/server/test-fixtures';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
// autocannon ships no types; this is the slice of its API (and of its result) the bench uses.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method: string;
  body?: string;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;

const quick = process.argv.includes('--quick');
const SHORT_S = quick ? 3 : 10;
const LONG_S = quick ? 10 : 60;
const CONNECTIONS = 32;
const SERVER_PORT = 8797;
const HELLO_PORT = 8798;
const BIRD = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
const ONE = JSON.stringify({ instances: [BIRD] });
const THOUSAND = JSON.stringify({ instances: Array.from({ length: 1000 }, (_, i) => ({ ...BIRD, body_mass_g: 3000 + i })) });

function start(args: string[]): ChildProcess {
  // The server's log lines go nowhere: writing 20 k lines/s to a terminal would measure the terminal.
  return spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within 30 s`);
}

interface Row {
  name: string;
  /** CPU time the serving process spent per request, in microseconds: unlike requests/s, other load on the machine barely moves it. */
  cpuUs: number;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Sends a fixed number of requests (not a time span: a busy machine would then warm up less). */
async function warmUp(url: string, amount: number, post = true): Promise<void> {
  await autocannon({ url, connections: CONNECTIONS, amount, method: post ? 'POST' : 'GET', ...(post ? { body: ONE, headers: { 'Content-Type': 'application/json' } } : {}) });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux clock ticks are 1/100 s). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function load(name: string, url: string, seconds: number, init: { method?: 'POST'; body?: string } = {}, pid?: number): Promise<Row> {
  const cpuBefore = pid ? cpuSeconds(pid) : 0;
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: init.method ?? 'GET',
    ...(init.body ? { body: init.body, headers: { 'Content-Type': 'application/json' } } : {}),
  });
  const cpuUs = pid ? ((cpuSeconds(pid) - cpuBefore) * 1e6) / Math.max(1, r.requests.total) : Number.NaN;
  return { name, cpuUs, rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

async function gauge(base: string, name: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  if (!m?.[1]) throw new Error(`${name} is not in /metrics`);
  return Number(m[1]);
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<number> {
  const base = `http://127.0.0.1:${SERVER_PORT}`;
  const server = start(['--import', 'tsx', 'src/server/main.ts', '--app-dir', makeAppDir(), '--port', String(SERVER_PORT)]);
  const hello = start(['-e', `require('node:http').createServer((q, s) => s.end('hello')).listen(${HELLO_PORT}, '127.0.0.1')`]);
  try {
    await Promise.all([waitFor(`${base}/api/v2/health/ready`), waitFor(`http://127.0.0.1:${HELLO_PORT}/`)]);
    const invocations = `${base}/api/endpoints/penguins/invocations`;
    // Warm-up: JIT compilation and tfjs's first kernels would otherwise land in (a).
    await warmUp(invocations, quick ? 3_000 : 10_000);
    await warmUp(`${base}/api/ping`, quick ? 3_000 : 10_000, false);
    const rows = [
      await load('(a) invocation, 1 instance', invocations, SHORT_S, { method: 'POST', body: ONE }, server.pid),
      await load('(b) GET /api/ping', `${base}/api/ping`, SHORT_S, {}, server.pid),
      await load('(c) bare node:http hello', `http://127.0.0.1:${HELLO_PORT}/`, SHORT_S, {}, hello.pid),
      await load('(d) invocation, 1,000 instances', invocations, SHORT_S, { method: 'POST', body: THOUSAND }, server.pid),
    ];
    const rssBefore = await gauge(base, 'deploy_lab_process_resident_memory_bytes');
    const tensorsBefore = await gauge(base, 'deploy_lab_tfjs_tensors');
    const long = await load(`(a) for ${LONG_S} s`, invocations, LONG_S, { method: 'POST', body: ONE }, server.pid);
    const rssAfter = await gauge(base, 'deploy_lab_process_resident_memory_bytes');
    const tensorsAfter = await gauge(base, 'deploy_lab_tfjs_tensors');
    rows.push(long);

    console.log(`\nReal server on 127.0.0.1, autocannon ${CONNECTIONS} connections, ${SHORT_S} s per run${quick ? ' (--quick)' : ''}\n`);
    console.log('| run | requests/s | p50 ms | p97.5 ms | p99 ms | errors | non-2xx | server CPU µs/request |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.name} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p975, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${r.non2xx} | ${fmt(r.cpuUs)} |`);
    const [a, b, c] = rows as [Row, Row, Row, Row, Row];
    const growthMb = (rssAfter - rssBefore) / 1_048_576;
    console.log(`\n(a) is ${fmt((100 * a.rps) / b.rps)} % of (b) and ${fmt((100 * a.rps) / c.rps)} % of (c) in requests/s;`);
    console.log(`by server CPU per request, (a) costs ${fmt(a.cpuUs / b.cpuUs, 1)}× (b) and ${fmt(a.cpuUs / c.cpuUs, 1)}× (c).`);
    console.log(`Over the ${LONG_S} s run: RSS ${fmt(rssBefore / 1_048_576, 1)} → ${fmt(rssAfter / 1_048_576, 1)} MB (${growthMb >= 0 ? '+' : ''}${fmt(growthMb, 1)} MB); tfjs tensors ${tensorsBefore} → ${tensorsAfter}.\n`);
    const budgets: [string, boolean][] = [
      ['(a) ≥ 50 % of (b) requests/s', a.rps >= 0.5 * b.rps],
      ['p99 of (a) ≤ 20 ms', a.p99 <= 20],
      ['0 errors and 0 non-2xx in every run', rows.every((r) => r.errors === 0 && r.non2xx === 0)],
      [`RSS growth ≤ 10 MB over ${LONG_S} s`, growthMb <= 10],
      ['tfjs tensors constant', tensorsAfter === tensorsBefore],
    ];
    for (const [label, ok] of budgets) console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}`);
    return budgets.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
    hello.kill('SIGTERM');
  }
}

main().then((code) => {
  process.exitCode = code;
});
