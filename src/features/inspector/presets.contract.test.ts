// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../mocks/node';
import { createTestApi } from '../../mocks/node';
import { PRESETS } from './presets';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  api.server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => api.server.close());

describe('every inspector preset gets the status it promises', () => {
  it.each(PRESETS.map((p) => [p.label, p] as const))('%s', async (_label, preset) => {
    api.resetRegistry();
    const send = (r: (typeof preset)['request']) =>
      fetch(new URL(r.url, 'http://localhost'), { method: r.method, headers: r.headers.map(([n, v]) => [n, v] as [string, string]), body: r.body });
    for (const step of preset.setup ?? []) expect((await send(step)).status).toBeLessThan(300);
    const res = await send(preset.request);
    expect(res.status).toBe(preset.expectedStatus);
    if (res.status >= 400 && preset.request.url.startsWith('/api/endpoints')) expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  });
});
