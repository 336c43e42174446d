import { PROBLEM_TYPES, problemResponse } from './problem';

/** Faults an instructor can inject, for the next `remaining` requests (null: until cleared). */
export interface FaultConfig {
  /** Extra delay before answering, drawn uniformly from [minMs, maxMs]. */
  latency: { minMs: number; maxMs: number } | null;
  /** Answer every request with this status instead (429 and 503 carry Retry-After). */
  status: 429 | 500 | 503 | null;
  /** Drop the connection: the client's fetch rejects with a network error. */
  networkError: boolean;
  remaining: number | null;
  /** After each deploy (PUT of an endpoint), ping and invocations answer 503 for this many seconds; 0 = off. */
  coldStartSeconds: number;
}

/** No faults: the default. */
export const NO_FAULTS: FaultConfig = { latency: null, status: null, networkError: false, remaining: null, coldStartSeconds: 0 };

/** Header that marks a response shaped by an injected fault, so clients and the history can show it. */
export const FAULT_HEADER = 'X-Fault-Injected';

/** True when any fault is switched on (a banner must show). */
export function faultsActive(c: FaultConfig, coldUntil: number | null, now: number): boolean {
  return c.latency !== null || c.status !== null || c.networkError || (coldUntil !== null && now < coldUntil);
}

/** Plain-words summary of the active faults, e.g. "latency 200–800 ms, status 503 (next 3 requests)". */
export function describeFaults(c: FaultConfig, coldUntil: number | null, now: number): string {
  const parts: string[] = [];
  if (c.latency) parts.push(c.latency.minMs === c.latency.maxMs ? `latency ${c.latency.minMs} ms` : `latency ${c.latency.minMs}–${c.latency.maxMs} ms`);
  if (c.status) parts.push(`every answer ${c.status}`);
  if (c.networkError) parts.push('network error');
  if (coldUntil !== null && now < coldUntil) parts.push(`cold start for ${Math.ceil((coldUntil - now) / 1000)} more s`);
  const scope = c.remaining === null ? '' : ` (next ${c.remaining} request${c.remaining === 1 ? '' : 's'})`;
  return parts.length > 0 ? `${parts.join(', ')}${scope}` : 'none';
}

/**
 * Holds the injected faults and applies them to requests. `intercept` returns a response that
 * replaces the real one, or null to let the request through (after any added latency).
 */
export class FaultInjector {
  private config: FaultConfig = NO_FAULTS;
  private coldUntil: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly random: () => number,
  ) {}

  /** Current settings and when the cold start ends (monotonic ms), for the panel. */
  state(): { config: FaultConfig; coldUntil: number | null } {
    return { config: this.config, coldUntil: this.coldUntil };
  }

  set(config: FaultConfig): void {
    this.config = { ...config };
    this.emit();
  }

  clear(): void {
    this.config = NO_FAULTS;
    this.coldUntil = null;
    this.emit();
  }

  /** Starts a cold start now (also called after each deploy when cold starts are on). */
  startColdStart(seconds: number): void {
    this.coldUntil = this.now() + seconds * 1000;
    this.emit();
  }

  /** Tells the injector a deploy happened: with cold starts on, the endpoint is "starting" for a while. */
  deployed(): void {
    if (this.config.coldStartSeconds > 0) this.startColdStart(this.config.coldStartSeconds);
  }

  active(): boolean {
    return faultsActive(this.config, this.coldUntil, this.now());
  }

  describe(): string {
    return describeFaults(this.config, this.coldUntil, this.now());
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies the faults to one request; the path decides whether a cold start concerns it. */
  async intercept(path: string): Promise<{ replace: Response | null; latencyMs: number }> {
    const coldPath = path === '/api/ping' || path.endsWith('/invocations') || path.endsWith('/infer');
    if (this.coldUntil !== null && this.now() < this.coldUntil && coldPath) {
      const left = Math.ceil((this.coldUntil - this.now()) / 1000);
      const res = problemResponse({ status: 503, type: PROBLEM_TYPES.injected, detail: `The endpoint is starting (cold start): the model is still loading. Retry in ${left} s.`, headers: { 'Retry-After': String(left), [FAULT_HEADER]: 'cold-start' } });
      return { replace: res, latencyMs: 0 };
    }
    const c = this.config;
    if (!(c.latency || c.status || c.networkError)) return { replace: null, latencyMs: 0 };
    if (c.remaining !== null) {
      const left = c.remaining - 1;
      this.config = left <= 0 ? NO_FAULTS : { ...c, remaining: left };
      this.emit();
    }
    const latencyMs = c.latency ? Math.round(c.latency.minMs + this.random() * (c.latency.maxMs - c.latency.minMs)) : 0;
    if (latencyMs > 0) await this.sleep(latencyMs);
    if (c.networkError) return { replace: Response.error(), latencyMs };
    if (c.status) {
      const headers: Record<string, string> = { [FAULT_HEADER]: `status-${c.status}` };
      // 429 and 503 tell the client when to come back; a 500 makes no promise.
      if (c.status !== 500) headers['Retry-After'] = '1';
      const res = problemResponse({ status: c.status, type: PROBLEM_TYPES.injected, detail: `Fault injected by the instructor panel: every answer is ${c.status} for now.`, headers });
      return { replace: res, latencyMs };
    }
    return { replace: null, latencyMs };
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
