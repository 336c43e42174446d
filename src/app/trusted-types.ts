// Trusted Types (https://w3c.github.io/trusted-types/): under `require-trusted-types-for 'script'` every
// string that becomes a script URL must pass a policy. The app's own workers get theirs from the
// "deploy-lab-scripts" policy (src/workers/worker-scripts.ts). This `default` policy is for code we do not
// own: MSW registers its service worker with a plain string. It allows that one URL and nothing else, and
// no HTML or script strings at all, so an injected `innerHTML` or `eval` stays blocked.

interface DefaultPolicyFactory {
  createPolicy(name: 'default', rules: { createScriptURL: (input: string) => string | null }): unknown;
}

/** The absolute URL of MSW's service worker script under this build's base path. */
export function serviceWorkerScriptUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}mockServiceWorker.js`, window.location.href).href;
}

/** Creates the `default` Trusted Types policy (allowing only the service-worker script URL) where the browser has Trusted Types. */
export function installDefaultTrustedTypesPolicy(): void {
  const factory = (globalThis as { trustedTypes?: DefaultPolicyFactory }).trustedTypes;
  if (!factory) return;
  const allowed = serviceWorkerScriptUrl();
  factory.createPolicy('default', {
    // null refuses the value: the browser then throws and reports the violation.
    createScriptURL: (input) => (new URL(input, window.location.href).href === allowed ? input : null),
  });
}
