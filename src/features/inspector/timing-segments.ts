import type { Exchange } from '../../core/http/exchange';
import { headerValue } from '../../core/http/exchange';
import { parseServerTiming } from '../../core/http/server-timing';
import { FAULT_HEADER } from '../../core/serving/faults';

/** One part of a round trip: a label, its length in milliseconds, and a kind for its color. */
export interface TimingSegment {
  name: string;
  ms: number;
  kind: string;
}

const LABELS: Record<string, string> = {
  validate: 'validate',
  preprocess: 'preprocess',
  'model-load': 'load model (cold start)',
  inference: 'inference',
};

/** The delay the fault panel added to this response, in ms, read from its X-Fault-Injected header ("latency-420ms"), or 0. */
export function injectedLatencyMs(exchange: Exchange): number {
  const mark = exchange.response ? headerValue(exchange.response.headers, FAULT_HEADER) : null;
  const m = mark ? /^latency-(\d+(?:\.\d+)?)ms$/.exec(mark) : null;
  return m ? Number(m[1]) : 0;
}

/**
 * The round trip (exchange.durationMs) split into parts that add up to it: the server's own steps (Server-Timing),
 * the delay the instructor injected, the robust client's earlier tries and its waits between tries, and what is left
 * (routing, service worker, browser). Parts of 0 ms are left out, except the rest.
 */
export function timingSegments(exchange: Exchange): TimingSegment[] {
  const res = exchange.response;
  const server = parseServerTiming(res ? headerValue(res.headers, 'Server-Timing') : null).filter((e) => e.durationMs !== null);
  const attempts = exchange.attempts ?? [];
  const earlier = attempts.slice(0, -1).reduce((s, a) => s + a.durationMs, 0);
  const waits = attempts.reduce((s, a) => s + (a.waitMs ?? 0), 0);
  const parts: TimingSegment[] = [
    ...(earlier > 0 ? [{ name: `earlier tries (${attempts.length - 1})`, ms: earlier, kind: 'tries' }] : []),
    ...(waits > 0 ? [{ name: 'client waiting between tries (backoff)', ms: waits, kind: 'wait' }] : []),
    ...(injectedLatencyMs(exchange) > 0 ? [{ name: 'injected latency (instructor panel)', ms: injectedLatencyMs(exchange), kind: 'latency' }] : []),
    ...server.map((e) => ({ name: LABELS[e.name] ?? e.name, ms: e.durationMs as number, kind: e.name })),
  ];
  const known = parts.reduce((s, p) => s + p.ms, 0);
  return [...parts, { name: 'outside the model (routing, service worker, browser)', ms: Math.max(0, exchange.durationMs - known), kind: 'other' }];
}
