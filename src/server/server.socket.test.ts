// @vitest-environment node
import { Agent, request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from './create-server-app';
import type { ServerApp } from './create-server-app';
import { listen } from './listen';
import type { ListeningServer } from './listen';
import { HASHED_ASSET, makeAppDir } from './test-fixtures';

const TOKEN = 'test-token-123';
const LAB_ORIGIN = 'http://localhost:5173';
const ADELIE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
const INVOCATION = JSON.stringify({ instances: [ADELIE] });
const BODY_TIMEOUT_MS = 400;

let app: ServerApp;
let server: ListeningServer;
let port: number;

beforeAll(async () => {
  const options = { port: 0, host: '127.0.0.1', modelDirs: [], token: TOKEN, allowOrigins: [LAB_ORIGIN], appDir: makeAppDir() };
  app = await createServerApp(options, pino({ level: 'silent' }));
  server = await listen(app.handler, 0, '127.0.0.1', BODY_TIMEOUT_MS);
  port = Number(new URL(server.url).port);
});
afterAll(() => server.drain(1_000));

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  sawContinue: boolean;
}

/** One request over a fresh socket; `write` sends the body the way the test needs (slowly, in parts, or not at all). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string | number>,
  write: (req: ReturnType<typeof request>) => void = (req) => req.end(),
  agent?: Agent,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sawContinue = false;
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: agent ?? false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, sawContinue }));
    });
    req.on('continue', () => {
      sawContinue = true;
      req.end(INVOCATION);
    });
    req.on('error', reject);
    write(req);
  });
}

const json = { 'Content-Type': 'application/json' };
const problemOf = (a: RawAnswer) => JSON.parse(a.body) as { status: number; title: string; detail: string };

describe('limits enforced while reading', () => {
  it('answers 408 to a body that does not arrive in time, and the endpoint never sees it', async () => {
    const before = app.context.registry.listVersions().length;
    const started = performance.now();
    const res = await raw('POST', '/api/endpoints/penguins/invocations', { ...json, 'Content-Length': INVOCATION.length }, (req) => {
      req.write(INVOCATION.slice(0, 10)); // the rest never comes
    });
    expect(res.status).toBe(408);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(problemOf(res).status).toBe(408);
    expect(performance.now() - started).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 20);
    expect(app.context.registry.listVersions()).toHaveLength(before);
  });

  it('answers 413 to a streamed 20 MiB upload after reading at most 1 MiB + 1 byte, without buffering it', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const res = await raw('POST', '/api/endpoints/penguins/invocations', { ...json, 'Transfer-Encoding': 'chunked' }, (req) => {
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.on('error', () => undefined); // the server may close before the client has sent everything
      pump();
    }).catch((e: NodeJS.ErrnoException) => ({ status: e.code === 'ECONNRESET' ? -1 : 0, headers: {}, body: '', sawContinue: false }));
    // Node's client may see the reset before the answer on a slow machine; what matters is that it was not a 2xx.
    if (res.status !== -1) {
      expect(res.status).toBe(413);
      expect(problemOf(res).detail).toMatch(/more than 1,048,576 bytes/);
    }
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(10 * 1024 * 1024);
  });

  it('answers 413 to a declared 20 MiB body without reading it, with the endpoint\'s request id', async () => {
    const res = await raw('POST', '/api/endpoints/penguins/invocations', { ...json, 'Content-Length': 20 * 1024 * 1024, Expect: '100-continue' }, (req) => {
      req.flushHeaders();
    });
    expect(res.status).toBe(413);
    expect(res.sawContinue).toBe(false);
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('sends 100 Continue before a body within the limit and then answers it', async () => {
    const res = await raw('POST', '/api/endpoints/penguins/invocations', { ...json, 'Content-Length': INVOCATION.length, Expect: '100-continue' }, (req) => {
      req.flushHeaders();
    });
    expect(res.sawContinue).toBe(true);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).predictions[0].species).toBe('Adelie');
  });

  it('leaves nothing behind when the client disconnects mid-body', async () => {
    const before = app.context.registry.listVersions().length;
    const body = JSON.stringify({ model: { modelTopology: {}, weightSpecs: [], weightData: '' }, padding: 'x'.repeat(50_000) });
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/models', agent: false, headers: { ...json, Authorization: `Bearer ${TOKEN}`, 'Content-Length': body.length } });
      req.on('error', () => resolve());
      req.write(body.slice(0, 20_000), () => setTimeout(() => {
        req.destroy();
        resolve();
      }, 50));
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(app.context.registry.listVersions()).toHaveLength(before);
    expect(server.inFlight()).toBe(0);
    expect((await fetch(`${server.url}/api/ping`)).status).toBe(200);
  });

  it('answers 431 problem+json with the security headers to oversized headers', async () => {
    const res = await raw('GET', '/api/ping', { 'X-Padding': 'a'.repeat(20_000) });
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(problemOf(res).status).toBe(431);
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it.each(['/api/endpoints/%ZZ', '/api/models/%E0%A4%A', '/%ZZ', '/deploy/%C0%AF', '/assets/%FF.js'])('answers 400 to the malformed escapes of %s', async (path) => {
    const res = await raw('GET', path, {});
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json');
    expect(res.body).not.toMatch(/\n\s+at |URIError/);
  });
});

describe('100 concurrent keep-alive clients', () => {
  it('answers every invocation of 100 clients, reusing at most 100 connections', async () => {
    let connections = 0;
    const count = () => {
      connections += 1;
    };
    server.server.on('connection', count);
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    try {
      for (let round = 0; round < 3; round += 1) {
        const answers = await Promise.all(
          Array.from({ length: 100 }, () => raw('POST', '/api/endpoints/penguins/invocations', { ...json, 'Content-Length': INVOCATION.length }, (req) => req.end(INVOCATION), agent)),
        );
        expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
        expect(answers.every((a) => a.headers.connection !== 'close')).toBe(true);
        // Concurrent invocations share model calls, and each response says so in Server-Timing.
        const shared = answers.map((a) => Number(/batch;dur=[\d.]+;desc="(\d+) requests?/.exec(String(a.headers['server-timing']))?.[1] ?? 0));
        expect(shared.every((n) => n >= 1)).toBe(true);
        expect(Math.max(...shared)).toBeGreaterThan(1);
      }
    } finally {
      agent.destroy();
      server.server.off('connection', count);
    }
    expect(connections).toBeLessThanOrEqual(100);
  });
});

describe('token on management calls', () => {
  const calls = [
    ['POST', '/api/models', '{}'],
    ['PUT', '/api/endpoints/penguins', '{"variants":[{"version":"v1","weight":100}]}'],
    ['DELETE', '/api/endpoints/penguins', ''],
  ] as const;

  it.each(calls)('%s %s without a token: 401 with WWW-Authenticate: Bearer', async (method, path, body) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: json, ...(body ? { body } : {}) });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem.status).toBe(401);
    // The server's own problems carry absolute type URIs on its origin, as the endpoint's do (RFC 9457 §3.1.1).
    expect(problem.type).toBe(`${server.url}/problems/unauthorized`);
  });

  it.each(calls)('%s %s with a wrong token: 403', async (method, path, body) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: { ...json, Authorization: 'Bearer not-the-token' }, ...(body ? { body } : {}) });
    expect(res.status).toBe(403);
    expect((await res.json()).status).toBe(403);
  });

  it('lets the right token through and keeps invocations and reads open', async () => {
    const put = await fetch(`${server.url}/api/endpoints/penguins`, { method: 'PUT', headers: { ...json, Authorization: `Bearer ${TOKEN}` }, body: calls[1][2] });
    expect(put.status).toBe(200);
    expect((await fetch(`${server.url}/api/endpoints/penguins/invocations`, { method: 'POST', headers: json, body: INVOCATION })).status).toBe(200);
    expect((await fetch(`${server.url}/api/models`)).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers a preflight from the lab\'s origin with that origin, never "*"', async () => {
    const res = await fetch(`${server.url}/api/endpoints/penguins`, { method: 'OPTIONS', headers: { Origin: LAB_ORIGIN, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization, content-type' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(LAB_ORIGIN);
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('PUT');
    expect(res.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
    expect(res.headers.get('Vary')).toContain('Origin');
  });

  it('refuses a preflight and a management call from another origin, and never sends "*"', async () => {
    const pre = await fetch(`${server.url}/api/models`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.status).toBe(403);
    expect(pre.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const post = await fetch(`${server.url}/api/models`, { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` }, body: '{}' });
    expect(post.status).toBe(403);
    const read = await fetch(`${server.url}/api/models`, { headers: { Origin: 'https://evil.example' } });
    expect(read.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('exposes the endpoint\'s headers to the lab\'s pages', async () => {
    const res = await fetch(`${server.url}/api/endpoints/penguins/invocations`, { method: 'POST', headers: { ...json, Origin: LAB_ORIGIN }, body: INVOCATION });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(LAB_ORIGIN);
    expect(res.headers.get('Access-Control-Expose-Headers')).toMatch(/X-Model-Version.*Server-Timing|Server-Timing.*X-Model-Version/);
  });
});

describe('static app beside the API', () => {
  it('serves hashed assets as immutable and index.html as revalidated', async () => {
    const asset = await fetch(`${server.url}${HASHED_ASSET}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(index.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('falls back to index.html for app routes, never for /api or missing files', async () => {
    const route = await fetch(`${server.url}/deploy/endpoint`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    for (const path of ['/api/no-such-route', '/api', '/assets/missing-AbCdEf12.js']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type'), path).toBe('application/problem+json');
    }
  });

  it('puts the CSP and security headers on every kind of answer', async () => {
    for (const path of ['/', HASHED_ASSET, '/api/ping', '/api/nope', '/metrics', '/missing.png']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.headers.get('Content-Security-Policy'), path).toContain("default-src 'self'");
      expect(res.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy'), path).toBe('no-referrer');
    }
  });
});

describe('operations', () => {
  it('answers the V2 health probes and counts requests by route, status and version in /metrics', async () => {
    expect((await fetch(`${server.url}/api/v2/health/live`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/v2/health/ready`)).status).toBe(200);
    await fetch(`${server.url}/api/endpoints/penguins/invocations`, { method: 'POST', headers: json, body: INVOCATION });
    const res = await fetch(`${server.url}/metrics`);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/deploy_lab_http_requests_total\{route="\/api\/endpoints\/\{name\}\/invocations",method="POST",status="200",version="v1"\} \d+/);
    expect(text).toMatch(/deploy_lab_http_request_duration_seconds_bucket\{le="0.005",route="\/api\/endpoints\/\{name\}\/invocations",method="POST"\}/);
    expect(text).toMatch(/deploy_lab_tfjs_tensors \d+/);
  });
});
