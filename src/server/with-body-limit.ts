import { MAX_BODY_BYTES, MAX_MODEL_BYTES } from '../core/serving/limits';
import { PROBLEM_TYPES, problemResponse } from '../core/serving/problem';
import type { Wrapper } from './handler';

/** How long a client may take to send its whole body, in milliseconds. */
export const BODY_TIMEOUT_MS = 10_000;

/** The most bytes any route reads: model registrations are larger than invocations. */
export function bodyLimitFor(method: string, pathname: string): number {
  return method.toUpperCase() === 'POST' && pathname === '/api/models' ? MAX_MODEL_BYTES : MAX_BODY_BYTES;
}

type ReadOutcome = { kind: 'body'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large' } | { kind: 'timeout' } | { kind: 'aborted' };

/** Reads a streamed body, stopping at `limit + 1` bytes: the rest is never buffered. */
async function readBounded(stream: ReadableStream<Uint8Array>, limit: number): Promise<ReadOutcome> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { kind: 'body', bytes };
}

async function readBody(req: Request, limit: number, timeoutMs: number): Promise<ReadOutcome> {
  const declared = req.headers.get('Content-Length');
  // Node's parser never passes more bytes than Content-Length, so a declared length within the limit bounds the read.
  const reading: Promise<ReadOutcome> =
    declared !== null
      ? req.arrayBuffer().then((b) => ({ kind: 'body', bytes: new Uint8Array(b) }))
      : req.body
        ? readBounded(req.body, limit)
        : Promise.resolve({ kind: 'body', bytes: new Uint8Array(0) });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ReadOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  try {
    return await Promise.race([reading.catch((): ReadOutcome => ({ kind: 'aborted' })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const close = { Connection: 'close' };
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's request id when it is a valid one (the endpoint keeps the same rule), else a new one. */
function requestId(req: Request): string {
  const given = req.headers.get('X-Request-Id');
  return given !== null && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/**
 * Enforces body limits while reading, before the endpoint runs. A declared Content-Length over the route's
 * limit reaches the endpoint without its body (the endpoint then answers 406, 415 or 413 in its own order,
 * and the bytes are never read); a streamed body is read up to limit + 1 byte, then 413. A body not
 * complete after `timeoutMs` gets 408, and a client that disconnects mid-body never reaches the endpoint.
 */
export function withBodyLimit(timeoutMs = BODY_TIMEOUT_MS): Wrapper {
  return (next) => async (req) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next(req);
    const limit = bodyLimitFor(req.method, new URL(req.url).pathname);
    const declared = Number(req.headers.get('Content-Length') ?? 0);
    if (declared > limit) return next(new Request(req.url, { method: req.method, headers: req.headers }));
    const outcome = await readBody(req, limit, timeoutMs);
    const problem = (status: number, title: string, type: string, detail: string) =>
      problemResponse({ status, title, type, detail, headers: { ...close, 'X-Request-Id': requestId(req) } });
    switch (outcome.kind) {
      case 'too-large':
        return problem(413, 'Content Too Large', PROBLEM_TYPES.tooLarge, `The body is more than ${limit.toLocaleString('en-US')} bytes, the limit: reading stopped there.`);
      case 'timeout':
        return problem(408, 'Request Timeout', '/problems/request-timeout', `The body did not arrive within ${timeoutMs / 1000} s. Send it in one go, or check the network.`);
      case 'aborted':
        // The client is gone; nobody reads this answer, and the endpoint never saw the request.
        return problem(400, 'Bad Request', PROBLEM_TYPES.badRequest, 'The connection closed before the body was complete.');
      case 'body':
        return next(new Request(req.url, { method: req.method, headers: req.headers, body: outcome.bytes.byteLength > 0 ? outcome.bytes : null }));
    }
  };
}
