/**
 * One HTTP exchange with the mock API, as the monitoring log records it (from MSW's lifecycle events,
 * so requests from the traffic generator, the inspector and DevTools all land here).
 */
export interface RequestLogEntry {
  /** Sequence number in the log (1, 2, …), unique per page visit. */
  seq: number;
  /** The endpoint's `X-Request-Id` response header, or null (network error, no header). */
  requestId: string | null;
  /** When the request started, ms since the Unix epoch (Date.now()). */
  startedAt: number;
  /** Time from request start to the response (or the network error), ms. */
  durationMs: number;
  method: string;
  /** URL path without origin and query, e.g. "/api/endpoints/penguins/invocations". */
  path: string;
  kind: RequestKind;
  /** Endpoint name for invocations and feedback (".../endpoints/{name}/..."), else null. */
  endpoint: string | null;
  /** HTTP status; 0 when the request failed at the network level (e.g. an injected network error). */
  status: number;
  /** The `X-Model-Version` response header (which version answered), or null. */
  modelVersion: string | null;
  /** Who sent it: the `X-Client` request header (e.g. "traffic-generator", "inspector"), or null (DevTools, others). */
  client: string | null;
  /**
   * Invocations: the instances exactly as sent, parsed from the JSON or CSV body (values may be malformed:
   * strings, missing keys); null when the body could not be parsed at all.
   */
  instances: Record<string, unknown>[] | null;
  /** Invocations answered 200: the predicted class per instance, in order; else null. */
  predictions: string[] | null;
  /** Feedback calls: per labelled invocation (one, or several in a batch), its request id and the true class per instance; else null. */
  feedback: FeedbackItem[] | null;
  /** Other requests with a body (e.g. the PUT of an endpoint config): the first 4 KiB of the body text; else null. */
  requestBody: string | null;
  /** The request's `Content-Type` header (e.g. "text/csv"), or null when none; optional for recorders that omit it. */
  contentType?: string | null;
  /**
   * True when this request paid for loading the model: its `Server-Timing` header has a `model-load` entry (the first
   * request a version answers after the page, or the server, started). Optional: recorders that cannot tell omit it.
   */
  coldStart?: boolean;
}

/** Whether a `Server-Timing` header value reports a model load (`model-load;dur=…`), the mark of a cold start. */
export function hasModelLoad(serverTiming: string | null): boolean {
  return (serverTiming ?? '').split(',').some((metric) => metric.trim().split(';')[0]?.trim() === 'model-load');
}

/** The ground truth for one earlier invocation: its X-Request-Id and the true class of each of its instances. */
export interface FeedbackItem {
  requestId: string;
  labels: string[];
}

/** What a request was for: a prediction, ground-truth feedback, or anything else (management, data, ping). */
export type RequestKind = 'invocation' | 'feedback' | 'other';

/** A read-only view of the bounded log plus change notification (implemented in src/mocks). */
export interface RequestLogView {
  /** The entries still held, oldest first (at most `capacity`). */
  entries(): readonly RequestLogEntry[];
  /** How many entries were ever recorded (keeps counting after old ones are dropped). */
  total(): number;
  readonly capacity: number;
  /** Why the stored log of earlier visits could not be restored (shown by the pages), or null/absent. */
  readonly notice?: string | null;
  /** Calls `listener` after each new entry (or clear); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Drops every entry (the count of all recorded entries is kept). */
  clear(): void;
}
