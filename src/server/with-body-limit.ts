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

/**
 * Enforces body limits while reading, before the endpoint runs: a declared or streamed body over the
 * route's limit gets 413 (reading stops at limit + 1 byte), a body not complete after `timeoutMs` gets 408,
 * and a client that disconnects mid-body never reaches the endpoint, so it changes nothing.
 */
export function withBodyLimit(timeoutMs = BODY_TIMEOUT_MS): Wrapper {
  return (next) => async (req) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next(req);
    const limit = bodyLimitFor(req.method, new URL(req.url).pathname);
    const declared = Number(req.headers.get('Content-Length') ?? 0);
    const tooLarge = (size: string) =>
      problemResponse({
        status: 413,
        type: PROBLEM_TYPES.tooLarge,
        detail: `The body is ${size} bytes; the limit is ${limit.toLocaleString('en-US')} bytes.`,
        headers: close,
      });
    if (declared > limit) return tooLarge(declared.toLocaleString('en-US'));
    const outcome = await readBody(req, limit, timeoutMs);
    switch (outcome.kind) {
      case 'too-large':
        return tooLarge(`more than ${limit.toLocaleString('en-US')}`);
      case 'timeout':
        return problemResponse({
          status: 408,
          title: 'Request Timeout',
          type: '/problems/request-timeout',
          detail: `The body did not arrive within ${timeoutMs / 1000} s. Send it in one go, or check the network.`,
          headers: close,
        });
      case 'aborted':
        // The client is gone; nobody reads this answer, and the endpoint never saw the request.
        return problemResponse({ status: 400, type: PROBLEM_TYPES.badRequest, detail: 'The connection closed before the body was complete.', headers: close });
      case 'body':
        return next(new Request(req.url, { method: req.method, headers: req.headers, body: outcome.bytes.byteLength > 0 ? outcome.bytes : null }));
    }
  };
}
