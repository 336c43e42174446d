import { deflateSync, Inflate } from 'fflate';
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

/**
 * Marks a compressed link: raw DEFLATE of the JSON, then base64url. Older links are base64url JSON with no
 * marker; their first character is always "W" (from "["), and "." is not in base64url, so the two never mix.
 */
const COMPRESSED = 'z.';

/** Longest share URL we hand out, in characters: servers refuse longer request lines (HTTP 431 above about 8 KB). */
export const MAX_SHARE_URL_LENGTH = 8000;

/** Most bytes a shared request may inflate to: the schema's limits (64 KiB body, 30 headers, a 2,000-character URL) fit well inside. */
const MAX_INFLATED_BYTES = 256 * 1024;

/** Inflates raw DEFLATE bytes in 1 KiB steps, giving up past `max` bytes: a small link must not unpack into gigabytes. */
function inflateCapped(bytes: Uint8Array, max: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  for (let at = 0; at < bytes.length && total <= max; at += 1024) inflater.push(bytes.subarray(at, at + 1024), at + 1024 >= bytes.length);
  if (total > max) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Encodes a request (method, URL, headers, body) as a URL-safe string for a share link: compressed JSON, base64url. */
export function encodeSharedRequest(spec: RequestSpec): string {
  const json = new TextEncoder().encode(JSON.stringify([spec.method, spec.url, spec.headers, spec.body]));
  return COMPRESSED + toBase64Url(deflateSync(json, { level: 9 }));
}

/** Decodes a shared request, compressed or from an older uncompressed link; null for anything malformed, too large, or pointing off this site. Never throws, never evaluates. */
export function decodeSharedRequest(text: string): RequestSpec | null {
  if (text.length > 200_000) return null;
  try {
    const bytes = text.startsWith(COMPRESSED) ? inflateCapped(fromBase64Url(text.slice(COMPRESSED.length)), MAX_INFLATED_BYTES) : fromBase64Url(text);
    if (bytes === null) return null;
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(data) || data.length !== 4) return null;
    const r = sharedSchema.safeParse({ method: data[0], url: data[1], headers: data[2], body: data[3] });
    return r.success ? { method: r.data.method, url: r.data.url, headers: r.data.headers, body: r.data.body } : null;
  } catch {
    return null;
  }
}

/** A share link for a request, or why there is none: a link the server would refuse is never handed out. */
export type ShareLinkResult = { ok: true; url: string } | { ok: false; reason: string };

/** The link that opens `spec` on the page at `pageUrl` (origin and path, no query), if it fits in MAX_SHARE_URL_LENGTH characters. */
export function shareLinkFor(spec: RequestSpec, pageUrl: string): ShareLinkResult {
  const url = `${pageUrl}?${SHARE_KEY}=${encodeSharedRequest(spec)}`;
  if (url.length <= MAX_SHARE_URL_LENGTH) return { ok: true, url };
  return {
    ok: false,
    reason: `This request is too large to share as a link: even compressed, the link would be ${url.length.toLocaleString('en-US')} characters, and servers refuse links over ${MAX_SHARE_URL_LENGTH.toLocaleString('en-US')}. Share a request with fewer instances instead.`,
  };
}
