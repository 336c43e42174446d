import type { IncomingMessage } from 'node:http';

/** How reading a request body ended: all of it (within the limit), too much, too slow, or the client left. */
export type BodyOutcome = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'timeout'; afterMs: number } | { kind: 'aborted' };

/** The outcome read for each request at the socket, for the body-limit wrapper to answer (413, 408, 400). */
export const bodyOutcomes = new WeakMap<Request, BodyOutcome>();

/**
 * Reads a request body off the socket, stopping at `limit + 1` bytes (the rest is never buffered) or after
 * `timeoutMs` (a client sending too slowly). Node's parser already stops at Content-Length.
 */
export function readIncomingBody(incoming: IncomingMessage, limit: number, timeoutMs: number): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (outcome: BodyOutcome) => {
      clearTimeout(timer);
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('close', onClose);
      incoming.off('error', onClose);
      if (outcome.kind !== 'body') incoming.pause();
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ kind: 'too-large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ kind: 'body', bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) });
    const onClose = () => finish({ kind: 'aborted' });
    const timer = setTimeout(() => finish({ kind: 'timeout', afterMs: timeoutMs }), timeoutMs);
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('close', onClose);
    incoming.on('error', onClose);
  });
}
