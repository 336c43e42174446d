// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { problemResponse, withAbsoluteProblemType } from './problem';

const PROBLEM_JSON = { 'Content-Type': 'application/problem+json' };

describe('problemResponse: the errors member', () => {
  it('leaves out an empty errors list and an absent one', async () => {
    const text = await problemResponse({ status: 422, type: '/problems/validation-error', detail: 'd', errors: [] }).text();
    expect(JSON.parse(text)).toEqual({ type: '/problems/validation-error', title: 'Unprocessable Content', status: 422, detail: 'd' });
    expect(text).not.toContain('errors');
    const absent = await problemResponse({ status: 422, type: 't', detail: 'd' }).text();
    expect(absent).not.toContain('errors');
  });

  it('keeps a one-item errors list, exactly as given', async () => {
    const errors = [{ pointer: '/instances/0', message: 'must be an object' }];
    expect((await problemResponse({ status: 422, type: 't', detail: 'd', errors }).json()).errors).toEqual(errors);
  });

  it('pretty-prints the body with two-space indentation', async () => {
    const text = await problemResponse({ status: 404, type: '/p', detail: 'x', title: 'T' }).text();
    expect(text).toBe('{\n  "type": "/p",\n  "title": "T",\n  "status": 404,\n  "detail": "x"\n}');
  });
});

describe('withAbsoluteProblemType: bodies it cannot resolve', () => {
  it('passes through a problem+json body that is JSON null', async () => {
    const res = new Response('null', { status: 500, headers: PROBLEM_JSON });
    expect(await withAbsoluteProblemType(res, 'http://h/api')).toBe(res);
  });

  it('passes through a type that is not a string', async () => {
    const res = new Response('{"type":7,"status":500}', { status: 500, headers: PROBLEM_JSON });
    expect(await withAbsoluteProblemType(res, 'http://h/api')).toBe(res);
  });

  it('resolves a relative type in a pretty-printed body and keeps the body of the original readable', async () => {
    const res = new Response('{"type":"/problems/x","status":418}', { status: 418, statusText: 'Teapot', headers: PROBLEM_JSON });
    const out = await withAbsoluteProblemType(res, 'https://api.example/a/b');
    expect(out.statusText).toBe('Teapot');
    expect(await out.text()).toBe('{\n  "type": "https://api.example/problems/x",\n  "status": 418\n}');
    expect(await res.text()).toBe('{"type":"/problems/x","status":418}');
  });
});
