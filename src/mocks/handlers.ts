import { http } from 'msw';
import { isApiPath } from '../core/serving/endpoint';
import type { EndpointHandler } from '../core/serving/endpoint';

/** MSW handlers: one catch-all that routes every /api request to the endpoint function (thin on purpose). */
export function createHandlers(endpoint: EndpointHandler) {
  // A custom predicate, not a path pattern: MSW decodes pattern matches with decodeURIComponent and
  // answers a malformed escape ("/api/%ZZ") itself with a 500 and a stack. The endpoint answers it with a 400.
  // It matches in the browser worker, in Node's setupServer and in http-middleware alike.
  return [http.all(({ request }) => isApiPath(new URL(request.url).pathname), ({ request }) => endpoint(request))];
}
