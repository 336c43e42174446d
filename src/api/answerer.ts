import { type ApiTarget, getApiTarget } from '../store/api-target-store';

/** Who answers /api for this page: the service worker in this tab, or a real server (the one that served this page, or one at another origin). */
export type Answerer = { kind: 'tab' } | { kind: 'server'; origin: string; servedThisPage: boolean };

let pageServer: Promise<boolean> | null = null;

/**
 * Whether a real server (`npm run serve`) answers on this page's own origin. Asked once per visit, before the
 * in-tab API starts, and not at /api: a static host answers /api with a 503 (Vite's preview) or a 404, and every
 * failed request is an error in the console. It asks for `/metrics` instead: the real server answers it with
 * Prometheus text ("# HELP …"); a static host with its SPA fallback, index.html.
 */
export function pageIsServedByRealServer(): Promise<boolean> {
  // Fetch's default Accept (*/*): a static host's SPA fallback then answers index.html, not a 404.
  pageServer ??= fetch(`${import.meta.env.BASE_URL}metrics`, { cache: 'no-store' }).then(
    async (res) => res.status === 200 && (res.headers.get('Content-Type') ?? '').startsWith('text/plain') && (await res.text()).startsWith('# HELP'),
    () => false,
  ).catch(() => false);
  return pageServer;
}

/** Forgets the answer of `pageIsServedByRealServer` (tests). */
export function forgetPageServer(): void {
  pageServer = null;
}

/** The answerer for a target, given whether this page's origin has a real server. */
export function answererFor(target: ApiTarget, servedByRealServer: boolean, pageOrigin: string): Answerer {
  if (servedByRealServer && (target.kind === 'tab' || target.url === pageOrigin)) return { kind: 'server', origin: pageOrigin, servedThisPage: true };
  if (target.kind === 'server') return { kind: 'server', origin: target.url, servedThisPage: target.url === pageOrigin };
  return { kind: 'tab' };
}

/** Who answers the next /api request (the stored choice, overridden by a real server on this page's origin). */
export async function currentAnswerer(): Promise<Answerer> {
  return answererFor(getApiTarget(), await pageIsServedByRealServer(), location.origin);
}

/** The URL to fetch: a path such as `/api/ping` goes to the server's origin; anything absolute stays as it is. */
export function urlFor(answerer: Answerer, url: string): string {
  if (answerer.kind === 'tab' || answerer.servedThisPage || !url.startsWith('/')) return url;
  return `${answerer.origin}${url}`;
}

/** The page's origins a real server allows without `--allow-origin`: its own and Vite's dev server. */
const SERVER_DEFAULT_ORIGINS = ['http://localhost:5173'];

/** The exact command that starts a real server this page may call (adds `--allow-origin` when CORS needs it). */
export function serveCommand(serverOrigin: string, pageOrigin: string, extra = ''): string {
  const parts = ['npm run serve --'];
  const url = new URL(serverOrigin);
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.port !== '' && url.port !== '8787') parts.push(`--port ${url.port}`);
  if (!loopback) parts.push(`--host ${url.hostname}`);
  if (pageOrigin !== serverOrigin && !SERVER_DEFAULT_ORIGINS.includes(pageOrigin)) parts.push(`--allow-origin ${pageOrigin}`);
  if (extra) parts.push(extra);
  return parts.length === 1 ? 'npm run serve' : parts.join(' ');
}

/** One sentence for a request the real server did not answer: what happened, the likely reasons, the command. */
export function unreachableMessage(serverOrigin: string, pageOrigin: string, why: string): string {
  return `No response from the real server at ${serverOrigin} (${why}): it is not running, or it does not allow pages from ${pageOrigin} (CORS). Start it in a terminal with: ${serveCommand(serverOrigin, pageOrigin)}`;
}
