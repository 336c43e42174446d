import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestSpec } from './exchange';
import { decodeSharedRequest, encodeSharedRequest } from './share';

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
});
