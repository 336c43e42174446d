/**
 * Vite plugins for the servers Vite runs (`npm run dev`, `npm run preview`) and for the built index.html:
 * the Content-Security-Policy from src/core/http/security-policy.ts (its single source), the security
 * headers, and a problem answer for /api/* requests that the in-browser API does not (yet) answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../src/core/http/security-policy.ts';

/** The problem type of the placeholder answer (a relative URI, like the endpoint's own types). */
export const API_NOT_RUNNING_TYPE = '/problems/api-not-running';

/** Seconds a client should wait before retrying: the in-browser API usually starts within a second of load. */
export const API_RETRY_AFTER_S = 1;

type Next = (error?: unknown) => void;
type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** True when `url` (a request target such as "/api/ping?x=1") is under `${base}api`. */
export function isApiPath(url: string | undefined, base: string): boolean {
  if (!url) return false;
  const path = url.split(/[?#]/, 1)[0] ?? '';
  const prefix = `${base.endsWith('/') ? base : `${base}/`}api`;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The RFC 9457 body of the 503 a static server gives for /api/*: the API runs in the tab, not here. */
export function apiNotRunningProblem(): { type: string; title: string; status: number; detail: string } {
  return {
    type: API_NOT_RUNNING_TYPE,
    title: 'Service Unavailable',
    status: 503,
    detail:
      "Deploy Lab's API runs in your browser tab, in a service worker, and it did not answer this request: it is still starting, or the browser blocked it. This server only serves the app's files. Retry in a second; if it keeps failing, reload the page.",
  };
}

/**
 * Middleware answering every /api/* request with a 503 problem+json and Retry-After. A request reaches the
 * static server only when the service worker did not take it (before MSW is ready, or service workers are
 * blocked), and then index.html or an empty 404 would be a lie about the endpoint.
 */
export function apiPlaceholderMiddleware(base: string): Middleware {
  return (req, res, next) => {
    if (!isApiPath(req.url, base)) {
      next();
      return;
    }
    const body = JSON.stringify(apiNotRunningProblem(), null, 2);
    res.statusCode = 503;
    res.setHeader('Content-Type', 'application/problem+json');
    res.setHeader('Retry-After', String(API_RETRY_AFTER_S));
    // Never cached: the next try must reach the API once it runs.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Middleware adding `headers` to every response, set before any later middleware writes one. */
export function headersMiddleware(headers: Readonly<Record<string, string>>): Middleware {
  return (_req, res, next) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

/** Headers for the dev server: the same minus the CSP, which would block Vite's inline hot-reload preamble. */
const DEV_HEADERS = Object.fromEntries(Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'Content-Security-Policy'));

/** index.html with the CSP <meta> right after <meta charset>: before every script, so it covers them all. */
export function withPolicyMeta(html: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset>: the CSP <meta> goes right after it');
  // The policy has single quotes only, so it sits in a double-quoted attribute unescaped.
  return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`);
}

/**
 * Writes the CSP into the built index.html (a <meta>, so it holds on any static host) and sends it, with
 * frame-ancestors, nosniff and Referrer-Policy, as headers from `npm run preview`.
 */
export function securityPolicy(): Plugin {
  return {
    name: 'deploy-lab:security-policy',
    // Build only: in dev, @vitejs/plugin-react injects an inline script that a strict policy refuses.
    transformIndexHtml: (html, ctx) => (ctx.server ? html : withPolicyMeta(html)),
    configurePreviewServer(server) {
      server.middlewares.use(headersMiddleware(SECURITY_HEADERS));
    },
    configureServer(server) {
      server.middlewares.use(headersMiddleware(DEV_HEADERS));
    },
  };
}

/** Makes `npm run dev` and `npm run preview` answer /api/* with a 503 problem instead of index.html or a 404. */
export function staticApiPlaceholder(): Plugin {
  return {
    name: 'deploy-lab:static-api-placeholder',
    configurePreviewServer(server) {
      server.middlewares.use(apiPlaceholderMiddleware(server.config.base));
    },
    configureServer(server) {
      server.middlewares.use(apiPlaceholderMiddleware(server.config.base));
    },
  };
}
