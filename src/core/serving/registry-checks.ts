import { checkArtifact } from './artifact-checks';
import type { ModelVersion } from './model-artifact';
import type { FieldError } from './problem';
import { toPointer } from './problem';
import type { RegistryState, Variant } from './registry-state';

// The checks the API applies when it writes, gathered so that stored state (which anyone with
// DevTools can edit) is held to the same rules when it is read back.

function sameSchema(a: ModelVersion, b: ModelVersion): boolean {
  const names = (v: ModelVersion) => v.preprocessing.features.map((f) => f.name).join(',');
  return names(a) === names(b) && a.preprocessing.classes.join(',') === b.preprocessing.classes.join(',');
}

/**
 * Checks an endpoint's variants beyond their shape: weights in 0–100 summing to 100, versions
 * registered and listed once, one input schema for all (the `established` one if the endpoint exists).
 * Pointers are relative to the config body ("/variants/0/version").
 */
export function checkVariants(variants: readonly Variant[], getVersion: (name: string) => ModelVersion | undefined, established?: ModelVersion): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  let first = established;
  variants.forEach((v, i) => {
    if (!(v.weight >= 0 && v.weight <= 100)) errors.push({ pointer: `/variants/${i}/weight`, message: 'must be a share of traffic between 0 and 100' });
    const found = getVersion(v.version);
    if (!found) errors.push({ pointer: `/variants/${i}/version`, message: `version "${v.version}" is not registered (GET /api/models)` });
    if (seen.has(v.version)) errors.push({ pointer: `/variants/${i}/version`, message: `version "${v.version}" is listed twice` });
    seen.add(v.version);
    if (found && first && !sameSchema(first, found)) {
      const names = first.preprocessing.features.map((f) => f.name).join(', ');
      const what =
        first === established ? `the endpoint's current schema (features ${names}; classes ${first.preprocessing.classes.join(', ')}); deploy it to a new endpoint instead` : `"${first.version}"`;
      errors.push({ pointer: `/variants/${i}/version`, message: `version "${v.version}" has different features or classes than ${what}` });
    }
    first ??= found;
  });
  const total = variants.reduce((s, v) => s + v.weight, 0);
  if (variants.length > 0 && Math.abs(total - 100) > 1e-9) {
    errors.push({ pointer: '/variants', message: `weights must sum to 100, they sum to ${total}` });
  }
  return errors;
}

/** True for a path on the page's own origin ("/models/penguins/v1/model.json"): never another host, scheme or "//host". */
export function isSameOriginPath(url: string): boolean {
  return /^\/(?![/\\])[^\\]*$/.test(url) && ![...url].some((c) => c.charCodeAt(0) < 0x20);
}

/**
 * Everything wrong with a registry state that has the right shape: duplicate names, endpoints
 * whose variants the API would refuse, inline models it would refuse, model URLs off this origin.
 * Pointers are into the state; empty when the state is one the API could have written.
 */
export function checkRegistryState(state: RegistryState): FieldError[] {
  const errors: FieldError[] = [];
  const versions = new Map<string, ModelVersion>();
  state.versions.forEach((v, i) => {
    const at = ['versions', i];
    if (versions.has(v.version)) errors.push({ pointer: toPointer([...at, 'version']), message: `version "${v.version}" is stored twice` });
    versions.set(v.version, v);
    if (v.source.kind === 'url' && !isSameOriginPath(v.source.modelUrl)) {
      errors.push({ pointer: toPointer([...at, 'source', 'modelUrl']), message: 'must be a path on this site, never another origin' });
    }
    if (v.source.kind === 'inline') {
      for (const e of checkArtifact(v.source.model, v.preprocessing)) {
        // Registration pointers are "/model/…" and "/preprocessing/…"; here both live inside the version.
        const inside = e.pointer.startsWith('/model') ? `/source${e.pointer}` : e.pointer;
        errors.push({ pointer: `${toPointer(at)}${inside}`, message: e.message });
      }
    }
  });
  const endpoints = new Set<string>();
  state.endpoints.forEach((ep, i) => {
    if (endpoints.has(ep.name)) errors.push({ pointer: toPointer(['endpoints', i, 'name']), message: `endpoint "${ep.name}" is stored twice` });
    endpoints.add(ep.name);
    for (const e of checkVariants(ep.variants, (name) => versions.get(name))) errors.push({ pointer: `${toPointer(['endpoints', i])}${e.pointer}`, message: e.message });
  });
  return errors;
}
