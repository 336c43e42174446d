/** A Fetch-standard handler: the endpoint and every wrapper around it have this shape. */
export type Handler = (request: Request) => Promise<Response>;

/** Adds one cross-cutting behaviour around a handler (auth, CORS, headers, limits, logs). */
export type Wrapper = (next: Handler) => Handler;

/** Wraps `inner` in `wrappers`, the first one outermost: it sees the request first and the response last. */
export function composeHandlers(wrappers: readonly Wrapper[], inner: Handler): Handler {
  return wrappers.reduceRight<Handler>((next, wrap) => wrap(next), inner);
}

/** Copies a response with extra headers; Fetch responses from other code may have immutable headers. */
export function withHeaders(res: Response, headers: Readonly<Record<string, string>>): Response {
  try {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    return res;
  } catch {
    const copy = new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
