import { statusText } from '../http/status-text';

/** One field to blame: a JSON Pointer (RFC 6901) into the request body and what is wrong there. */
export interface FieldError {
  pointer: string;
  message: string;
}

/** An RFC 9457 problem details object as this API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

/** Problem types, one per kind of failure; the endpoint resolves them against the request's origin (withAbsoluteProblemType). */
export const PROBLEM_TYPES = {
  badRequest: '/problems/malformed-body',
  malformedPath: '/problems/malformed-path',
  notFound: '/problems/not-found',
  methodNotAllowed: '/problems/method-not-allowed',
  notAcceptable: '/problems/not-acceptable',
  conflict: '/problems/conflict',
  tooLarge: '/problems/content-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  validation: '/problems/validation-error',
  unavailable: '/problems/no-version-serving',
  internal: '/problems/internal-error',
  insufficientStorage: '/problems/insufficient-storage',
  injected: '/problems/injected-fault',
} as const;

/** Escapes one path segment for a JSON Pointer ("a/b" → "a~1b"). */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON Pointer from path segments (["instances", 0, "x"] → "/instances/0/x"). */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((s) => `/${escapePointerSegment(s)}`).join('');
}

/** Options of a problem response: status, type, a sentence of detail, field errors, extra headers. */
export interface ProblemInit {
  status: number;
  type: string;
  detail: string;
  title?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** Makes an `application/problem+json` Response (RFC 9457) whose `status` field equals the HTTP status. */
export function problemResponse(init: ProblemInit): Response {
  const body: Problem = {
    type: init.type,
    title: init.title ?? statusText(init.status),
    status: init.status,
    detail: init.detail,
    ...(init.errors && init.errors.length > 0 ? { errors: init.errors } : {}),
  };
  return new Response(JSON.stringify(body, null, 2), {
    status: init.status,
    headers: { 'Content-Type': 'application/problem+json', ...init.headers },
  });
}

/**
 * Resolves a problem response's relative `type` ("/problems/not-found") against the request URL,
 * so clients get the absolute URI RFC 9457 §3.1.1 recommends, on whatever origin serves the API.
 * Other responses pass through untouched.
 */
export async function withAbsoluteProblemType(res: Response, requestUrl: string): Promise<Response> {
  if (res.headers.get('Content-Type') !== 'application/problem+json' || res.type === 'error' || res.body === null) return res;
  let body: Problem;
  try {
    body = (await res.clone().json()) as Problem;
  } catch {
    return res; // Not a JSON body (e.g. a HEAD answer without one): nothing to resolve.
  }
  if (typeof body?.type !== 'string' || !body.type.startsWith('/')) return res;
  body.type = new URL(body.type, requestUrl).href;
  return new Response(JSON.stringify(body, null, 2), { status: res.status, statusText: res.statusText, headers: res.headers });
}
