import type { Logger } from 'pino';
import type { AppRoutes } from './app-router';
import { createAppRouter } from './app-router';
import type { Handler } from './handler';
import { composeHandlers } from './handler';
import { withAbsoluteProblemTypes } from './with-absolute-problem-types';
import { withBatchTiming } from './with-batch-timing';
import { withBodyLimit } from './with-body-limit';
import { withCors } from './with-cors';
import { withObservability } from './with-observability';
import { withSecurityHeaders } from './with-security-headers';
import { withToken } from './with-token';

/** The cross-cutting settings of the handler stack. */
export interface StackOptions {
  token: string | undefined;
  allowOrigins: readonly string[];
  logger: Logger;
}

/**
 * The real server's handler: the app router (endpoint, /metrics, static files) inside, in this order from
 * the outside: log and count, security headers, absolute problem types, CORS, token, body limits, batch timing. So every answer is logged and
 * carries the headers, preflights need no token, and no body is read for a call that lacks its token.
 */
export function createHandlerStack(routes: AppRoutes, options: StackOptions): Handler {
  return composeHandlers(
    [
      withObservability(options.logger, routes.metrics),
      withSecurityHeaders,
      withAbsoluteProblemTypes,
      withCors(options.allowOrigins),
      withToken(options.token),
      withBodyLimit,
      withBatchTiming,
    ],
    createAppRouter(routes),
  );
}
