import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_TARGET_KEY, DEFAULT_API_TARGET, getApiTarget, loadApiTarget, parseServerUrl, setApiTarget, subscribeApiTarget } from './api-target-store';

function memoryStorage(initial?: string): Storage {
  const map = new Map<string, string>(initial === undefined ? [] : [[API_TARGET_KEY, initial]]);
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => {
      map.delete(k);
    },
    setItem: (k, v) => {
      map.set(k, v);
    },
  };
}

describe('parseServerUrl', () => {
  it('keeps the origin of a plain http(s) address', () => {
    expect(parseServerUrl(' http://127.0.0.1:8787 ')).toEqual({ ok: true, url: 'http://127.0.0.1:8787' });
    expect(parseServerUrl('http://localhost:8787/')).toEqual({ ok: true, url: 'http://localhost:8787' });
    expect(parseServerUrl('https://lab.example.org')).toEqual({ ok: true, url: 'https://lab.example.org' });
  });

  it('refuses what the lab could not call as <origin>/api, with a reason', () => {
    for (const bad of ['', '127.0.0.1:8787', 'ftp://host', 'javascript:alert(1)', 'http://u:p@host', 'http://host/api', 'http://host/?a=1', 'http://host/#x']) {
      const result = parseServerUrl(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('never throws, and anything it accepts is an http(s) origin that parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl()), (text) => {
        const result = parseServerUrl(text);
        if (result.ok) {
          expect(new URL(result.url).origin).toBe(result.url);
          expect(result.url).toMatch(/^https?:\/\//);
        }
      }),
    );
  });
});

describe('loadApiTarget: validated on load', () => {
  it('defaults to the tab when nothing is stored', () => {
    expect(loadApiTarget(memoryStorage())).toEqual(DEFAULT_API_TARGET);
    expect(loadApiTarget(undefined)).toEqual({ kind: 'tab' });
  });

  it('reads back what was stored', () => {
    const store = memoryStorage();
    setApiTarget({ kind: 'server', url: 'http://localhost:9000' }, store);
    expect(loadApiTarget(store)).toEqual({ kind: 'server', url: 'http://localhost:9000' });
    setApiTarget({ kind: 'tab' }, store);
    expect(loadApiTarget(store)).toEqual({ kind: 'tab' });
  });

  it('discards tampered or outdated values (and removes them) instead of calling an arbitrary URL', () => {
    const bad = ['{', '"server"', '[]', '{"kind":"server"}', '{"kind":"server","url":"javascript:alert(1)"}', '{"kind":"server","url":"http://h:1/path"}', '{"kind":"server","url":"http://H:1"}', '{"kind":"tab","url":"http://h:1"}', '{"kind":"cloud"}'];
    for (const raw of bad) {
      const store = memoryStorage(raw);
      expect(loadApiTarget(store), raw).toEqual({ kind: 'tab' });
      expect(store.getItem(API_TARGET_KEY), raw).toBeNull();
    }
  });
});

describe('setApiTarget', () => {
  it('tells subscribers and changes what getApiTarget returns', () => {
    let calls = 0;
    const stop = subscribeApiTarget(() => {
      calls += 1;
    });
    setApiTarget({ kind: 'server', url: 'http://127.0.0.1:8787' }, memoryStorage());
    expect(getApiTarget()).toEqual({ kind: 'server', url: 'http://127.0.0.1:8787' });
    stop();
    setApiTarget({ kind: 'tab' }, memoryStorage());
    expect(calls).toBe(1);
    expect(getApiTarget()).toEqual({ kind: 'tab' });
  });
});
