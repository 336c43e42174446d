import { problemResponse } from '../core/serving/problem';
import type { Wrapper } from './handler';
import { withHeaders } from './handler';
import { isManagementCall } from './management';

const ALLOW_METHODS = 'GET, HEAD, POST, PUT, DELETE';
const ALLOW_HEADERS = 'Accept, Authorization, Content-Type, X-Request-Id';
// Headers a page may read from a cross-origin response; without this list it sees only the "simple" ones.
const EXPOSE_HEADERS = 'X-Request-Id, X-Model-Version, Server-Timing, Location, Retry-After, WWW-Authenticate, Allow, Accept-Post, X-Fault-Injected';

function forbiddenOrigin(origin: string): Response {
  return problemResponse({
    status: 403,
    title: 'Forbidden',
    type: '/problems/origin-not-allowed',
    detail: `Pages from ${origin} may not call this server. Start it with --allow-origin ${origin} to allow them.`,
  });
}

/**
 * CORS for the lab's origins: answers preflights, names the caller's origin (never "*", so a page on any
 * other site can neither read answers nor send management calls), and refuses management calls from other origins.
 */
export function withCors(allowOrigins: readonly string[]): Wrapper {
  const allowed = new Set(allowOrigins);
  return (next) => async (req) => {
    const origin = req.headers.get('Origin');
    if (origin === null) return next(req);
    const url = new URL(req.url);
    const ok = origin === url.origin || allowed.has(origin);
    const preflight = req.method === 'OPTIONS' && req.headers.has('Access-Control-Request-Method');
    if (preflight) {
      if (!ok) return withHeaders(forbiddenOrigin(origin), { Vary: 'Origin' });
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': ALLOW_METHODS,
          'Access-Control-Allow-Headers': ALLOW_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    // A form on another site can POST text/plain without a preflight: refuse it before it changes anything.
    if (!ok && isManagementCall(req.method, url.pathname)) return withHeaders(forbiddenOrigin(origin), { Vary: 'Origin' });
    const res = await next(req);
    if (!ok) return withHeaders(res, { Vary: 'Origin' });
    return withHeaders(res, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Expose-Headers': EXPOSE_HEADERS,
      'Timing-Allow-Origin': origin,
      Vary: 'Origin',
    });
  };
}
