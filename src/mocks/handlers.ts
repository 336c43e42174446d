import { http } from 'msw';
import type { EndpointHandler } from '../core/serving/endpoint';

/** MSW handlers: one catch-all that routes every /api request to the endpoint function (thin on purpose). */
export function createHandlers(endpoint: EndpointHandler) {
  // '*/api/*' matches in the browser worker, in Node's setupServer and in http-middleware alike.
  return [http.all('*/api/*', ({ request }) => endpoint(request))];
}
