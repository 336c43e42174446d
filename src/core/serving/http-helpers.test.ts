// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { acceptPost, jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable, storageFull } from './http-helpers';
import { PROBLEM_TYPES } from './problem';

const url = 'http://localhost/api/x';
const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request(url, { method: 'POST', body, headers });

describe('jsonResponse', () => {
  it('sends compact JSON with status 200 by default and keeps extra headers', async () => {
    const res = jsonResponse({ a: [1, 2] });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.text()).toBe('{"a":[1,2]}');
    const created = jsonResponse({}, 201, { Location: '/api/x/1' });
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toBe('/api/x/1');
    expect(created.headers.get('Content-Type')).toBe('application/json');
  });
});

describe('refuseUnacceptable (RFC 9110 §15.5.7)', () => {
  it('lets an acceptable request through and answers 406 naming both media types otherwise', async () => {
    expect(refuseUnacceptable(new Request(url, { headers: { Accept: 'application/*' } }), 'application/json')).toBeNull();
    expect(refuseUnacceptable(new Request(url), 'application/json')).toBeNull();
    const res = refuseUnacceptable(new Request(url, { headers: { Accept: 'text/html' } }), 'application/json');
    expect(res?.status).toBe(406);
    expect(await res?.json()).toMatchObject({
      status: 406,
      type: PROBLEM_TYPES.notAcceptable,
      detail: 'This resource can only answer with application/json, but the Accept header asks for "text/html".',
    });
  });
});

describe('refuseMediaType (RFC 9110 §15.5.16)', () => {
  it('answers 415 with Accept-Post listing what the route reads', async () => {
    expect(refuseMediaType(post('{}', { 'Content-Type': 'application/json' }), ['application/json'])).toBeNull();
    const res = refuseMediaType(post('a', { 'Content-Type': 'text/plain' }), ['application/json', 'text/csv']);
    expect(res?.status).toBe(415);
    expect(res?.headers.get('Accept-Post')).toBe('application/json, text/csv');
    expect(await res?.json()).toMatchObject({ status: 415, type: PROBLEM_TYPES.unsupportedMediaType, detail: expect.stringContaining('"text/plain"') });
  });
  it('joins media types with a comma and a space', () => {
    expect(acceptPost(['a/b'])).toBe('a/b');
    expect(acceptPost(['a/b', 'c/d', 'e/f'])).toBe('a/b, c/d, e/f');
  });
});

describe('readTextBody', () => {
  it('reads a body of exactly the limit and refuses one byte more, by the bytes read', async () => {
    expect(await readTextBody(post('abcd'), 4)).toEqual({ ok: true, text: 'abcd' });
    const r = await readTextBody(post('abcde'), 4);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.response.status).toBe(413);
    expect(await r.response.json()).toMatchObject({ type: PROBLEM_TYPES.tooLarge, detail: 'The body is 5 bytes; the limit is 4 bytes.' });
  });

  it('counts bytes, not characters: "é" is two bytes of UTF-8', async () => {
    expect((await readTextBody(post('é'), 1)).ok).toBe(false);
    expect(await readTextBody(post('é'), 2)).toEqual({ ok: true, text: 'é' });
  });

  it('trusts a declared Content-Length over the limit before reading, and groups thousands in the detail', async () => {
    const req = new Request(url, { method: 'POST', body: 'x', headers: { 'Content-Length': '2000000' } });
    const r = await readTextBody(req, 1_048_576);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(await r.response.json()).toMatchObject({ detail: 'The body is 2,000,000 bytes; the limit is 1,048,576 bytes.' });
    expect(req.bodyUsed).toBe(false);
  });

  it('reads on when Content-Length equals the limit or is not a number', async () => {
    expect(await readTextBody(new Request(url, { method: 'POST', body: 'ab', headers: { 'Content-Length': '4' } }), 4)).toEqual({ ok: true, text: 'ab' });
    expect(await readTextBody(new Request(url, { method: 'POST', body: 'ab', headers: { 'Content-Length': 'lots' } }), 4)).toEqual({ ok: true, text: 'ab' });
  });

  it('answers 400 for bytes that are not UTF-8', async () => {
    const r = await readTextBody(post(new Uint8Array([0x7b, 0xff, 0x7d])), 10);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.response.status).toBe(400);
    expect(await r.response.json()).toMatchObject({ type: PROBLEM_TYPES.badRequest, detail: 'The body is not valid UTF-8 text.' });
  });

  it('reads an empty body as empty text', async () => {
    expect(await readTextBody(new Request(url, { method: 'POST' }), 0)).toEqual({ ok: true, text: '' });
  });
});

describe('notFound and storageFull', () => {
  it('carry their status, type and detail', async () => {
    expect(await notFound('No endpoint "x".').json()).toMatchObject({ status: 404, type: PROBLEM_TYPES.notFound, detail: 'No endpoint "x".' });
    const full = storageFull('Quota.');
    expect(full.status).toBe(507);
    expect(await full.json()).toMatchObject({ status: 507, type: PROBLEM_TYPES.insufficientStorage, detail: 'Quota.' });
  });
});
