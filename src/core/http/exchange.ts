/** A header as a name/value pair; order is kept because learners read headers in order. */
export type HeaderPair = readonly [name: string, value: string];

/** An HTTP request as the learner builds it: method, URL (path or absolute), headers and an optional text body. */
export interface RequestSpec {
  method: string;
  url: string;
  headers: HeaderPair[];
  body: string | null;
}

/** An HTTP response as received: status, reason phrase, headers, body text and its size in bytes. */
export interface ResponseRecord {
  status: number;
  statusText: string;
  headers: HeaderPair[];
  body: string;
  bytes: number;
}

/** One try of a robust client: how it ended, how long it took, and how long the client then waited. */
export interface AttemptRecord {
  attempt: number;
  outcome: string;
  durationMs: number;
  waitMs: number | null;
}

/** One request/response round trip, with the client-measured time in milliseconds. */
export interface Exchange {
  id: string;
  request: RequestSpec;
  response: ResponseRecord | null;
  /** Why no response arrived (network error, the browser refused the request), or null. */
  error: string | null;
  startedAt: string;
  durationMs: number;
  /** Set when a robust client sent it: every try, in order. */
  attempts?: AttemptRecord[];
  /** Who answered: the service worker in this tab, or a real server at `origin` (set by the API client). */
  answeredBy?: { kind: 'tab' } | { kind: 'server'; origin: string; servedThisPage: boolean };
}

/** Finds a header value by case-insensitive name, or null. */
export function headerValue(headers: readonly HeaderPair[], name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1] ?? null;
}
