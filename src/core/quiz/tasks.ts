import type { RequestLogEntry } from '../monitoring/log-entry';
import type { TaskId } from './question';

/** A registered model version as GET /api/models describes it, reduced to what the tasks check. */
export interface RegisteredVersion {
  version: string;
  /** The card's `metrics.test_accuracy`, 0–1; null when the version was never evaluated on the test set. */
  testAccuracy: number | null;
}

/** What the task checks look at: the request log of this visit and the registry as the API reports it now. */
export interface TaskFacts {
  /** Log entries, oldest first (seq ascending). */
  entries: readonly RequestLogEntry[];
  /** Registered versions (GET /api/models), or null when the registry could not be read. */
  models: readonly RegisteredVersion[] | null;
  /** The traffic split of endpoint "penguins" (GET /api/endpoints/penguins), or null when unknown. */
  variants: readonly { version: string; weight: number }[] | null;
}

/** The outcome of a check: done or not, and the evidence in words (empty when not done). */
export interface TaskCheck {
  done: boolean;
  evidence: string;
}

const ENDPOINT_PATH = '/api/endpoints/penguins';
/** The test accuracy a deployed model must reach for the "deploy an accurate model" task. */
export const ACCURACY_GOAL = 0.95;

const NOT_DONE: TaskCheck = { done: false, evidence: '' };
const done = (evidence: string): TaskCheck => ({ done: true, evidence });
const pad = (n: number) => String(n).padStart(2, '0');

/** A log time as HH:MM:SS in the learner's time zone (startedAt is ms since the epoch). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return Number.isFinite(d.getTime()) ? `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` : '??:??:??';
}

/** One exchange as evidence, e.g. "POST /api/endpoints/penguins/invocations → 415 at 14:02:11". */
export function describeEntry(e: RequestLogEntry): string {
  return `${e.method} ${e.path} → ${e.status === 0 ? 'network error' : e.status} at ${clockTime(e.startedAt)}`;
}

const isInvocation = (e: RequestLogEntry) => e.kind === 'invocation';

/** CSV if the Content-Type says so; recorders without the header fall back to a body that is not JSON. */
function sentAsCsv(e: RequestLogEntry): boolean {
  if (typeof e.contentType === 'string') return e.contentType.trim().toLowerCase().startsWith('text/csv');
  const body = e.requestBody?.trim() ?? '';
  return body !== '' && !body.startsWith('{') && !body.startsWith('[');
}

function status415(entries: readonly RequestLogEntry[]): TaskCheck {
  const hit = entries.find((e) => isInvocation(e) && e.status === 415);
  return hit ? done(describeEntry(hit)) : NOT_DONE;
}

function csvPrediction(entries: readonly RequestLogEntry[]): TaskCheck {
  const hit = entries.find((e) => isInvocation(e) && e.status === 200 && sentAsCsv(e));
  if (!hit) return NOT_DONE;
  const n = hit.predictions?.length ?? hit.instances?.length ?? 0;
  const what = n > 0 ? ` (${n} ${n === 1 ? 'penguin' : 'penguins'}${hit.predictions?.[0] ? `, first predicted ${hit.predictions[0]}` : ''})` : '';
  return done(`${describeEntry(hit)}, body sent as text/csv${what}`);
}

function fix422(entries: readonly RequestLogEntry[]): TaskCheck {
  const failed = entries.find((e) => isInvocation(e) && e.status === 422);
  if (!failed) return NOT_DONE;
  const fixed = entries.find((e) => isInvocation(e) && e.status === 200 && e.seq > failed.seq);
  return fixed ? done(`${describeEntry(failed)}, then ${describeEntry(fixed)}`) : NOT_DONE;
}

function deployAccurate(facts: TaskFacts): TaskCheck {
  if (!facts.models || !facts.variants) return NOT_DONE;
  for (const v of facts.variants) {
    if (v.version === 'v1' || !(v.weight > 0)) continue;
    const model = facts.models.find((m) => m.version === v.version);
    if (model && model.testAccuracy !== null && model.testAccuracy >= ACCURACY_GOAL) {
      const accuracy = Math.round(model.testAccuracy * 1000) / 10;
      return done(`${v.version} (test accuracy ${accuracy} %) serves ${v.weight} % of the traffic of endpoint "penguins"`);
    }
  }
  return NOT_DONE;
}

/** The versions given traffic (weight > 0) by a PUT body `{"variants":[{version, weight}]}`, or null if it is not one. */
export function servedVersions(body: string | null): { version: string; weight: number }[] | null {
  if (body === null) return null;
  try {
    const data: unknown = JSON.parse(body);
    if (typeof data !== 'object' || data === null || !Array.isArray((data as { variants?: unknown }).variants)) return null;
    const variants: unknown[] = (data as { variants: unknown[] }).variants;
    const out: { version: string; weight: number }[] = [];
    for (const v of variants) {
      if (typeof v !== 'object' || v === null) return null;
      const { version, weight } = v as { version?: unknown; weight?: unknown };
      if (typeof version !== 'string' || typeof weight !== 'number') return null;
      if (weight > 0) out.push({ version, weight });
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * A canary (a successful PUT giving traffic to two or more versions) followed by a successful PUT that sends all
 * traffic back to the version that served before it: the last single version PUT in the log, or else the canary's
 * heaviest variant (a tie without history is not counted: it cannot tell the old version from the new one).
 */
function canaryRollback(entries: readonly RequestLogEntry[]): TaskCheck {
  let serving: string | null = null;
  let canary: { entry: RequestLogEntry; versions: string[]; incumbent: string | null; split: string } | null = null;
  for (const e of entries) {
    if (e.method !== 'PUT' || e.path !== ENDPOINT_PATH || (e.status !== 200 && e.status !== 201)) continue;
    const served = servedVersions(e.requestBody);
    if (!served || served.length === 0) continue;
    if (served.length >= 2) {
      const versions = served.map((s) => s.version);
      const sorted = [...served].sort((a, b) => b.weight - a.weight);
      const heaviest = sorted[0]?.weight === sorted[1]?.weight ? null : (sorted[0]?.version ?? null);
      const incumbent: string | null = serving !== null && versions.includes(serving) ? serving : heaviest;
      canary = { entry: e, versions, incumbent, split: served.map((s) => `${s.version} ${s.weight} %`).join(' / ') };
      continue;
    }
    const only = (served[0] as { version: string }).version;
    if (canary && only === canary.incumbent) {
      return done(`PUT ${ENDPOINT_PATH} split traffic ${canary.split} at ${clockTime(canary.entry.startedAt)}, then PUT sent all traffic back to ${only} at ${clockTime(e.startedAt)}`);
    }
    serving = only;
    canary = null;
  }
  return NOT_DONE;
}

/** Checks one task against the facts; pure, never throws. Unknown task ids are never done. */
export function checkTask(taskId: TaskId, facts: TaskFacts): TaskCheck {
  switch (taskId) {
    case 'status-415':
      return status415(facts.entries);
    case 'csv-prediction':
      return csvPrediction(facts.entries);
    case 'fix-422':
      return fix422(facts.entries);
    case 'deploy-accurate':
      return deployAccurate(facts);
    case 'canary-rollback':
      return canaryRollback(facts.entries);
    default:
      return NOT_DONE;
  }
}

/** Reads the versions and their test accuracy from a GET /api/models body (`{"models":[{version, card}]}`); null if unreadable. */
export function versionsFromModelsBody(body: string): RegisteredVersion[] | null {
  try {
    const data = JSON.parse(body) as { models?: unknown };
    if (!Array.isArray(data.models)) return null;
    return data.models.flatMap((m: unknown) => {
      const { version, card } = (m ?? {}) as { version?: unknown; card?: { metrics?: { test_accuracy?: unknown } } };
      if (typeof version !== 'string') return [];
      const acc = card?.metrics?.test_accuracy;
      return [{ version, testAccuracy: typeof acc === 'number' && Number.isFinite(acc) ? acc : null }];
    });
  } catch {
    return null;
  }
}

/** Reads the traffic split from a GET /api/endpoints/{name} body (`{"variants":[{version, weight}]}`); null if unreadable. */
export function variantsFromEndpointBody(body: string): { version: string; weight: number }[] | null {
  try {
    const data = JSON.parse(body) as { variants?: unknown };
    if (!Array.isArray(data.variants)) return null;
    return data.variants.flatMap((v: unknown) => {
      const { version, weight } = (v ?? {}) as { version?: unknown; weight?: unknown };
      return typeof version === 'string' && typeof weight === 'number' ? [{ version, weight }] : [];
    });
  } catch {
    return null;
  }
}
