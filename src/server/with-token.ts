import { timingSafeEqual } from 'node:crypto';
import { problemResponse } from '../core/serving/problem';
import type { Wrapper } from './handler';
import { isManagementCall } from './management';

const BEARER = /^Bearer[ ]+([\x21-\x7e]+)[ ]*$/i;

/** Compares in constant time, so response timing does not reveal how much of a guess was right. */
function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Requires `Authorization: Bearer <token>` on management calls when a token is set: missing → 401 with
 * WWW-Authenticate, wrong → 403. Invocations and reads stay open (a model is called by anyone; changed by few).
 */
export function withToken(token: string | undefined): Wrapper {
  return (next) => async (req) => {
    if (token === undefined || !isManagementCall(req.method, new URL(req.url).pathname)) return next(req);
    const header = req.headers.get('Authorization');
    const given = header === null ? null : BEARER.exec(header)?.[1];
    if (given === null || given === undefined) {
      return problemResponse({
        status: 401,
        title: 'Unauthorized',
        type: '/problems/unauthorized',
        detail: 'This call changes the server: send the server\'s token as "Authorization: Bearer <token>".',
        headers: { 'WWW-Authenticate': 'Bearer realm="deploy-lab"' },
      });
    }
    if (!sameToken(given, token)) {
      return problemResponse({ status: 403, title: 'Forbidden', type: '/problems/forbidden', detail: 'The bearer token is not this server\'s token.' });
    }
    return next(req);
  };
}
