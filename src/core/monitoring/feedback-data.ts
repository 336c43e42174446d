import { SPECIES } from '../data/penguins';
import { applyScaler, fitScaler } from '../data/scaler';
import type { FittedScaler } from '../data/scaler';
import type { RequestLogEntry } from './log-entry';

/** Why feedback instances could not become training rows, counted per reason. */
export interface FeedbackSkips {
  /** Feedback whose request id matches no answered (200) invocation still in the log. */
  missingInvocation: number;
  /** Feedback whose number of labels differs from the number of instances sent (all of its labels are skipped). */
  mismatchedCount: number;
  /** Instances with a feature value that is missing, not a number, or not finite. */
  malformed: number;
  /** Labels that are not one of the known classes. */
  unknownLabel: number;
  /** A second feedback call for a request already labelled (the first one counts). */
  duplicate: number;
}

/** Labelled new data joined from the log: feature rows in raw units (feature order), their labels, and what was left out. */
export interface LabelledFeedback {
  /** n × features, raw units, in the order of `featureNames`. */
  rows: number[][];
  /** n class names, one per row. */
  labels: string[];
  /** Rows per class name (every known class present, 0 when none). */
  perClass: Record<string, number>;
  /** Rows per sending client (the invocation's `X-Client` header; "unknown" when none), e.g. the traffic generator. */
  byClient: Record<string, number>;
  /** Feedback calls that were joined (at least one row). */
  joinedRequests: number;
  skipped: FeedbackSkips;
}

const isAccepted = (status: number) => status >= 200 && status < 300;

/**
 * Joins feedback calls to the invocations they label (by request id) and returns the labelled instances as raw-unit
 * rows in `featureNames` order. Only invocations the endpoint answered with 200 count: the endpoint already checked
 * their types and physical ranges, so a request refused with 422 (e.g. body mass in kg) never becomes training data.
 */
export function labelledFeedback(entries: readonly RequestLogEntry[], featureNames: readonly string[], classes: readonly string[] = SPECIES): LabelledFeedback {
  const invocations = new Map<string, RequestLogEntry>();
  for (const e of entries) {
    if (e.kind === 'invocation' && e.requestId !== null && e.status === 200 && e.instances !== null) invocations.set(e.requestId, e);
  }
  const known = new Set(classes);
  const out: LabelledFeedback = {
    rows: [],
    labels: [],
    perClass: Object.fromEntries(classes.map((c) => [c, 0])),
    byClient: {},
    joinedRequests: 0,
    skipped: { missingInvocation: 0, mismatchedCount: 0, malformed: 0, unknownLabel: 0, duplicate: 0 },
  };
  const used = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'feedback' || e.feedback === null || !isAccepted(e.status)) continue;
    for (const { requestId, labels } of e.feedback) {
      if (used.has(requestId)) {
        out.skipped.duplicate += labels.length;
        continue;
      }
      const invocation = invocations.get(requestId);
      const instances = invocation?.instances;
      if (!invocation || !instances) {
        out.skipped.missingInvocation += labels.length;
        continue;
      }
      used.add(requestId);
      if (instances.length !== labels.length) {
        out.skipped.mismatchedCount += labels.length;
        continue;
      }
      let joined = 0;
      instances.forEach((instance, i) => {
        const label = labels[i] as string;
        const row = featureRow(instance, featureNames);
        if (!row) out.skipped.malformed += 1;
        else if (!known.has(label)) out.skipped.unknownLabel += 1;
        else {
          out.rows.push(row);
          out.labels.push(label);
          out.perClass[label] = (out.perClass[label] ?? 0) + 1;
          const client = invocation.client ?? 'unknown';
          out.byClient[client] = (out.byClient[client] ?? 0) + 1;
          joined += 1;
        }
      });
      if (joined > 0) out.joinedRequests += 1;
    }
  }
  return out;
}

/** The instance's values in feature order, or null when one is missing or not a finite number. */
function featureRow(instance: Record<string, unknown>, featureNames: readonly string[]): number[] | null {
  if (typeof instance !== 'object' || instance === null) return null;
  const row: number[] = [];
  for (const name of featureNames) {
    const v = instance[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    row.push(v);
  }
  return row;
}

/** Training rows for a retrain: the old training rows plus the feedback rows, scaled by a scaler refitted on both. */
export interface RetrainingData {
  /** The scaler fitted on all training rows (old + feedback): it ships with the new model. */
  scaler: FittedScaler;
  train: { x: number[][]; labels: number[] };
  validation: { x: number[][]; labels: number[] };
  counts: { original: number; feedback: number; validation: number };
}

/**
 * Appends feedback rows (raw units, class names) to the raw training rows (class indices into `classes`), refits the
 * scaler on the combined training rows only and scales train and validation with it. The validation rows stay unseen.
 */
export function retrainingData(
  original: { x: readonly (readonly number[])[]; labels: readonly number[] },
  feedback: { rows: readonly (readonly number[])[]; labels: readonly string[] },
  validation: { x: readonly (readonly number[])[]; labels: readonly number[] },
  scalerKind: FittedScaler['kind'],
  classes: readonly string[] = SPECIES,
): RetrainingData {
  const extraLabels = feedback.labels.map((l) => classes.indexOf(l));
  const keep = extraLabels.map((k) => k >= 0);
  const extraRows = feedback.rows.filter((_, i) => keep[i]);
  const combined = [...original.x, ...extraRows].map((r) => [...r]);
  // The new model sees a new population: its scaler must describe the rows it was trained on, and it ships with the model.
  const scaler = fitScaler(scalerKind, combined);
  return {
    scaler,
    train: { x: combined.map((r) => applyScaler(scaler, r)), labels: [...original.labels, ...extraLabels.filter((k) => k >= 0)] },
    validation: { x: validation.x.map((r) => applyScaler(scaler, r)), labels: [...validation.labels] },
    counts: { original: original.x.length, feedback: extraRows.length, validation: validation.x.length },
  };
}
