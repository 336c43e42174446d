import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestSpec } from './exchange';
import { codeString, shellQuote, snippetsCaveat, splitShellWords, toCurl, toFetch, toHttpie, toPythonRequests } from './snippets';

const ORIGIN = 'http://localhost:4173';
const spec: RequestSpec = {
  method: 'POST',
  url: '/api/endpoints/penguins/invocations',
  headers: [['Content-Type', 'application/json']],
  body: '{"instances":[{"bill_length_mm":39.1}]}',
};

/** Reads method, URL, headers and body back out of a curl command. */
function parseCurl(cmd: string) {
  const words = splitShellWords(cmd);
  expect(words[0]).toBe('curl');
  const out = { method: '', url: '', headers: [] as [string, string][], body: null as string | null };
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-X') out.method = words[++i] as string;
    else if (w === '-H') {
      const h = words[++i] as string;
      const colon = h.indexOf(': ');
      out.headers.push([h.slice(0, colon), h.slice(colon + 2)]);
    } else if (w === '--data-raw') out.body = words[++i] as string;
    else out.url = w;
  }
  return out;
}

describe('snippet generators', () => {
  it('curl for the JSON preset', () => {
    expect(toCurl(spec, ORIGIN)).toBe(
      `curl -X POST 'http://localhost:4173/api/endpoints/penguins/invocations' \\\n  -H 'Content-Type: application/json' \\\n  --data-raw '{"instances":[{"bill_length_mm":39.1}]}'`,
    );
  });

  it('shell quoting survives quotes, newlines and dollars', () => {
    for (const s of [`it's`, 'a\nb', '$HOME `x`', "''", '\\']) expect(splitShellWords(`echo ${shellQuote(s)}`)).toEqual(['echo', s]);
  });

  it('a curl command parsed back by a shell-word splitter gives the same request (property)', () => {
    const headerName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
    const headerValue = fc.string({ maxLength: 30 }).filter((v) => !/[\r\n]/.test(v) && v === v.trim() && v !== '');
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        fc.stringMatching(/^\/[A-Za-z0-9._~-][A-Za-z0-9/._~-]{0,30}$/),
        fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 }),
        fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), { nil: null }),
        (method, path, headers, body) => {
          const s: RequestSpec = { method, url: path, headers, body };
          const back = parseCurl(toCurl(s, ORIGIN));
          expect(back.method).toBe(method);
          expect(back.url).toBe(new URL(path, ORIGIN).href);
          expect(back.headers).toEqual(headers);
          expect(back.body).toBe(body);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('JS and Python string literals decode back to the same text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(JSON.parse(codeString(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('fetch, requests and HTTPie snippets carry method, URL, headers and body', () => {
    const url = 'http://localhost:4173/api/endpoints/penguins/invocations';
    const fetchCode = toFetch(spec, ORIGIN);
    expect(fetchCode).toContain(`fetch(${JSON.stringify(url)}`);
    expect(fetchCode).toContain('method: "POST"');
    expect(fetchCode).toContain('["Content-Type", "application/json"]');
    expect(fetchCode).toContain(`body: ${JSON.stringify(spec.body)}`);
    const py = toPythonRequests(spec, ORIGIN);
    expect(py).toMatch(/^import requests/);
    expect(py).toContain('"Content-Type": "application/json"');
    expect(py).toContain(`data=${JSON.stringify(spec.body)}.encode("utf-8")`);
    const httpie = toHttpie(spec, ORIGIN);
    const words = splitShellWords(httpie.replace(/^printf '%s' '.*' \| /, ''));
    expect(words).toEqual(['http', 'POST', url, 'Content-Type:application/json']);
  });

  it('a GET without body has no body option', () => {
    expect(toCurl({ method: 'GET', url: '/api/ping', headers: [], body: null }, ORIGIN)).toBe(`curl -X GET 'http://localhost:4173/api/ping'`);
  });
});

describe('snippetsCaveat', () => {
  it('with a real server: paste into a terminal, naming its URL, and the curl line reaches that URL', () => {
    const text = snippetsCaveat({ kind: 'server', origin: 'http://127.0.0.1:8787' }, 'npm run serve');
    expect(text).toMatch(/paste one into a terminal/);
    expect(text).toContain('http://127.0.0.1:8787');
    expect(text).not.toMatch(/cannot reach/);
    expect(toCurl(spec, 'http://127.0.0.1:8787')).toContain("'http://127.0.0.1:8787/api/endpoints/penguins/invocations'");
  });

  it('with the in-tab API: says a terminal cannot reach it and gives the exact command to start the real server', () => {
    const text = snippetsCaveat({ kind: 'tab' }, 'npm run serve -- --allow-origin http://localhost:4173');
    expect(text).toMatch(/cannot reach it/);
    expect(text).toContain('npm run serve -- --allow-origin http://localhost:4173');
    expect(text).not.toMatch(/paste one into a terminal/);
  });
});
