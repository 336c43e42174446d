import type { Logger } from 'pino';
import type { Wrapper } from './handler';
import type { ServerMetrics } from './metrics';
import { routeLabel } from './route-label';

/**
 * One log line and one metrics sample per request: request id, method, path, status, duration and the
 * model version that answered. Never bodies or headers: they may carry a user's data or a token.
 */
export function withObservability(logger: Logger, metrics: ServerMetrics): Wrapper {
  return (next) => async (req) => {
    const start = performance.now();
    const url = new URL(req.url);
    const res = await next(req);
    const ms = performance.now() - start;
    const route = routeLabel(url.pathname);
    const version = res.headers.get('X-Model-Version') ?? 'none';
    metrics.requests.inc({ route, method: req.method, status: String(res.status), version });
    metrics.duration.observe({ route, method: req.method }, ms / 1000);
    logger.info({ id: res.headers.get('X-Request-Id') ?? undefined, method: req.method, path: url.pathname, status: res.status, ms: Math.round(ms * 100) / 100, version }, 'request');
    return res;
  };
}
