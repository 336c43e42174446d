import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { PROBLEM_TYPES, problemResponse } from '../core/serving/problem';
import type { Handler } from './handler';

/** Vite writes content-hashed file names under /assets/: a changed file gets a new name, so it can be cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the service worker, model files) must be revalidated so a new build is seen at once. */
export const REVALIDATE = 'no-cache';

const isHashedAsset = (pathname: string) => /^\/assets\/[^/]+-[A-Za-z0-9_-]{6,}\.[a-z0-9]+$/.test(pathname);
// A last segment with a dot names a file: a missing one is a 404, never the app's HTML.
const looksLikeFile = (pathname: string) => /\.[^/]*$/.test(pathname);

/**
 * Serves the built app from `appDir` with Hono's static middleware: hashed assets immutable, other files
 * revalidated, and index.html for unknown non-file paths (the SPA's client-side routes). Never sees /api.
 */
export function createStaticHandler(appDir: string): Handler {
  if (!existsSync(appDir)) throw new Error(`the app folder ${appDir} does not exist: run "npm run build" first`);
  const app = new Hono();
  app.use('*', serveStatic({ root: appDir }));
  const indexHtml = serveStatic({ root: appDir, path: 'index.html' });
  app.on(['GET', 'HEAD'], '*', async (c, next) => (looksLikeFile(c.req.path) ? next() : indexHtml(c, next)));
  app.notFound((c) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? problemResponse({ status: 404, type: PROBLEM_TYPES.notFound, detail: `There is no file ${c.req.path} in this app.` })
      : problemResponse({ status: 405, type: PROBLEM_TYPES.methodNotAllowed, detail: `${c.req.method} is not allowed on ${c.req.path}: it is a static file path. Allowed: GET, HEAD.`, headers: { Allow: 'GET, HEAD' } }),
  );
  return async (req) => {
    const res = await app.fetch(req);
    if (res.ok) res.headers.set('Cache-Control', isHashedAsset(new URL(req.url).pathname) ? IMMUTABLE : REVALIDATE);
    return res;
  };
}

/** True when a path's percent-escapes decode (e.g. "%ZZ" or a lone "%E0" do not). */
export function isValidPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
