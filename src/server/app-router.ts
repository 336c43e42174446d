import type { EndpointHandler } from '../core/serving/endpoint';
import { PROBLEM_TYPES, problemResponse } from '../core/serving/problem';
import type { Handler } from './handler';
import type { ServerMetrics } from './metrics';
import { isValidPercentEncoding } from './static-app';

/** What the server answers besides the API: the built app's files (absent in API-only tests). */
export interface AppRoutes {
  endpoint: EndpointHandler;
  metrics: ServerMetrics;
  staticFiles?: Handler;
}

/**
 * Sends /api and /api/… to the endpoint (only it answers there, never index.html), /metrics to Prometheus'
 * text format, and everything else to the static app.
 */
export function createAppRouter({ endpoint, metrics, staticFiles }: AppRoutes): Handler {
  return async (req) => {
    const { pathname } = new URL(req.url);
    if (pathname === '/api' || pathname.startsWith('/api/')) return endpoint(req);
    if (pathname === '/metrics') {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return problemResponse({ status: 405, type: PROBLEM_TYPES.methodNotAllowed, detail: `${req.method} is not allowed on /metrics. Allowed: GET, HEAD.`, headers: { Allow: 'GET, HEAD' } });
      }
      const text = await metrics.registry.metrics();
      return new Response(req.method === 'HEAD' ? null : text, { headers: { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' } });
    }
    if (!isValidPercentEncoding(pathname)) {
      return problemResponse({ status: 400, type: PROBLEM_TYPES.malformedPath, detail: 'The path is not valid percent-encoding (each % must start an escape of valid UTF-8).' });
    }
    if (staticFiles) return staticFiles(req);
    return problemResponse({ status: 404, type: PROBLEM_TYPES.notFound, detail: `Nothing is served at ${pathname}; the API lives under /api.` });
  };
}
