import { SECURITY_HEADERS } from '../core/http/security-policy';
import type { Wrapper } from './handler';
import { withHeaders } from './handler';

/** Adds the CSP, nosniff and Referrer-Policy (one definition, shared with `npm run preview`) to every response. */
export const withSecurityHeaders: Wrapper = (next) => async (req) => withHeaders(await next(req), SECURITY_HEADERS);
