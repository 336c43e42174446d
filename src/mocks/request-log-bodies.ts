import { parseCsvRecords, typeCell } from '../core/data/csv';
import { FEATURES } from '../core/data/penguins';
import { mediaTypeOf } from '../core/serving/negotiate';
import type { FeedbackItem } from '../core/monitoring/log-entry';

/** How much of a non-invocation body the log keeps (bytes of text, roughly: characters). */
export const LOGGED_BODY_CHARS = 4096;

/** Rows above this are not parsed for the log (the endpoint refuses them anyway: 413). */
const MAX_LOGGED_INSTANCES = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonInstances(text: string): Record<string, unknown>[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || !Array.isArray(data.instances)) return null;
  const list: unknown[] = data.instances;
  if (list.length > MAX_LOGGED_INSTANCES || !list.every(isRecord)) return null;
  return list as Record<string, unknown>[];
}

/**
 * CSV lines in the schema's order (the endpoint's contract: no header line). Empty cells become missing keys
 * and extra cells `column_5`, `column_6`…, so the data-quality checks see what the client really sent.
 */
function csvInstances(text: string, columns: readonly string[]): Record<string, unknown>[] | null {
  const { records, problems } = parseCsvRecords(text);
  if (problems.length > 0 || records.length === 0 || records.length > MAX_LOGGED_INSTANCES) return null;
  return records.map((rec) => {
    const out: Record<string, unknown> = {};
    rec.fields.forEach((raw, i) => {
      const cell = typeCell(raw);
      if (cell !== null) out[columns[i] ?? `column_${i + 1}`] = cell;
    });
    return out;
  });
}

/** The instances of an invocation body, parsed as JSON or CSV after its Content-Type; null when unparseable. */
export function parseInvocationBody(text: string, contentType: string | null, columns: readonly string[] = FEATURES): Record<string, unknown>[] | null {
  return mediaTypeOf(contentType) === 'text/csv' ? csvInstances(text, columns) : jsonInstances(text);
}

/** The predicted class per instance of a 200 invocation response (`{"predictions":[{"species":…}]}`), or null. */
export function parsePredictions(text: string): string[] | null {
  try {
    const data: unknown = JSON.parse(text);
    if (!isRecord(data) || !Array.isArray(data.predictions)) return null;
    const out = data.predictions.map((p: unknown) => (isRecord(p) && typeof p.species === 'string' ? p.species : null));
    return out.every((s): s is string => s !== null) ? out : null;
  } catch {
    return null;
  }
}

/** One `{"request_id"|"requestId": "…", "labels": […]}` object as a FeedbackItem, or null when it is not one. */
function feedbackItem(data: unknown): FeedbackItem | null {
  if (!isRecord(data)) return null;
  const requestId = data.request_id ?? data.requestId;
  const labels = data.labels;
  if (typeof requestId !== 'string' || !Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) return null;
  return { requestId, labels: labels as string[] };
}

/** A feedback body, one invocation's `{"request_id", "labels"}` or a batch `{"feedback": [...]}`, as items; null when it is neither. */
export function parseFeedbackBody(text: string): FeedbackItem[] | null {
  try {
    const data: unknown = JSON.parse(text);
    if (isRecord(data) && Array.isArray(data.feedback)) {
      const items = data.feedback.map(feedbackItem);
      return items.every((i): i is FeedbackItem => i !== null) && items.length > 0 ? items : null;
    }
    const one = feedbackItem(data);
    return one === null ? null : [one];
  } catch {
    return null;
  }
}
