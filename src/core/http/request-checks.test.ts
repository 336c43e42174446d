import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestSpec } from './exchange';
import { checkRequest } from './request-checks';

const valid: RequestSpec = { method: 'POST', url: '/api/ping', headers: [['Content-Type', 'application/json']], body: '{"a":1}' };

describe('checkRequest', () => {
  it('accepts a well-formed request', () => {
    expect(checkRequest(valid)).toEqual([]);
  });

  it('blocks a body on GET, which fetch would refuse', () => {
    const checks = checkRequest({ ...valid, method: 'GET' });
    expect(checks).toContainEqual(expect.objectContaining({ field: 'body', blocking: true }));
  });

  it('blocks URLs that are empty, relative without a slash, or contain spaces', () => {
    for (const url of ['', 'api/ping', '/api/ping now']) {
      expect(checkRequest({ ...valid, url }).some((c) => c.field === 'url' && c.blocking)).toBe(true);
    }
    expect(checkRequest({ ...valid, url: 'http://localhost/api/ping' })).toEqual([]);
  });

  it('blocks header names that are not tokens and points at the row', () => {
    const checks = checkRequest({ ...valid, headers: [['Content Type', 'x']] });
    expect(checks).toEqual([expect.objectContaining({ field: { header: 0, part: 'name' }, blocking: true })]);
  });

  it('ignores a fully empty header row (the "Add header" placeholder)', () => {
    expect(checkRequest({ ...valid, headers: [...valid.headers, ['', '']] })).toEqual([]);
  });

  it('warns, without blocking, when a JSON body will not parse, with line and column', () => {
    const checks = checkRequest({ ...valid, body: '{\n  "a": 1,\n}' });
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ field: 'body', blocking: false });
    expect(checks[0]?.message).toMatch(/line 3, column 1/);
  });

  it('never throws and always returns well-formed checks for arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 }),
        fc.option(fc.string(), { nil: null }),
        (method, url, headers, body) => {
          const checks = checkRequest({ method, url, headers, body });
          for (const c of checks) expect(typeof c.message).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never blocks a request whose every part is valid', () => {
    const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/);
    fc.assert(
      fc.property(fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'), fc.stringMatching(/^\/[a-z0-9/._-]{0,30}$/), fc.array(fc.tuple(token, fc.stringMatching(/^[ -~]{0,30}$/)), { maxLength: 4 }), (method, url, headers) => {
        expect(checkRequest({ method, url, headers, body: null }).filter((c) => c.blocking)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
