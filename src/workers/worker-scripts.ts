import intlWarmupWorkerUrl from './intl-warmup.worker.ts?worker&url';
import trafficWorkerUrl from './traffic.worker.ts?worker&url';
import trainingWorkerUrl from './training.worker.ts?worker&url';

/** The app's own worker scripts (URLs of the built module workers), the only ones it ever starts. */
const SCRIPTS = { training: trainingWorkerUrl, traffic: trafficWorkerUrl, intl: intlWarmupWorkerUrl } as const;

interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface ScriptUrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): ScriptUrlPolicy;
}

const allowed = new Set<string>(Object.values(SCRIPTS));
let policy: ScriptUrlPolicy | null = null;

/**
 * The script URL as a TrustedScriptURL from the "deploy-lab-scripts" policy, which accepts only the URLs in
 * SCRIPTS; the plain string where the browser has no Trusted Types (the CSP then does not ask for one).
 */
function trustedScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  if (!factory) return url;
  // One policy per page: the CSP's `trusted-types` directive lists each name once, without 'allow-duplicates'.
  policy ??= factory.createPolicy('deploy-lab-scripts', {
    createScriptURL: (input) => {
      if (!allowed.has(input)) throw new TypeError(`Not one of Deploy Lab's worker scripts: ${input}`);
      return input;
    },
  });
  // A TrustedScriptURL is what the Worker constructor checks for; its type is not in TypeScript's DOM library.
  return policy.createScriptURL(url) as string;
}

/** Starts one of the app's module workers ("training", "traffic" or the "intl" warm-up) from its built script. */
export function startAppWorker(name: keyof typeof SCRIPTS): Worker {
  return new Worker(trustedScriptUrl(SCRIPTS[name]), { type: 'module', name: `deploy-lab-${name}` });
}
