import { accepts, unreadableContentType } from './negotiate';
import { PROBLEM_TYPES, problemResponse } from './problem';

/** Makes a compact JSON Response, as production APIs send it (the inspector re-indents bodies for reading). */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** A 406 unless the client's Accept header allows `mediaType`; null when it does. */
export function refuseUnacceptable(req: Request, mediaType: string): Response | null {
  const accept = req.headers.get('Accept');
  if (accepts(accept, mediaType)) return null;
  return problemResponse({
    status: 406,
    type: PROBLEM_TYPES.notAcceptable,
    detail: `This resource can only answer with ${mediaType}, but the Accept header asks for "${accept}".`,
  });
}

/** A 415 unless the request's Content-Type is one of `allowed` with UTF-8 text (or no charset); null when it is. */
export function refuseMediaType(req: Request, allowed: readonly string[]): Response | null {
  const detail = unreadableContentType(req.headers.get('Content-Type'), allowed);
  if (detail === null) return null;
  return problemResponse({
    status: 415,
    type: PROBLEM_TYPES.unsupportedMediaType,
    detail,
    headers: { 'Accept-Post': acceptPost(allowed) },
  });
}

/** The Accept-Post header value (RFC 9110 §15.5.16 points 415s at it) for the media types a route reads. */
export function acceptPost(allowed: readonly string[]): string {
  return allowed.join(', ');
}

/** The body as text, or a 413/400 problem: checks Content-Length first, then the bytes read, then UTF-8. */
export async function readTextBody(req: Request, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; response: Response }> {
  const tooLarge = (bytes: number) => ({
    ok: false as const,
    response: problemResponse({
      status: 413,
      type: PROBLEM_TYPES.tooLarge,
      detail: `The body is ${bytes.toLocaleString('en-US')} bytes; the limit is ${maxBytes.toLocaleString('en-US')} bytes.`,
    }),
  });
  const declared = Number(req.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(declared);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBytes) return tooLarge(bytes.byteLength);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      response: problemResponse({ status: 400, type: PROBLEM_TYPES.badRequest, detail: 'The body is not valid UTF-8 text.' }),
    };
  }
}

/** A 404 problem naming what was not found. */
export function notFound(detail: string): Response {
  return problemResponse({ status: 404, type: PROBLEM_TYPES.notFound, detail });
}

/** A 507 problem: the change was refused because it could not be stored (nothing was changed). */
export function storageFull(detail: string): Response {
  return problemResponse({ status: 507, type: PROBLEM_TYPES.insufficientStorage, detail });
}
