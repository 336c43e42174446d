import { z } from 'zod';
import type { RequestSpec } from './exchange';
import { METHODS } from './request-checks';

/** The URL query key that carries a shared request. */
export const SHARE_KEY = 'request';

const MAX_BODY = 64 * 1024;

const sharedSchema = z.object({
  method: z.enum(METHODS),
  // Same-origin paths only: a shared link must never make a learner send data to another site.
  // "//host" and "/\\host" are other sites to a browser, so a second slash or any backslash is refused.
  url: z.string().max(2000).regex(/^\/(?![/\\])[^\s\\]*$/),
  headers: z.array(z.tuple([z.string().max(200), z.string().max(2000)])).max(30),
  body: z.string().max(MAX_BODY).nullable(),
});

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Encodes a request (method, URL, headers, body) as a URL-safe string for a share link. */
export function encodeSharedRequest(spec: RequestSpec): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify([spec.method, spec.url, spec.headers, spec.body])));
}

/** Decodes a shared request; null for anything malformed, too large, or pointing off this site. Never throws, never evaluates. */
export function decodeSharedRequest(text: string): RequestSpec | null {
  if (text.length > 200_000) return null;
  try {
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(text)));
    if (!Array.isArray(data) || data.length !== 4) return null;
    const r = sharedSchema.safeParse({ method: data[0], url: data[1], headers: data[2], body: data[3] });
    return r.success ? { method: r.data.method, url: r.data.url, headers: r.data.headers, body: r.data.body } : null;
  } catch {
    return null;
  }
}
