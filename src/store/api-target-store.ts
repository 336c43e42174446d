import { useSyncExternalStore } from 'react';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';

/** localStorage key of the API choice; the suffix changes when the stored shape does. */
export const API_TARGET_KEY = 'deploy-lab:api-target:v1';

/** Where `npm run serve` listens unless told otherwise. */
export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** Who answers the lab's /api requests: the service worker in this tab, or a real server at an origin. */
export type ApiTarget = { kind: 'tab' } | { kind: 'server'; url: string };

/** The default: the in-tab API, so the lab needs no server. */
export const DEFAULT_API_TARGET: ApiTarget = { kind: 'tab' };

/**
 * The origin (scheme://host[:port], no path) of an http(s) URL a learner typed, or a sentence saying what is wrong.
 * A path would be dropped silently otherwise: the lab always calls `<origin>/api/...`.
 */
export function parseServerUrl(text: string): { ok: true; url: string } | { ok: false; reason: string } {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: `"${trimmed}" is not a URL: write it as http://host:port, e.g. ${DEFAULT_SERVER_URL}.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `Use http:// or https://, not ${url.protocol}//.` };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'Leave the user name and password out of the URL.' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return { ok: false, reason: `Give only the server's address (${url.origin}), without a path: the lab adds /api/… itself.` };
  return { ok: true, url: url.origin };
}

/** Exactly `{kind:'tab'}` or `{kind:'server', url: <an origin parseServerUrl accepts>}`, or null. */
function parseTarget(data: unknown): ApiTarget | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (record.kind === 'tab' && keys === 'kind') return { kind: 'tab' };
  if (record.kind !== 'server' || keys !== 'kind,url' || typeof record.url !== 'string') return null;
  const parsed = parseServerUrl(record.url);
  return parsed.ok && parsed.url === record.url ? { kind: 'server', url: parsed.url } : null;
}

/** Reads the stored choice; missing, blocked or invalid → the in-tab API (invalid data is removed). Never throws. */
export function loadApiTarget(store: Storage | undefined = browserStorage()): ApiTarget {
  const read = readStoredJson(store, API_TARGET_KEY, parseTarget);
  if (read.kind === 'ok') return read.value;
  if (read.kind === 'invalid') removeStored(store, API_TARGET_KEY);
  return DEFAULT_API_TARGET;
}

let current: ApiTarget | null = null;
const listeners = new Set<() => void>();

/** The choice in effect (read from storage once per page visit). */
export function getApiTarget(): ApiTarget {
  current ??= loadApiTarget();
  return current;
}

/** Changes and stores the choice, then tells every subscriber. */
export function setApiTarget(target: ApiTarget, store: Storage | undefined = browserStorage()): void {
  current = target;
  writeStoredJson(store, API_TARGET_KEY, target);
  for (const listener of listeners) listener();
}

/** Calls `listener` after each change; returns the unsubscribe function. */
export function subscribeApiTarget(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The API choice as React state. */
export function useApiTarget(): ApiTarget {
  return useSyncExternalStore(subscribeApiTarget, getApiTarget, getApiTarget);
}
