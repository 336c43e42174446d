// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createRouteApi, expectProblem, problem } from './test-route-api';
import type { RouteApi } from './test-route-api';

let api: RouteApi;

beforeEach(async () => {
  api = await createRouteApi();
  // Non-ASCII text: Content-Length counts UTF-8 bytes, not characters.
  api.ctx.datasetCsv = async () => 'species,island\nAdélie,Torgersen\n';
});

describe('GET /api/ping', () => {
  it('answers 200 with an empty body that no cache may keep', async () => {
    const res = await api.send('GET', '/api/ping');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.text()).toBe('');
  });
});

describe('GET /api/datasets/penguins.csv', () => {
  it('serves the CSV inline as penguins.csv, cacheable for an hour, with its length in bytes', async () => {
    const res = await api.send('GET', '/api/datasets/penguins.csv', { Accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toEqual({
      'cache-control': 'public, max-age=3600',
      'content-disposition': 'inline; filename="penguins.csv"',
      'content-length': '33',
      'content-type': 'text/csv; charset=utf-8',
      'x-request-id': 'req-1',
    });
    expect(await res.text()).toBe('species,island\nAdélie,Torgersen\n');
  });

  it('answers 406 naming text/csv when Accept asks only for JSON', async () => {
    const body = await expectProblem(await api.send('GET', '/api/datasets/penguins.csv', { Accept: 'application/json' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with text/csv, but the Accept header asks for "application/json".'));
  });
});
