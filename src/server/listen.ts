import { STATUS_CODES, createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { RequestError, getRequestListener } from '@hono/node-server';
import { SECURITY_HEADERS } from '../core/http/security-policy';
import { PROBLEM_TYPES, problemResponse } from '../core/serving/problem';
import type { Handler } from './handler';
import { withHeaders } from './handler';
import { bodyOutcomes, readIncomingBody } from './read-incoming-body';
import type { BodyOutcome } from './read-incoming-body';
import { BODY_TIMEOUT_MS, bodyLimitFor } from './with-body-limit';
import { formatCount } from '../core/format/count';

/** How long a shutdown waits for requests in flight before closing their connections, in milliseconds. */
export const DRAIN_TIMEOUT_MS = 10_000;
/** Largest request head (request line + headers) Node accepts; beyond it the answer is 431. */
export const MAX_HEADER_BYTES = 16_384;

/** A listening server: its base URL, how many requests it is answering, and a graceful close. */
export interface ListeningServer {
  server: Server;
  /** e.g. "http://127.0.0.1:8787" */
  url: string;
  inFlight: () => number;
  /** Stops accepting connections, lets requests in flight finish (up to `DRAIN_TIMEOUT_MS`), then closes the rest. */
  drain: (timeoutMs?: number) => Promise<{ finished: boolean }>;
}

/** Writes a problem+json answer straight to a socket, for errors Node detects before any request exists. */
function writeRawProblem(socket: Socket, status: number, detail: string): void {
  const title = STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify({ type: status === 431 ? '/problems/headers-too-large' : PROBLEM_TYPES.badRequest, title, status, detail });
  const headers = { 'Content-Type': 'application/problem+json', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close', ...SECURITY_HEADERS };
  const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${title}\r\n${head}\r\n${body}`);
}

function onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  if (err.code === 'HPE_HEADER_OVERFLOW') writeRawProblem(socket, 431, `The request line and headers are over ${formatCount(MAX_HEADER_BYTES)} bytes. Send less (e.g. a shorter URL or fewer cookies).`);
  else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') writeRawProblem(socket, 408, 'The request did not arrive in time.');
  else writeRawProblem(socket, 400, 'The request is not valid HTTP/1.1.');
}

/** Last resort for throws outside the handler stack: never a stack trace, never a bare 500. */
function errorResponse(err: unknown): Response {
  const res =
    err instanceof RequestError
      ? problemResponse({ status: 400, type: PROBLEM_TYPES.badRequest, detail: 'The request target or Host header is not valid.' })
      : problemResponse({ status: 500, type: PROBLEM_TYPES.internal, detail: 'The server failed while handling this request.' });
  return withHeaders(res, SECURITY_HEADERS);
}

/**
 * Serves `handler` on Node's HTTP server through @hono/node-server's request listener (the Fetch bridge).
 * Node's own limits back up the handler's: header size (431), header time, and a request time above the body timeout.
 */
export function listen(handler: Handler, port: number, host: string, bodyTimeoutMs = BODY_TIMEOUT_MS): Promise<ListeningServer> {
  let draining = false;
  let active = 0;
  const idleWaiters = new Set<() => void>();
  const outcomes = new WeakMap<IncomingMessage, BodyOutcome>();
  // hono's adapter swaps in its light Request/Response globals (overrideGlobalObjects, the default): a Response
  // the endpoint builds from a string is written straight to the socket, without a web stream in between.
  const bridge = getRequestListener(
    async (req, env) => {
      const outcome = outcomes.get(env.incoming as IncomingMessage);
      if (outcome) bodyOutcomes.set(req, outcome);
      const res = await handler(req);
      // During a drain every answer asks the client to open its next connection elsewhere.
      return draining ? withHeaders(res, { Connection: 'close' }) : res;
    },
    { errorHandler: errorResponse },
  );
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES, headersTimeout: BODY_TIMEOUT_MS, requestTimeout: Math.max(BODY_TIMEOUT_MS, bodyTimeoutMs) + 5_000, keepAliveTimeout: 5_000 },
    (incoming: IncomingMessage, outgoing: ServerResponse) => {
      active += 1;
      outgoing.once('close', () => {
        active -= 1;
        if (active === 0) for (const wake of idleWaiters) wake();
      });
      void readBody(incoming).then(() => bridge(incoming, outgoing));
    },
  );
  /**
   * Reads the body at the socket, bounded in bytes and time, before any Request exists; hono's bridge then
   * takes it from `rawBody` (its zero-copy path). A declared length over the limit is not read at all.
   */
  async function readBody(incoming: IncomingMessage): Promise<void> {
    const method = incoming.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return;
    const limit = bodyLimitFor(method, (incoming.url ?? '/').split('?')[0] ?? '/');
    if (Number(incoming.headers['content-length'] ?? 0) > limit) return;
    const outcome = await readIncomingBody(incoming, limit, bodyTimeoutMs);
    outcomes.set(incoming, outcome);
    if (outcome.kind === 'body') (incoming as IncomingMessage & { rawBody?: Buffer }).rawBody = outcome.bytes;
  }
  server.on('clientError', onClientError);
  // Expect: 100-continue: say "go ahead" only to a body the route will read; an oversized one gets its 413 unsent.
  server.on('checkContinue', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const declared = Number(incoming.headers['content-length'] ?? 0);
    const path = (incoming.url ?? '/').split('?')[0] ?? '/';
    if (!(declared > bodyLimitFor(incoming.method ?? 'GET', path))) outgoing.writeContinue();
    server.emit('request', incoming, outgoing);
  });

  const drain = (timeoutMs = DRAIN_TIMEOUT_MS) =>
    new Promise<{ finished: boolean }>((resolve) => {
      draining = true;
      server.close();
      server.closeIdleConnections();
      const done = (finished: boolean) => {
        clearTimeout(timer);
        idleWaiters.clear();
        if (!finished) server.closeAllConnections();
        resolve({ finished });
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      if (active === 0) done(true);
      else idleWaiters.add(() => {
        // Let the last response's bytes leave before closing keep-alive sockets.
        setImmediate(() => {
          server.closeIdleConnections();
          done(true);
        });
      });
    });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actual } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({ server, url: `http://${shown}:${actual}`, inFlight: () => active, drain });
    });
  });
}
