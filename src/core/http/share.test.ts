import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RequestSpec } from './exchange';
import { decodeSharedRequest, encodeSharedRequest, MAX_SHARE_URL_LENGTH, SHARE_KEY, shareLinkFor } from './share';

const PAGE = 'https://deploy-lab.example.org/deploy/inspect';

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** The link format before compression (base64url of the JSON array): links already shared must keep opening. */
function legacyEncode(spec: RequestSpec): string {
  return base64Url(new TextEncoder().encode(JSON.stringify([spec.method, spec.url, spec.headers, spec.body])));
}

const penguin = fc.record({
  bill_length_mm: fc.integer({ min: 320, max: 600 }).map((n) => n / 10),
  bill_depth_mm: fc.integer({ min: 130, max: 215 }).map((n) => n / 10),
  flipper_length_mm: fc.integer({ min: 172, max: 231 }),
  body_mass_g: fc.integer({ min: 54, max: 126 }).map((n) => n * 50),
});

describe('shared request links', () => {
  it('round-trip method, URL, headers and body (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        fc.stringMatching(/^\/[A-Za-z0-9._~-][A-Za-z0-9/._~?=&-]{0,40}$/),
        fc.array(fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 })), { maxLength: 5 }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 200 }), { nil: null }),
        (method, url, headers, body) => {
          const spec: RequestSpec = { method, url, headers, body };
          expect(decodeSharedRequest(encodeSharedRequest(spec))).toEqual(spec);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects garbage without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = decodeSharedRequest(s);
        expect(r === null || typeof r.url === 'string').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(['//evil.example/x', '/\\evil.example', 'http://evil.example/api', 'javascript:alert(1)'])('refuses a link that would leave the site: %s', (url) => {
    expect(decodeSharedRequest(encodeSharedRequest({ method: 'GET', url, headers: [], body: null }))).toBeNull();
  });

  it('refuses unknown methods and oversized bodies', () => {
    expect(decodeSharedRequest(encodeSharedRequest({ method: 'TRACE', url: '/api/ping', headers: [], body: null }))).toBeNull();
    expect(decodeSharedRequest(encodeSharedRequest({ method: 'POST', url: '/api/ping', headers: [], body: 'x'.repeat(70_000) }))).toBeNull();
  });

  it('round-trip requests with large, arbitrary bodies (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('POST', 'PUT'), fc.option(fc.string({ unit: 'binary', maxLength: 20_000 }), { nil: null }), (method, body) => {
        const spec: RequestSpec = { method, url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'application/json']], body };
        expect(decodeSharedRequest(encodeSharedRequest(spec))).toEqual(spec);
      }),
      { numRuns: 200 },
    );
  });

  it('still opens links shared before compression (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\/api\/[a-z0-9/]{0,30}$/), fc.option(fc.string({ unit: 'grapheme', maxLength: 300 }), { nil: null }), (url, body) => {
        const spec: RequestSpec = { method: 'POST', url, headers: [['Accept', 'application/json']], body };
        expect(decodeSharedRequest(legacyEncode(spec))).toEqual(spec);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a link to a 250-instance request under 8 KB (property)', () => {
    fc.assert(
      fc.property(fc.array(penguin, { minLength: 250, maxLength: 250 }), (instances) => {
        const spec: RequestSpec = { method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'application/json'], ['Accept', 'application/json']], body: JSON.stringify({ instances }, null, 2) };
        const link = shareLinkFor(spec, PAGE);
        expect(link.ok).toBe(true);
        if (!link.ok) return;
        expect(link.url.length).toBeLessThan(8 * 1024);
        expect(decodeSharedRequest(new URL(link.url).searchParams.get(SHARE_KEY) ?? '')).toEqual(spec);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses to make a link over the limit, saying the request is too large', () => {
    const random = fc.sample(fc.string({ unit: 'binary-ascii', minLength: 30_000, maxLength: 30_000 }), { numRuns: 1, seed: 7 })[0] as string;
    const link = shareLinkFor({ method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [], body: random }, PAGE);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.reason).toMatch(/too large to share as a link.*8,000/);
    expect(MAX_SHARE_URL_LENGTH).toBe(8000);
  });

  it('refuses a small link that would inflate past the limits, without unpacking it all', () => {
    const huge = new TextEncoder().encode(JSON.stringify(['POST', '/api/ping', [], 'a'.repeat(20_000_000)]));
    const link = `z.${base64Url(deflateSync(huge, { level: 9 }))}`;
    expect(link.length).toBeLessThan(40_000);
    const t0 = performance.now();
    expect(decodeSharedRequest(link)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('refuses compressed garbage and cut-off links without throwing', () => {
    const good = encodeSharedRequest({ method: 'GET', url: '/api/ping', headers: [], body: null });
    expect(decodeSharedRequest(good.slice(0, -3))).toBeNull();
    expect(decodeSharedRequest('z.')).toBeNull();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = decodeSharedRequest(`z.${base64Url(bytes)}`);
        expect(r === null || typeof r.url === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
