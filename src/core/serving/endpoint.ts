import type { ServingContext } from './context';
import { FAULT_HEADER } from './faults';
import { notFound } from './http-helpers';
import { PROBLEM_TYPES, problemResponse, withAbsoluteProblemType } from './problem';
import { ENDPOINT_NAME } from './registry-state';
import { deleteEndpoint, describeEndpoint, listEndpoints, putEndpoint } from './routes/endpoints';
import { createPredictorCache } from './predict';
import { feedback } from './routes/feedback';
import { invoke } from './routes/invocations';
import { getDataset, ping } from './routes/misc';
import { mlflowError, mlflowInvoke } from './routes/mlflow';
import { v2Error, v2Infer, v2Live, v2Metadata, v2Ready } from './routes/open-inference';
import { getModel, listModels, registerModel } from './routes/models';

/** The endpoint: one Fetch-standard function from a Request to a Response. */
export type EndpointHandler = (request: Request) => Promise<Response>;

type Handler = (req: Request, params: string[]) => Response | Promise<Response>;

interface Route {
  pattern: RegExp;
  methods: Record<string, Handler>;
  /** Error format of the contract this route belongs to (default: RFC 9457 problem details). */
  style?: 'v2' | 'mlflow';
}

/** Where the API lives below the origin. */
export const API_BASE = '/api';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Creates the REST endpoint of Deploy Lab (every row of the contract in DESIGN.md).
 * It never throws: unexpected failures become a 500 problem without internals.
 */
export function createEndpoint(ctx: ServingContext): EndpointHandler {
  const cache = createPredictorCache(ctx);
  const routes: Route[] = [
    { pattern: /^\/api\/ping$/, methods: { GET: () => ping() } },
    { pattern: /^\/api\/datasets\/penguins\.csv$/, methods: { GET: (r) => getDataset(r, ctx) } },
    { pattern: /^\/api\/models$/, methods: { GET: (r) => listModels(r, ctx), POST: (r) => registerModel(r, ctx) } },
    { pattern: /^\/api\/models\/([^/]+)$/, methods: { GET: (r, [v]) => getModel(r, ctx, v as string) } },
    { pattern: /^\/api\/endpoints$/, methods: { GET: (r) => listEndpoints(r, ctx) } },
    {
      pattern: /^\/api\/endpoints\/([^/]+)$/,
      methods: {
        GET: (r, [n]) => describeEndpoint(r, ctx, n as string),
        PUT: (r, [n]) => (ENDPOINT_NAME.test(n as string) ? putEndpoint(r, ctx, n as string) : badName(n as string)),
        DELETE: (r, [n]) => deleteEndpoint(r, ctx, n as string),
      },
    },
    { pattern: /^\/api\/endpoints\/([^/]+)\/invocations$/, methods: { POST: (r, [n]) => invoke(r, ctx, cache, n as string) } },
    { pattern: /^\/api\/endpoints\/([^/]+)\/feedback$/, methods: { POST: (r, [n]) => feedback(r, ctx, n as string) } },
    { pattern: /^\/api\/v2\/health\/live$/, methods: { GET: () => v2Live() }, style: 'v2' },
    { pattern: /^\/api\/v2\/health\/ready$/, methods: { GET: () => v2Ready(ctx) }, style: 'v2' },
    { pattern: /^\/api\/v2\/models\/([^/]+)$/, methods: { GET: (_r, [n]) => v2Metadata(ctx, n as string) }, style: 'v2' },
    { pattern: /^\/api\/v2\/models\/([^/]+)\/infer$/, methods: { POST: (r, [n]) => v2Infer(r, ctx, cache, n as string) }, style: 'v2' },
    { pattern: /^\/api\/mlflow\/invocations$/, methods: { POST: (r) => mlflowInvoke(r, ctx, cache) }, style: 'mlflow' },
  ];

  async function route(req: Request, path: string): Promise<Response> {
    for (const r of routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      // Every segment decodes: decodePath checked the whole path before routing.
      const params = m.slice(1).map((s) => decodeURIComponent(s));
      const method = req.method.toUpperCase();
      // HEAD works wherever GET does (RFC 9110 §9.3.2): the same status and headers; the caller drops the body.
      if (method === 'HEAD' && r.methods.GET) return r.methods.GET(req, params);
      const handler = r.methods[method];
      if (!handler) {
        const allow = allowed(r.methods);
        const detail = `${req.method} is not allowed on ${path}. Allowed: ${allow}.`;
        if (r.style === 'v2') return v2Error(405, detail, { Allow: allow });
        if (r.style === 'mlflow') return mlflowError(405, detail, { Allow: allow });
        return problemResponse({
          status: 405,
          type: PROBLEM_TYPES.methodNotAllowed,
          detail,
          headers: { Allow: allow },
        });
      }
      return handler(req, params);
    }
    return notFound(`No API route matches ${path}. Routes start with ${API_BASE}/ping, ${API_BASE}/datasets, ${API_BASE}/models, ${API_BASE}/endpoints, ${API_BASE}/v2 or ${API_BASE}/mlflow.`);
  }

  return async (req) => {
    const incoming = req.headers.get('X-Request-Id');
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : ctx.newRequestId();
    let res: Response;
    try {
      const path = new URL(req.url).pathname;
      if (!decodesCleanly(path)) {
        res = problemResponse({
          status: 400,
          type: PROBLEM_TYPES.malformedPath,
          detail: 'The path is not valid percent-encoding: every "%" must start an escape of two hex digits, and the escapes must spell UTF-8 text.',
        });
      } else {
        const fault = ctx.faults ? await ctx.faults.intercept(path) : { replace: null, latencyMs: 0 };
        // A network error is a Response of type "error": its headers are immutable and the client never sees them.
        if (fault.replace?.type === 'error') return fault.replace;
        res = fault.replace ?? (await route(req, path));
        if (!fault.replace && fault.latencyMs > 0) res.headers.set(FAULT_HEADER, `latency-${fault.latencyMs}ms`);
      }
    } catch {
      // Never leak a stack trace or an internal message to a client.
      res = problemResponse({ status: 500, type: PROBLEM_TYPES.internal, detail: `The server failed while handling this request. Quote request id ${id} when reporting it.` });
    }
    res = await withAbsoluteProblemType(res, req.url);
    res.headers.set('X-Request-Id', id);
    return req.method.toUpperCase() === 'HEAD' ? withoutBody(res) : res;
  };
}

/** True when `pathname` is one the API answers (below /api); static files and pages are not. */
export function isApiPath(pathname: string): boolean {
  // Any prefix, as MSW's '*/api/*' matched: a build served below a sub-path still reaches the endpoint.
  return pathname.endsWith(API_BASE) || pathname.includes(`${API_BASE}/`);
}

/** True when every percent-escape of the path is valid and the bytes are UTF-8 ("%ZZ", "%E0%A4%A", "%C0%AF" are not). */
export function decodesCleanly(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function allowed(methods: Record<string, Handler>): string {
  return Object.keys(methods)
    .flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))
    .join(', ');
}

function withoutBody(res: Response): Response {
  return new Response(null, { status: res.status, statusText: res.statusText, headers: res.headers });
}

function badName(name: string): Response {
  return problemResponse({
    status: 422,
    type: PROBLEM_TYPES.validation,
    detail: `"${name}" is not a valid endpoint name: use 1–63 lower-case letters, digits and dashes.`,
  });
}
