// @vitest-environment node
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../src/core/http/security-policy.ts';
import { apiPlaceholderMiddleware, headersMiddleware, isApiPath, withPolicyMeta } from './vite-security.ts';

describe('the static servers answer /api/* with a problem, never the app', () => {
  let origin = '';
  // A stand-in for Vite's later middlewares: the SPA fallback that answers everything with index.html.
  const server = createServer((req, res) =>
    headersMiddleware({ 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CONTENT_SECURITY_POLICY })(req, res, () =>
      apiPlaceholderMiddleware('/')(req, res, () => {
        res.setHeader('Content-Type', 'text/html');
        res.end('<!doctype html><title>Deploy Lab</title>');
      }),
    ),
  );
  beforeAll(async () => {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(['/api/ping', '/api', '/api/endpoints/penguins/invocations?x=1', '/api/%ZZ', '/api/models/v1'])('%s → 503 problem+json with Retry-After', async (path) => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await fetch(`${origin}${path}`, { method, ...(method === 'POST' ? { body: '{}' } : {}) });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.headers.get('retry-after')).toBe('1');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const problem = (await res.json()) as { status: number; detail: string; type: string };
      expect(problem.status).toBe(503);
      expect(problem.type).toBe('/problems/api-not-running');
      expect(problem.detail).toMatch(/runs in your browser tab.*reload the page/);
    }
  });

  it('HEAD gets the same status and headers, no body', async () => {
    const res = await fetch(`${origin}/api/ping`, { method: 'HEAD' });
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.text()).toBe('');
  });

  it.each(['/', '/deploy/monitor', '/apis', '/api-docs', '/assets/api/x.js'])('%s is left to the static server', async (path) => {
    const res = await fetch(`${origin}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('isApiPath', () => {
  it('respects a sub-path base', () => {
    expect(isApiPath('/lab/api/ping', '/lab/')).toBe(true);
    expect(isApiPath('/lab/api', '/lab')).toBe(true);
    expect(isApiPath('/api/ping', '/lab/')).toBe(false);
    expect(isApiPath(undefined, '/')).toBe(false);
  });

  it('is true exactly for /api and paths below it (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (rest) => {
        const url = `/${rest}`;
        const path = url.split(/[?#]/, 1)[0] as string;
        expect(isApiPath(url, '/')).toBe(path === '/api' || path.startsWith('/api/'));
      }),
    );
  });
});

describe('withPolicyMeta', () => {
  it('puts the CSP <meta> right after <meta charset>, before any script', () => {
    const html = withPolicyMeta('<html><head>\n<meta charset="UTF-8" />\n<script type="module" src="/x.js"></script></head></html>');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
    expect(html.indexOf(meta)).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('refuses an index.html without <meta charset> rather than ship no policy', () => {
    expect(() => withPolicyMeta('<html><head></head></html>')).toThrow(/meta charset/);
  });
});
