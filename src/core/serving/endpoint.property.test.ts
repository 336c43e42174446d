// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import type { Preprocessing } from './model-artifact';

// The endpoint function is called directly (no MSW): same code path, a fraction of the cost per run.
const INVOCATIONS = 'http://localhost/api/endpoints/penguins/invocations';
const RUNS = { numRuns: 1000 } as const;
const TIMEOUT = 60_000;

let api: TestApi;
let pre: Preprocessing;

beforeAll(async () => {
  api = await createTestApi();
  pre = api.reference.preprocessing;
});

function post(body: BodyInit, contentType: string, url = INVOCATIONS): Promise<Response> {
  return api.endpoint(new Request(url, { method: 'POST', headers: { 'Content-Type': contentType }, body }));
}

/**
 * The invariants of every answer to untrusted input: no 5xx, and a 4xx is an RFC 9457 problem
 * whose `status` is the HTTP status. Returns the status so properties can say more.
 */
async function expectWellFormed(res: Response, method = 'GET'): Promise<number> {
  expect(res.status).toBeLessThan(500);
  expect(res.headers.get('X-Request-Id')).toBeTruthy();
  if (method === 'HEAD') {
    // HEAD: a GET's status and headers, never a body (RFC 9110 §9.3.2).
    expect(await res.text()).toBe('');
    if (res.status >= 400) expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  } else if (res.status >= 400) {
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await res.json()) as { type: unknown; title: unknown; status: unknown; detail: unknown };
    expect(problem.status).toBe(res.status);
    expect(problem.type).toEqual(expect.any(String));
    expect(problem.title).toEqual(expect.any(String));
    expect(problem.detail).toEqual(expect.any(String));
  } else {
    await res.body?.cancel();
  }
  return res.status;
}

/** Any string fast-check can make: UTF-16 code units including lone surrogates, whole code points, graphemes. */
const anyString = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' }));

/** Strings built from the characters CSV and numbers are made of, so the parser's corners are hit often. */
const csvish = fc.string({
  unit: fc.constantFrom('1', '9', '0', '.', '-', '+', 'e', 'E', ',', '"', '\n', '\r', ' ', 'a', 'N'),
  maxLength: 80,
});

describe('the endpoint on arbitrary input', () => {
  it(
    'answers any JSON value with a 2xx or a problem, never a 5xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (value) => {
          const status = await expectWellFormed(await post(JSON.stringify(value) ?? 'null', 'application/json'));
          expect([200, 413, 422]).toContain(status);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'answers {"instances": [any JSON values]} with a 2xx or a problem',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), async (instances) => {
          const status = await expectWellFormed(await post(JSON.stringify({ instances }), 'application/json'));
          expect([200, 422]).toContain(status);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'answers instances whose fields hold anything (or are missing, or extra) with 200 or 422 and a pointer per fault',
    async () => {
      const field = fc.oneof(fc.double(), fc.jsonValue({ maxDepth: 1 }));
      const instance = fc.dictionary(fc.oneof(fc.constantFrom(...pre.features.map((f) => f.name), '__proto__', 'constructor'), fc.string()), field, {
        maxKeys: 6,
      });
      await fc.assert(
        fc.asyncProperty(fc.array(instance, { minLength: 1, maxLength: 5 }), async (instances) => {
          const text = JSON.stringify({ instances });
          const res = await post(text, 'application/json');
          const clone = res.clone();
          const status = await expectWellFormed(res);
          expect([200, 422]).toContain(status);
          if (status === 422) {
            const { errors } = (await clone.json()) as { errors: { pointer: string; message: string }[] };
            expect(errors.length).toBeGreaterThan(0);
            for (const e of errors) expect(e.pointer).toMatch(/^\/instances\/\d+(\/.*)?$/);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'answers any string sent as JSON with a 2xx or a problem',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyString, async (text) => {
          await expectWellFormed(await post(text, 'application/json'));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'answers any string sent as CSV with a 2xx or a problem',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyString, csvish), async (text) => {
          const status = await expectWellFormed(await post(text, 'text/csv'));
          expect([200, 400, 413, 422]).toContain(status);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'answers any bytes with a 2xx or a problem (400 when they are not UTF-8)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), fc.constantFrom('application/json', 'text/csv'), async (bytes, type) => {
          const res = await post(bytes, type);
          let utf8 = true;
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes);
          } catch {
            utf8 = false;
          }
          const status = await expectWellFormed(res);
          if (!utf8) expect(status).toBe(400);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'answers any method, path, Content-Type and Accept under /api without a 5xx',
    async () => {
      const printable = fc.string({ unit: fc.mapToConstant({ num: 95, build: (v) => String.fromCharCode(v + 32) }), maxLength: 40 });
      const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD');
      const path = fc.oneof(
        fc.constantFrom('ping', 'datasets/penguins.csv', 'models', 'models/v1', 'endpoints', 'endpoints/penguins', 'endpoints/penguins/invocations'),
        anyString,
      );
      await fc.assert(
        fc.asyncProperty(method, path, printable, printable, fc.jsonValue({ maxDepth: 2 }), async (m, p, type, accept, value) => {
          let url: URL;
          try {
            url = new URL(`http://localhost/api/${p}`);
          } catch {
            return; // Not a URL a client could send.
          }
          const hasBody = m !== 'GET' && m !== 'HEAD';
          const req = new Request(url, {
            method: m,
            headers: { 'Content-Type': type, Accept: accept },
            ...(hasBody ? { body: JSON.stringify(value) ?? '' } : {}),
          });
          await expectWellFormed(await api.endpoint(req), m);
          // Nothing an arbitrary request does may change the default endpoint for good: put it back.
          api.resetRegistry();
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('the endpoint on valid instances', () => {
  it(
    'predicts every valid instance: 200, probabilities summing to 1, species among the classes',
    async () => {
      const instance = fc.record(
        Object.fromEntries(pre.features.map((f) => [f.name, fc.double({ min: f.min, max: f.max, noNaN: true })])) as Record<string, fc.Arbitrary<number>>,
      );
      // Batches of up to 8 instances per request: every instance is still checked, in fewer predictor calls.
      await fc.assert(
        fc.asyncProperty(fc.array(instance, { minLength: 1, maxLength: 8 }), fc.boolean(), async (instances, asCsv) => {
          const names = pre.features.map((f) => f.name);
          const res = asCsv
            ? await post(instances.map((x) => names.map((n) => String(x[n])).join(',')).join('\n'), 'text/csv')
            : await post(JSON.stringify({ instances }), 'application/json');
          expect(res.status).toBe(200);
          expect(res.headers.get('X-Model-Version')).toBe('v1');
          const body = (await res.json()) as { predictions: { species: string; probabilities: Record<string, number> }[] };
          expect(body.predictions).toHaveLength(instances.length);
          for (const p of body.predictions) {
            expect(pre.classes).toContain(p.species);
            expect(Object.keys(p.probabilities)).toEqual(pre.classes);
            const values = Object.values(p.probabilities);
            for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
            expect(Math.abs(values.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-6);
            expect(p.probabilities[p.species]).toBe(Math.max(...values));
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'refuses every instance with one feature just outside its range, at that feature',
    async () => {
      const outOfRange = fc.integer({ min: 0, max: pre.features.length - 1 }).chain((j) => {
        const f = pre.features[j] ?? pre.features[0];
        const low = fc.double({ max: f?.min ?? 0, maxExcluded: true, noNaN: true });
        const high = fc.double({ min: f?.max ?? 0, minExcluded: true, noNaN: true });
        return fc.tuple(fc.constant(j), fc.oneof(low, high));
      });
      await fc.assert(
        fc.asyncProperty(outOfRange, async ([j, value]) => {
          const instance = Object.fromEntries(pre.features.map((f, k) => [f.name, k === j ? value : (f.min + f.max) / 2]));
          // JSON has no Infinity: JSON.stringify would send null, which is also refused.
          const res = await post(JSON.stringify({ instances: [instance] }), 'application/json');
          expect(res.status).toBe(422);
          const problem = (await res.json()) as { errors: { pointer: string }[] };
          expect(problem.errors.map((e) => e.pointer)).toEqual([`/instances/0/${pre.features[j]?.name}`]);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});
