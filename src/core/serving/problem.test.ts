// @vitest-environment node
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import type { Problem } from './problem';
import { escapePointerSegment, problemResponse, toPointer, withAbsoluteProblemType } from './problem';

/** RFC 6901 §4 evaluation, written independently: split on "/", then "~1" → "/" before "~0" → "~". */
function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

describe('JSON Pointer escaping (RFC 6901 §3)', () => {
  it('escapes "~" before "/": a/b~c becomes a~1b~0c, not a~01b~0c', () => {
    expect(escapePointerSegment('a/b~c')).toBe('a~1b~0c');
    // The order matters: "/" first would turn "/" into "~1" and then that "~" into "~0".
    expect(escapePointerSegment('~1')).toBe('~01');
    expect(escapePointerSegment('/')).toBe('~1');
    expect(escapePointerSegment('~')).toBe('~0');
    expect(toPointer(['instances', 0, 'a/b~c'])).toBe('/instances/0/a~1b~0c');
    expect(toPointer([])).toBe('');
  });

  it('round-trips: evaluating the pointer gives back exactly the segments', () => {
    // Segments built from the characters that matter, so "~", "/" and "~1"-like runs are common.
    const segment = fc.array(fc.constantFrom('~', '/', '0', '1', 'a'), { maxLength: 6 }).map((cs) => cs.join(''));
    let withBoth = 0;
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (segments) => {
        if (segments.some((s) => s.includes('~') && s.includes('/'))) withBoth++;
        expect(parsePointer(toPointer(segments))).toEqual(segments);
      }),
      { numRuns: 1000 },
    );
    // The interesting case (a segment with both "~" and "/") must actually run.
    expect(withBoth).toBeGreaterThan(200);
  });
});

describe('problemResponse (RFC 9457)', () => {
  it('sends problem+json whose status field equals the HTTP status, without an empty errors list', async () => {
    const res = problemResponse({ status: 409, type: '/problems/conflict', detail: 'Taken.', headers: { 'Retry-After': '1' } });
    expect(res.status).toBe(409);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(res.headers.get('Retry-After')).toBe('1');
    expect(await res.json()).toEqual({ type: '/problems/conflict', title: 'Conflict', status: 409, detail: 'Taken.' });
    const withErrors = await problemResponse({ status: 422, type: 't', detail: 'd', title: 'T', errors: [{ pointer: '/x', message: 'm' }] }).json();
    expect(withErrors).toEqual({ type: 't', title: 'T', status: 422, detail: 'd', errors: [{ pointer: '/x', message: 'm' }] });
  });
});

describe('withAbsoluteProblemType (RFC 9457 §3.1.1)', () => {
  const relative = () => problemResponse({ status: 404, type: '/problems/not-found', detail: 'gone', headers: { 'X-Extra': 'kept' } });

  it('resolves a relative type against the request URL, keeping status, headers and the other members', async () => {
    const res = await withAbsoluteProblemType(relative(), 'http://127.0.0.1:8787/api/models/v9?x=1');
    expect(res.status).toBe(404);
    expect(res.statusText).toBe(relative().statusText);
    expect(res.headers.get('X-Extra')).toBe('kept');
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({ type: 'http://127.0.0.1:8787/problems/not-found', title: 'Not Found', status: 404, detail: 'gone' });
  });

  it('passes through what it must not touch: absolute types, other media types, bodiless answers, network errors', async () => {
    const absolute = problemResponse({ status: 400, type: 'about:blank', detail: 'x' });
    expect(await withAbsoluteProblemType(absolute, 'http://h/api')).toBe(absolute);
    const json = new Response('{"type":"/x"}', { headers: { 'Content-Type': 'application/json' } });
    expect(await withAbsoluteProblemType(json, 'http://h/api')).toBe(json);
    const head = new Response(null, { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    expect(await withAbsoluteProblemType(head, 'http://h/api')).toBe(head);
    const broken = new Response('not json', { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    expect(await withAbsoluteProblemType(broken, 'http://h/api')).toBe(broken);
    const typeless = new Response('{"status":400}', { status: 400, headers: { 'Content-Type': 'application/problem+json' } });
    expect(await withAbsoluteProblemType(typeless, 'http://h/api')).toBe(typeless);
    const error = Response.error();
    expect(await withAbsoluteProblemType(error, 'http://h/api')).toBe(error);
  });
});

describe('pointers end to end through a 422', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
    api.server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => api.server.close());

  it('blames an unknown input named a/b~c at /instances/0/a~1b~0c', async () => {
    const instance = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750, 'a/b~c': 1 };
    const res = await fetch('http://localhost/api/endpoints/penguins/invocations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ instances: [instance] }),
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.map((e) => e.pointer)).toEqual(['/instances/0/a~1b~0c']);
    expect(parsePointer(problem.errors?.[0]?.pointer ?? '')).toEqual(['instances', '0', 'a/b~c']);
  });
});
