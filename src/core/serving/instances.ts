import { z } from 'zod';
import { parseCsvRecords, typeCell } from '../data/csv';
import { MAX_INSTANCES } from './limits';
import type { Preprocessing } from './model-artifact';
import type { FieldError } from './problem';
import { toPointer } from './problem';
import { describeJsonError } from './json-syntax';
import { issuesToErrors, ownWords } from './zod-errors';

/** Parsed instances (raw, in feature order), or why the body cannot be used and with which status. */
export type InstancesResult =
  | { ok: true; rows: number[][] }
  | { ok: false; status: 400 | 413 | 422; detail: string; errors?: FieldError[]; errorsTotal?: number };

/**
 * A refusal's field errors on one line, by row ("row 1/bill_length_mm: …; row 2/…"), saying how many more there were
 * when only the first ones are kept; the detail when there are none. For the contracts whose errors are one message.
 */
export function fieldErrorsMessage(result: { detail: string; errors?: readonly FieldError[]; errorsTotal?: number }): string {
  const errors = result.errors ?? [];
  if (errors.length === 0) return result.detail;
  const listed = errors.map((e) => `${e.pointer.replace('/instances/', 'row ')}: ${e.message}`).join('; ');
  const more = (result.errorsTotal ?? errors.length) - errors.length;
  return more > 0 ? `${listed}; … and ${more} more errors (first ${errors.length} shown)` : listed;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : String(value);
}

const schemas = new WeakMap<Preprocessing, z.ZodType<Record<string, number>>>();

/** The zod schema of one instance for a model: exactly its features, each a finite number in its valid range. */
function instanceSchema(pre: Preprocessing): z.ZodType<Record<string, number>> {
  const cached = schemas.get(pre);
  if (cached) return cached;
  const shape: Record<string, z.ZodNumber> = {};
  for (const f of pre.features) {
    const unit = f.unit ? ` ${f.unit}` : '';
    shape[f.name] = z
      .number({ error: (iss) => (iss.input === undefined ? 'is required' : `must be a number, got ${describe(iss.input)}`) })
      .min(f.min, { error: (iss) => `must be at least ${f.min}${unit} (got ${String(iss.input)})` })
      .max(f.max, { error: (iss) => `must be at most ${f.max}${unit} (got ${String(iss.input)})` });
  }
  const expected = pre.features.map((f) => f.name).join(', ');
  const schema = z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `is not an input of this model (inputs: ${expected})` : `must be an object with ${expected}, got ${describe(iss.input)}`,
  });
  schemas.set(pre, schema);
  return schema;
}

/** Validates instance objects ({feature: number}) against a model's features and ranges; rows come back in feature order. */
export function validateInstances(objects: readonly unknown[], pre: Preprocessing): InstancesResult {
  const schema = instanceSchema(pre);
  const errors: FieldError[] = [];
  const rows: number[][] = [];
  objects.forEach((obj, i) => {
    const r = schema.safeParse(obj, { error: ownWords });
    if (r.success) rows.push(pre.features.map((f) => r.data[f.name] as number));
    else errors.push(...issuesToErrors(r.error.issues, ['instances', i]));
  });
  if (errors.length > 0) {
    const bad = new Set(errors.map((e) => e.pointer.split('/')[2])).size;
    const shown = errors.slice(0, 50);
    return {
      ok: false,
      status: 422,
      detail: `${bad} of ${objects.length} instance${objects.length === 1 ? '' : 's'} failed validation${errors.length > shown.length ? ` (first ${shown.length} errors shown)` : ''}.`,
      errors: shown,
      errorsTotal: errors.length,
    };
  }
  return { ok: true, rows };
}

const envelope = z.strictObject({ instances: z.array(z.unknown()) });

/** Parses and validates a JSON invocation body `{"instances":[{feature: number, …}]}`. */
export function parseJsonInstances(text: string, pre: Preprocessing): InstancesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, detail: `The body is not valid JSON: ${describeJsonError(text)}.` };
  }
  const env = envelope.safeParse(data);
  if (!env.success) {
    const errors = env.error.issues.flatMap((iss) =>
      iss.code === 'unrecognized_keys'
        ? iss.keys.map((k) => ({ pointer: toPointer([k]), message: 'is not allowed here: the body has only "instances"' }))
        : [{ pointer: toPointer(iss.path.map(String)), message: iss.path.length === 0 ? `must be an object with "instances", got ${describe(data)}` : 'must be an array of instances' }],
    );
    return { ok: false, status: 422, detail: 'The body must be {"instances": [ … ]}.', errors };
  }
  const { instances } = env.data;
  if (instances.length === 0) {
    return { ok: false, status: 422, detail: 'Send at least one instance.', errors: [{ pointer: '/instances', message: 'must not be empty' }] };
  }
  if (instances.length > MAX_INSTANCES) {
    return { ok: false, status: 413, detail: `${instances.length.toLocaleString('en-US')} instances sent; the limit is ${MAX_INSTANCES.toLocaleString('en-US')} per request. Split the batch.` };
  }
  return validateInstances(instances, pre);
}

/** Parses and validates a CSV invocation body: one instance a line, no header, columns in feature order. */
export function parseCsvInstances(text: string, pre: Preprocessing): InstancesResult {
  const { records, problems } = parseCsvRecords(text);
  if (problems.length > 0) {
    const first = problems[0];
    return { ok: false, status: 400, detail: `The body is not valid CSV: line ${first?.line}: ${first?.message}.` };
  }
  if (records.length === 0) return { ok: false, status: 400, detail: 'The CSV body has no lines.' };
  if (records.length > MAX_INSTANCES) {
    return { ok: false, status: 413, detail: `${records.length.toLocaleString('en-US')} lines sent; the limit is ${MAX_INSTANCES.toLocaleString('en-US')} instances per request. Split the batch.` };
  }
  const names = pre.features.map((f) => f.name);
  const firstFields = records[0]?.fields.map((f) => f.trim()) ?? [];
  if (firstFields.some((f) => names.includes(f))) {
    return {
      ok: false,
      status: 422,
      detail: `The first line looks like a header. CSV bodies have no header line: send data lines only, columns in this order: ${names.join(', ')}.`,
      errors: [{ pointer: '/instances/0', message: 'is a header line, not data' }],
    };
  }
  const errors: FieldError[] = [];
  const objects: unknown[] = [];
  records.forEach((rec, i) => {
    if (rec.fields.length !== names.length) {
      errors.push({ pointer: toPointer(['instances', i]), message: `line ${rec.line} has ${rec.fields.length} values, expected ${names.length} (${names.join(', ')})` });
      objects.push(null);
      return;
    }
    const cells = rec.fields.map(typeCell);
    objects.push(Object.fromEntries(names.map((n, j) => [n, cells[j] === null ? undefined : cells[j]])));
  });
  if (errors.length > 0) {
    return { ok: false, status: 422, detail: `${errors.length} line${errors.length === 1 ? ' has' : 's have'} the wrong number of values.`, errors };
  }
  return validateInstances(objects, pre);
}
