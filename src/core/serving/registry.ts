import type { Random } from '../rng';
import type { ModelVersion } from './model-artifact';
import type { EndpointConfig, RegistryState, Variant } from './registry-state';

/** Picks one variant at random in proportion to its weight; null when no variant has weight > 0. */
export function pickVariant(variants: readonly Variant[], random: Random): Variant | null {
  const live = variants.filter((v) => v.weight > 0);
  const total = live.reduce((s, v) => s + v.weight, 0);
  if (total <= 0) return null;
  let r = random() * total;
  for (const v of live) {
    r -= v.weight;
    if (r < 0) return v;
  }
  // Floating-point rounding can leave r at exactly 0 after the last variant.
  return live[live.length - 1] ?? null;
}

/**
 * Holds model versions and endpoint configs (kept apart, as SageMaker keeps models apart
 * from endpoint configs: deleting an endpoint never deletes a version). Notifies listeners
 * after every change so the browser can persist it.
 */
export class Registry {
  private state: RegistryState;
  private readonly listeners = new Set<(state: RegistryState) => void>();

  constructor(initial: RegistryState) {
    this.state = structuredClone(initial);
  }

  /** A deep copy of the whole state. */
  snapshot(): RegistryState {
    return structuredClone(this.state);
  }

  /** Replaces the whole state (e.g. "reset to default"). */
  replace(next: RegistryState): void {
    this.state = structuredClone(next);
    this.emit();
  }

  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: (state: RegistryState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  listVersions(): readonly ModelVersion[] {
    return this.state.versions;
  }

  getVersion(version: string): ModelVersion | undefined {
    return this.state.versions.find((v) => v.version === version);
  }

  /** The next free version name: one more than the highest "vN" registered. */
  nextVersionName(): string {
    const max = this.state.versions.reduce((m, v) => Math.max(m, Number(v.version.slice(1)) || 0), 0);
    return `v${max + 1}`;
  }

  addVersion(version: ModelVersion): void {
    this.state.versions.push(structuredClone(version));
    this.emit();
  }

  listEndpoints(): readonly EndpointConfig[] {
    return this.state.endpoints;
  }

  getEndpoint(name: string): EndpointConfig | undefined {
    return this.state.endpoints.find((e) => e.name === name);
  }

  /** Creates or replaces an endpoint's variants; says which it did. */
  putEndpoint(name: string, variants: Variant[], at: string): 'created' | 'replaced' {
    const existing = this.getEndpoint(name);
    if (existing) {
      existing.variants = structuredClone(variants);
      existing.updatedAt = at;
    } else {
      this.state.endpoints.push({ name, variants: structuredClone(variants), createdAt: at, updatedAt: at });
    }
    this.emit();
    return existing ? 'replaced' : 'created';
  }

  /** Deletes an endpoint config (never its versions); false when it did not exist. */
  deleteEndpoint(name: string): boolean {
    const before = this.state.endpoints.length;
    this.state.endpoints = this.state.endpoints.filter((e) => e.name !== name);
    const deleted = this.state.endpoints.length < before;
    if (deleted) this.emit();
    return deleted;
  }

  private emit(): void {
    for (const l of this.listeners) l(this.snapshot());
  }
}
