import type { Random } from '../rng';
import { MAX_FEEDBACK_ITEMS } from '../serving/limits';
import type { BirdPopulation } from './bird-population';
import { fitBirdPopulation } from './bird-population';
import type { FeedbackItem } from './log-entry';
import type { SourceRow, TrafficRequest, TrafficScenario } from './traffic';
import { TRAFFIC_LIMITS, makeTrafficRequest } from './traffic';

/** The scheduler's beat (ms): one timer drives every request and every feedback call of a run. */
export const TICK_MS = 50;
/** Most invocations waiting for an answer at once; beyond it a due request is dropped, not queued. */
export const MAX_IN_FLIGHT = 16;
/** Ground truth comes back this long after the prediction (ms), as labels trickle in from the field. */
export const FEEDBACK_DELAY_MS = { min: 2000, max: 5000 } as const;
/**
 * Share of answered predictions whose true species comes back as feedback. In the field labels arrive for
 * some requests only; and every call is work for the page's main thread, where MSW answers them all.
 */
export const FEEDBACK_SHARE = 0.4;
/**
 * Labels that came back are sent at most this often (ms), all in one batched call, as labels usually arrive in
 * bulk. Fewer calls is also less work for the page's main thread, which answers every one of them.
 */
export const FEEDBACK_BATCH_MS = 1000;

/** What the generator did during the current or last run. */
export interface TrafficCounts {
  /** Invocations sent. */
  sent: number;
  /** Invocations answered with a 2xx status. */
  answered: number;
  /** Invocations answered with an error status, or with no answer at all (network error, status 0). */
  failed: number;
  /** Invocations not sent because MAX_IN_FLIGHT were still waiting (the endpoint is slower than the rate). */
  dropped: number;
  /** Invocations whose true labels were sent back as feedback (in batched calls). */
  feedback: number;
}

export const ZERO_COUNTS: TrafficCounts = { sent: 0, answered: 0, failed: 0, dropped: 0, feedback: 0 };

/** What the learner can change while traffic runs. */
export interface TrafficSettings {
  scenario: TrafficScenario;
  /** Requests per second (clamped to TRAFFIC_LIMITS). */
  rate: number;
}

/** How requests leave: an invocation resolves to its status (0: no answer) and X-Request-Id; a feedback batch is fire-and-forget. */
export interface TrafficTransport {
  invoke(request: TrafficRequest): Promise<{ status: number; requestId: string | null }>;
  feedback(items: readonly FeedbackItem[]): void;
}

/** A rate the generator accepts: a whole number of requests per second within TRAFFIC_LIMITS. */
export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return TRAFFIC_LIMITS.minRate;
  return Math.min(TRAFFIC_LIMITS.maxRate, Math.max(TRAFFIC_LIMITS.minRate, Math.round(rate)));
}

/**
 * One run of the traffic generator as a pure schedule: `tick(now)` (ms, any monotonic clock) sends what is due
 * at `rate` per second, and for FEEDBACK_SHARE of the answered predictions the true labels 2–5 s later, batched
 * at most once per FEEDBACK_BATCH_MS (so a label may wait up to one more second). It owns
 * no timer: whoever calls `tick` every TICK_MS owns it. `tick` returns why the run must stop (a cap), else null.
 */
export class TrafficSchedule {
  private credit: number;
  private lastTick: number;
  private inFlight = 0;
  private stopped = false;
  private readonly startedAt: number;
  private readonly counts: TrafficCounts = { ...ZERO_COUNTS };
  private waitingFeedback: { dueAt: number; requestId: string; labels: string[] }[] = [];
  private lastBatch: number;
  private readonly population: BirdPopulation;

  /** `rows`: real penguins the birds' species distributions are fitted on (see makeTrafficRequest for why not replayed). */
  constructor(
    rows: readonly SourceRow[],
    private settings: TrafficSettings,
    private readonly transport: TrafficTransport,
    private readonly random: Random,
    now: number,
  ) {
    if (rows.length === 0) throw new RangeError('TrafficSchedule needs at least one source row');
    this.population = fitBirdPopulation(rows);
    this.startedAt = now;
    this.lastTick = now;
    this.lastBatch = now;
    // The first request leaves on the first tick, so "start" visibly does something at once.
    this.credit = 1 - (TICK_MS / 1000) * clampRate(settings.rate);
  }

  /** Changes scenario or rate live; the run goes on. */
  update(settings: TrafficSettings): void {
    this.settings = settings;
  }

  /** Skips the time since the last tick (a pause): no burst of requests is owed for it. */
  resume(now: number): void {
    this.lastTick = now;
  }

  /** A copy of the counters. */
  snapshot(): TrafficCounts {
    return { ...this.counts };
  }

  /** Ends the run: the feedback still waiting is forgotten and late answers schedule none. */
  stop(): void {
    this.stopped = true;
    this.waitingFeedback = [];
  }

  /** Sends what is due at `now`; returns the reason to stop when a cap is reached (the run is then stopped). */
  tick(now: number): string | null {
    if (this.stopped) return null;
    if (this.counts.sent >= TRAFFIC_LIMITS.maxRequests) return this.end(`Stopped after ${TRAFFIC_LIMITS.maxRequests.toLocaleString('en')} requests (the limit of one run).`);
    if (now - this.startedAt >= TRAFFIC_LIMITS.maxMinutes * 60_000) return this.end(`Stopped after ${TRAFFIC_LIMITS.maxMinutes} minutes (the limit of one run).`);
    const rate = clampRate(this.settings.rate);
    // Credit accrues at `rate` per second; a late tick sends what is due, but never more than one second's worth.
    this.credit = Math.min(this.credit + ((now - this.lastTick) / 1000) * rate, rate);
    this.lastTick = now;
    while (this.credit >= 1 && this.counts.sent < TRAFFIC_LIMITS.maxRequests) {
      this.credit -= 1;
      if (this.inFlight >= MAX_IN_FLIGHT) this.counts.dropped += 1;
      else this.invoke(now);
    }
    if (now - this.lastBatch >= FEEDBACK_BATCH_MS && this.waitingFeedback.some((f) => f.dueAt <= now)) {
      this.lastBatch = now;
      const due = this.waitingFeedback.filter((f) => f.dueAt <= now).slice(0, MAX_FEEDBACK_ITEMS);
      const sent = new Set(due);
      this.waitingFeedback = this.waitingFeedback.filter((f) => !sent.has(f));
      this.counts.feedback += due.length;
      this.transport.feedback(due.map(({ requestId, labels }) => ({ requestId, labels })));
    }
    return null;
  }

  private end(reason: string): string {
    this.stop();
    return reason;
  }

  private invoke(sentAt: number): void {
    const request = makeTrafficRequest(this.population, this.settings.scenario, this.random);
    this.counts.sent += 1;
    this.inFlight += 1;
    const answered = ({ status, requestId }: { status: number; requestId: string | null }) => {
      this.inFlight -= 1;
      if (status >= 200 && status < 300) this.counts.answered += 1;
      else this.counts.failed += 1;
      if (status === 200 && requestId && request.labels && !this.stopped && this.random() < FEEDBACK_SHARE) {
        // Due relative to when the prediction was asked for; the answer usually comes within a tick or two.
        const delay = FEEDBACK_DELAY_MS.min + this.random() * (FEEDBACK_DELAY_MS.max - FEEDBACK_DELAY_MS.min);
        this.waitingFeedback.push({ dueAt: sentAt + delay, requestId, labels: request.labels });
      }
    };
    this.transport.invoke(request).then(answered, () => answered({ status: 0, requestId: null }));
  }
}
