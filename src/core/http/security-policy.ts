/**
 * The Content-Security-Policy and security headers Deploy Lab ships with, in one place: the
 * build writes the policy into index.html's <meta>, and every server we ship (`npm run preview`,
 * `npm run serve`) sends it, plus the parts a <meta> cannot carry, as response headers.
 */

/** Names of the Trusted Types policies the app creates (see src/app/trusted-types.ts). */
export const TRUSTED_TYPES_POLICIES = ['deploy-lab-scripts', 'default'] as const;

/** Directives valid in a <meta http-equiv="Content-Security-Policy"> (no frame-ancestors there). */
const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // wasm-unsafe-eval: tfjs's wasm backend compiles WebAssembly; it allows no JavaScript eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  // Loopback on any port: the lab may call a real server the learner starts on this machine (`npm run serve`,
  // default :8787, `--port N`). Loopback data never leaves the machine; any other origin stays blocked, so a
  // server elsewhere must serve the lab itself (then it is 'self').
  "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
];

/** The policy as written into index.html's <meta> tag. */
export const META_CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** The policy as a response header: the meta policy plus frame-ancestors, which only a header can carry. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Every security header our servers add to every response (name → value). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
