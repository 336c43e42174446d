import { isIP } from 'node:net';
import { parseArgs } from 'node:util';

/** Everything `npm run serve` can be told, after defaults and checks. */
export interface ServerOptions {
  port: number;
  host: string;
  /** Artifact folders registered as v2, v3, … in the order given. */
  modelDirs: string[];
  /** Bearer token for management calls (POST /api/models, PUT, DELETE); undefined leaves them open. */
  token: string | undefined;
  /** Origins allowed to call the API from a browser; the server's own origin is always allowed. */
  allowOrigins: string[];
  /** Folder of the built app (index.html, assets/, models/penguins/v1/). */
  appDir: string;
}

/** The parsed options, or one sentence saying what is wrong. */
export type OptionsResult = { ok: true; options: ServerOptions } | { ok: false; message: string };

/** The lab's dev server (`npm run dev`), allowed by default so the lab can call a local real server. */
export const DEV_ORIGIN = 'http://localhost:5173';
export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/** How to start the server, printed for --help and after a wrong option. */
export const USAGE = `Usage: npm run serve -- [options]
  --port N          port to listen on (or PORT; default ${DEFAULT_PORT})
  --host H          address to bind (or HOST; default ${DEFAULT_HOST}, loopback only)
  --models DIR      a model folder from Evaluate's download; repeat for more versions
  --token T         bearer token for POST /api/models, PUT and DELETE (or DEPLOY_LAB_TOKEN)
  --allow-origin O  a browser origin allowed to call the API; repeatable
                    (default: the server's own origin and ${DEV_ORIGIN})
  --app-dir DIR     the built app to serve (default: dist)`;

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n >= 0 && n <= 65_535 ? n : null;
}

function parseOrigin(text: string): string | null {
  try {
    const url = new URL(text);
    // An origin is scheme://host[:port]; anything with a path or query would never match a browser's Origin header.
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.replace(/\/$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads argv (without node and script) and the environment into ServerOptions; never throws. */
export function parseServerOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): OptionsResult {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}\n${USAGE}` };
  }
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = parsePort(portText);
  if (port === null) return { ok: false, message: `"${portText}" is not a port: use a whole number from 0 to 65535.` };
  const host = values.host ?? env.HOST ?? DEFAULT_HOST;
  const token = values.token ?? env.DEPLOY_LAB_TOKEN ?? undefined;
  if (token !== undefined && !/^[\x21-\x7e]{8,512}$/.test(token)) {
    return { ok: false, message: 'The token must be 8 to 512 visible ASCII characters (no spaces), so it fits an Authorization header.' };
  }
  if (!isLoopback(host) && token === undefined) {
    return {
      ok: false,
      message: `Refusing to listen on ${host} without a token: anyone on that network could replace your models. Set --token or DEPLOY_LAB_TOKEN, or bind ${DEFAULT_HOST}.`,
    };
  }
  const allowOrigins: string[] = [];
  for (const text of values['allow-origin'] ?? [DEV_ORIGIN]) {
    const origin = parseOrigin(text);
    if (origin === null) return { ok: false, message: `"${text}" is not an origin: write it as scheme://host[:port], e.g. ${DEV_ORIGIN}.` };
    allowOrigins.push(origin);
  }
  return { ok: true, options: { port, host, modelDirs: values.models ?? [], token, allowOrigins, appDir: values['app-dir'] ?? 'dist' } };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      models: { type: 'string', multiple: true },
      token: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'app-dir': { type: 'string' },
    },
  });
}
