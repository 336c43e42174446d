import { MAX_BODY_BYTES, MAX_MODEL_BYTES } from '../core/serving/limits';
import { PROBLEM_TYPES, problemResponse } from '../core/serving/problem';
import type { Wrapper } from './handler';
import { bodyOutcomes } from './read-incoming-body';
import { formatCount } from '../core/format/count';

/** How long a client may take to send its whole body, in milliseconds. */
export const BODY_TIMEOUT_MS = 10_000;

/** The most bytes any route reads: model registrations are larger than invocations. */
export function bodyLimitFor(method: string, pathname: string): number {
  return method.toUpperCase() === 'POST' && pathname === '/api/models' ? MAX_MODEL_BYTES : MAX_BODY_BYTES;
}

const close = { Connection: 'close' };
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's request id when it is a valid one (the endpoint keeps the same rule), else a new one. */
function requestId(req: Request): string {
  const given = req.headers.get('X-Request-Id');
  return given !== null && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * Answers what reading the body at the socket found (see read-incoming-body.ts and listen.ts): over the
 * route's limit → 413 (reading stopped at limit + 1 byte), not complete after the body timeout → 408, client
 * gone mid-body → 400 that nobody reads. In each case the endpoint never runs, so nothing changes. A declared
 * Content-Length over the limit is not read at all: the endpoint answers it (406, 415 or 413, in its own order).
 */
export const withBodyLimit: Wrapper = (next) => async (req) => {
  const outcome = bodyOutcomes.get(req);
  if (!outcome || outcome.kind === 'body') return next(req);
  const problem = (status: number, title: string, type: string, detail: string) =>
    problemResponse({ status, title, type, detail, headers: { ...close, 'X-Request-Id': requestId(req) } });
  switch (outcome.kind) {
    case 'too-large': {
      const limit = bodyLimitFor(req.method, new URL(req.url).pathname);
      return problem(413, 'Content Too Large', PROBLEM_TYPES.tooLarge, `The body is more than ${formatCount(limit)} bytes, the limit: reading stopped there.`);
    }
    case 'timeout':
      return problem(408, 'Request Timeout', '/problems/request-timeout', `The body did not arrive within ${outcome.afterMs / 1000} s. Send it in one go, or check the network.`);
    case 'aborted':
      return problem(400, 'Bad Request', PROBLEM_TYPES.badRequest, 'The connection closed before the body was complete.');
  }
};
