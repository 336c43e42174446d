// @vitest-environment node
// Starts the server as `npm run serve` does (src/server/start.mjs → tsx src/server/main.ts) and calls it from
// outside: the course's Python application for the three typical birds, and a SIGTERM with 50 requests in flight.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { makeAppDir } from './test-fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_APP = 'public/examples/web_app.py';
const appDir = makeAppDir();
const run = promisify(execFile);
const started: ChildProcess[] = [];

// Each server runs in a process group of its own (start.mjs and the node process it starts): killing the group
// leaves no orphan, whichever of the two is still running.
afterEach(() => {
  for (const child of started.splice(0)) {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // the group has already exited
    }
  }
});

/** Starts `npm run serve`'s program on a free loopback port; resolves with its URL once it prints it. */
function startServe(args: string[] = []): Promise<{ child: ChildProcess; url: string; output: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['src/server/start.mjs', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, DEPLOY_LAB_APP_DIR: appDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  started.push(child);
  let err = '';
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stdout?.resume();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${err}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => err, exit });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${err}`)));
  });
}

function webApp(url: string, bird: readonly number[]) {
  const [bl, bd, fl, bm] = bird.map(String) as [string, string, string, string];
  return run('python3', [WEB_APP, '--url', url, '--bill-length-mm', bl, '--bill-depth-mm', bd, '--flipper-length-mm', fl, '--body-mass-g', bm], { cwd: ROOT }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npm run serve and the Python application', () => {
  it('web_app.py names the three typical birds, then says plainly when the server is gone', async () => {
    const { child, url, exit } = await startServe();
    const birds = [
      ['Adelie', [38.8, 18.3, 190, 3700]],
      ['Chinstrap', [48.8, 18.4, 196, 3730]],
      ['Gentoo', [47.5, 15.0, 217, 5076]],
    ] as const;
    for (const [species, bird] of birds) {
      const out = await webApp(url, bird);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toMatch(new RegExp(`^${species} \\(probability 0\\.\\d{3}|1\\.000`));
    }
    const refused = await webApp(url, [38.8, 18.3, 190, -1]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^422 Unprocessable Content: .*\n {2}\/instances\/0\/body_mass_g: /);
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const gone = await webApp(url, birds[0][1]);
    expect(gone.code).toBe(2);
    expect(gone.stderr.trim().split('\n')).toHaveLength(1);
    expect(gone.stderr).toMatch(/^Cannot reach .*npm run serve/);
  }, 120_000);

  it('web_app.py retries 503 and 429 as Retry-After says (seconds or a date), at most 3 tries', async () => {
    const { url } = await startServe();
    // A load balancer in front of the server, as during a rollout: it refuses the first `refusals` requests.
    let refusals = 2;
    let seen = 0;
    const balancer = createServer(async (req, res) => {
      seen += 1;
      if (refusals > 0) {
        refusals -= 1;
        const retryAfter = seen === 1 ? '1' : new Date(Date.now() + 1_000).toUTCString();
        res.writeHead(seen === 1 ? 503 : 429, { 'Content-Type': 'application/problem+json', 'Retry-After': retryAfter });
        res.end(JSON.stringify({ type: '/problems/unavailable', title: seen === 1 ? 'Service Unavailable' : 'Too Many Requests', status: seen === 1 ? 503 : 429, detail: 'No replica is ready.' }));
        return;
      }
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const answer = await fetch(`${url}${req.url}`, { method: req.method, headers: { 'Content-Type': 'application/json' }, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { 'Content-Type': answer.headers.get('Content-Type') ?? 'application/json' });
      res.end(await answer.text());
    });
    await new Promise<void>((r) => balancer.listen(0, '127.0.0.1', () => r()));
    const front = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`;
    try {
      const t0 = performance.now();
      const out = await webApp(front, [38.8, 18.3, 190, 3700]);
      expect(out.code, out.stderr).toBe(0);
      expect(out.stdout).toMatch(/^Adelie/);
      expect(out.stderr).toMatch(/answered 503 .*asking again in 1 s \(try 2 of 3\)[\s\S]*answered 429 .*\(try 3 of 3\)/);
      expect(performance.now() - t0).toBeGreaterThan(1_000);
      expect(seen).toBe(3);
      refusals = 3;
      seen = 0;
      const giveUp = await webApp(front, [38.8, 18.3, 190, 3700]);
      expect(giveUp.code).toBe(1);
      expect(seen).toBe(3);
      expect(giveUp.stderr).toMatch(/^429 Too Many Requests: No replica is ready\.$/m);
    } finally {
      balancer.close();
    }
  }, 120_000);

  it('SIGTERM with 50 requests in flight: every one is answered, new connections are refused, exit 0', async () => {
    const { child, url, exit } = await startServe();
    const { port } = new URL(url);
    const body = JSON.stringify({ instances: [{ bill_length_mm: 47.5, bill_depth_mm: 15, flipper_length_mm: 217, body_mass_g: 5076 }] });
    const half = body.length >> 1;
    const sending = Array.from({ length: 50 }, () => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/endpoints/penguins/invocations', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length } });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', reject);
      });
      // Half the body now: the server has the request but cannot answer it yet; it is in flight.
      const written = new Promise<void>((resolve) => req.write(body.slice(0, half), () => resolve()));
      return { req, answered, written };
    });
    await Promise.all(sending.map((s) => s.written));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    await expect(fetch(`${url}/api/ping`)).rejects.toThrow();
    for (const s of sending) s.req.end(body.slice(half));
    const answers = await Promise.all(sending.map((s) => s.answered));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(answers.every((a) => JSON.parse(a.text).predictions[0].species === 'Gentoo')).toBe(true);
    expect(await exit).toBe(0);
  }, 120_000);
});
