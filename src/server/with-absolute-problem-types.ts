import { withAbsoluteProblemType } from '../core/serving/problem';
import type { Handler } from './handler';

/** The server's own problems (401, 403, 408, 413 …) get the absolute `type` URIs the endpoint's already have (RFC 9457 §3.1.1). */
export const withAbsoluteProblemTypes =
  (next: Handler): Handler =>
  async (req) =>
    withAbsoluteProblemType(await next(req), req.url);
