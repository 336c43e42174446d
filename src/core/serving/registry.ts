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
 * Stores a state the registry is about to take; false when it could not (e.g. storage full),
 * in which case the change is not made. Absent: nothing outlives the process.
 */
export type PersistState = (state: RegistryState) => boolean;

/** The outcome of a change: applied (and stored, where storage is used) or refused because it could not be stored. */
export type ChangeOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'storage-full' };

/**
 * Holds model versions and endpoint configs (kept apart, as SageMaker keeps models apart
 * from endpoint configs: deleting an endpoint never deletes a version). Notifies listeners
 * after every change. With `persist`, a change is stored before it is made, so no change is
 * ever lost silently: one that cannot be stored is refused.
 */
export class Registry {
  private state: RegistryState;
  private readonly listeners = new Set<(state: RegistryState) => void>();
  /** Version names claimed by registrations still loading their model: names stay unique across awaits. */
  private readonly reserved = new Set<string>();

  constructor(
    initial: RegistryState,
    private readonly persist?: PersistState,
  ) {
    this.state = structuredClone(initial);
  }

  /** A deep copy of the whole state. */
  snapshot(): RegistryState {
    return structuredClone(this.state);
  }

  /** Replaces the whole state (e.g. "reset to default"). */
  replace(next: RegistryState): ChangeOutcome<void> {
    return this.commit(structuredClone(next), undefined);
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

  /**
   * Claims a version name until `release`: `wanted`, or the next free "vN" (one more than the highest
   * registered or claimed). Null when `wanted` is taken. Synchronous, so parallel registrations
   * cannot both pick "v2" while their models load.
   */
  reserveVersion(wanted?: string): string | null {
    const taken = (name: string) => this.reserved.has(name) || this.getVersion(name) !== undefined;
    if (wanted !== undefined) {
      if (taken(wanted)) return null;
      this.reserved.add(wanted);
      return wanted;
    }
    const numbers = [...this.state.versions.map((v) => v.version), ...this.reserved].map((name) => Number(name.slice(1)) || 0);
    const name = `v${Math.max(0, ...numbers) + 1}`;
    this.reserved.add(name);
    return name;
  }

  /** Gives a reserved name back (its registration failed or was stored). */
  releaseVersion(name: string): void {
    this.reserved.delete(name);
  }

  /** Adds a registered version (its name reserved before); refused when it cannot be stored. */
  addVersion(version: ModelVersion): ChangeOutcome<void> {
    const next = structuredClone(this.state);
    next.versions.push(structuredClone(version));
    return this.commit(next, undefined);
  }

  listEndpoints(): readonly EndpointConfig[] {
    return this.state.endpoints;
  }

  getEndpoint(name: string): EndpointConfig | undefined {
    return this.state.endpoints.find((e) => e.name === name);
  }

  /** Creates or replaces an endpoint's variants; says which it did. */
  putEndpoint(name: string, variants: Variant[], at: string): ChangeOutcome<'created' | 'replaced'> {
    const next = structuredClone(this.state);
    const existing = next.endpoints.find((e) => e.name === name);
    if (existing) {
      existing.variants = structuredClone(variants);
      existing.updatedAt = at;
    } else {
      next.endpoints.push({ name, variants: structuredClone(variants), createdAt: at, updatedAt: at });
    }
    return this.commit(next, existing ? 'replaced' : 'created');
  }

  /** Deletes an endpoint config (never its versions); false when it did not exist. */
  deleteEndpoint(name: string): ChangeOutcome<boolean> {
    if (!this.getEndpoint(name)) return { ok: true, value: false };
    const next = structuredClone(this.state);
    next.endpoints = next.endpoints.filter((e) => e.name !== name);
    return this.commit(next, true);
  }

  /** Stores `next` (when persisting), then makes it the state and tells the listeners. */
  private commit<T>(next: RegistryState, value: T): ChangeOutcome<T> {
    if (this.persist && !this.persist(next)) return { ok: false, reason: 'storage-full' };
    this.state = next;
    for (const l of this.listeners) l(this.snapshot());
    return { ok: true, value };
  }
}
