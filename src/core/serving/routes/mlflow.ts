import { parseCsvTable } from '../../data/csv';
import type { ServingContext } from '../context';
import { acceptPost, readTextBody } from '../http-helpers';
import { fieldErrorsMessage, validateInstances } from '../instances';
import { MAX_BODY_BYTES, MAX_INSTANCES } from '../limits';
import { mediaTypeOf, unreadableContentType } from '../negotiate';
import type { PredictorCache } from '../predict';
import { chooseVersion, predictRows } from '../predict';

// MLflow-style scoring server (POST /invocations): the same model behind a third contract.
// Errors follow MLflow's shape: {"error_code": "...", "message": "..."}.

const ENDPOINT = 'penguins';
const MLFLOW_TYPES = ['application/json', 'text/csv'];

/** An MLflow-style error body. */
export function mlflowError(status: number, message: string, headers: Record<string, string> = {}): Response {
  // No 415 here: like the real MLflow server, the route answers an unsupported media type in plain text.
  const code = status === 503 ? 'TEMPORARILY_UNAVAILABLE' : status === 413 ? 'REQUEST_LIMIT_EXCEEDED' : 'BAD_REQUEST';
  return new Response(JSON.stringify({ error_code: code, message }), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** MLflow's "inputs" form: a list of records, or columns ({"name": [values…]}) of equal length. */
function recordsFromInputs(inputs: unknown): { ok: true; records: unknown[] } | { ok: false; message: string } {
  if (Array.isArray(inputs)) return { ok: true, records: inputs };
  if (typeof inputs !== 'object' || inputs === null) return { ok: false, message: 'inputs must be a list of records or an object of columns' };
  const columns = Object.entries(inputs as Record<string, unknown>);
  if (!columns.every(([, v]) => Array.isArray(v))) return { ok: false, message: 'each column of inputs must be a list of values' };
  const n = (columns[0]?.[1] as unknown[] | undefined)?.length ?? 0;
  if (!columns.every(([, v]) => (v as unknown[]).length === n)) return { ok: false, message: 'the columns of inputs must all have the same length' };
  return { ok: true, records: Array.from({ length: n }, (_, i) => Object.fromEntries(columns.map(([k, v]) => [k, (v as unknown[])[i]]))) };
}

/** Turns one of MLflow's JSON input forms into row objects, or says what is wrong. */
function recordsFromJson(data: unknown): { ok: true; records: unknown[] } | { ok: false; message: string } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, message: 'the body must be a JSON object' };
  const forms = ['dataframe_split', 'dataframe_records', 'instances', 'inputs'].filter((k) => k in data);
  if (forms.length !== 1) return { ok: false, message: `send exactly one of dataframe_split, dataframe_records, instances or inputs (got ${forms.length === 0 ? 'none' : forms.join(' and ')})` };
  const d = data as Record<string, unknown>;
  if (forms[0] === 'inputs') return recordsFromInputs(d.inputs);
  if (forms[0] === 'dataframe_split') {
    const split = d.dataframe_split as { columns?: unknown; data?: unknown } | null;
    if (typeof split !== 'object' || split === null || !Array.isArray(split.columns) || !Array.isArray(split.data)) return { ok: false, message: 'dataframe_split needs "columns" and "data" arrays' };
    const columns = split.columns as unknown[];
    const records: unknown[] = [];
    for (const [i, row] of (split.data as unknown[]).entries()) {
      if (!Array.isArray(row) || row.length !== columns.length) return { ok: false, message: `dataframe_split.data[${i}] must have ${columns.length} values, one per column` };
      records.push(Object.fromEntries(columns.map((c, j) => [String(c), row[j]])));
    }
    return { ok: true, records };
  }
  const list = d[forms[0] as string];
  return Array.isArray(list) ? { ok: true, records: list } : { ok: false, message: `${forms[0]} must be an array` };
}

/** POST /api/mlflow/invocations: JSON (dataframe_split, dataframe_records, instances or inputs) or CSV with a header → {"predictions": [...]}. */
export async function mlflowInvoke(req: Request, ctx: ServingContext, cache: PredictorCache): Promise<Response> {
  const unreadable = unreadableContentType(req.headers.get('Content-Type'), MLFLOW_TYPES);
  // Real MLflow scoring servers answer an unsupported media type in plain text, not in their JSON error shape.
  if (unreadable) return new Response(unreadable, { status: 415, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Accept-Post': acceptPost(MLFLOW_TYPES) } });
  const type = mediaTypeOf(req.headers.get('Content-Type'));
  const choice = chooseVersion(ctx, ENDPOINT);
  if (!choice.ok) return mlflowError(503, 'no model version is serving traffic; a retry only helps once a version is deployed', { 'Retry-After': '5' });
  const { version } = choice;
  const t0 = ctx.now();
  const body = await readTextBody(req, MAX_BODY_BYTES);
  if (!body.ok) return mlflowError(body.response.status === 413 ? 413 : 400, body.response.status === 413 ? `body larger than ${MAX_BODY_BYTES} bytes` : 'body is not valid UTF-8');
  let records: unknown[];
  if (type === 'text/csv') {
    // MLflow reads CSV with pandas: a header line names the columns.
    const table = parseCsvTable(body.text);
    if (table.problems.length > 0) return mlflowError(400, `CSV line ${table.problems[0]?.line}: ${table.problems[0]?.message}`);
    records = table.rows.map((row) => Object.fromEntries(table.header.map((h, j) => [h, row[j] ?? undefined])));
  } else {
    let data: unknown;
    try {
      data = JSON.parse(body.text);
    } catch {
      return mlflowError(400, 'body is not valid JSON');
    }
    const r = recordsFromJson(data);
    if (!r.ok) return mlflowError(400, r.message);
    records = r.records;
  }
  if (records.length === 0) return mlflowError(400, 'no rows to score');
  if (records.length > MAX_INSTANCES) return mlflowError(413, `at most ${MAX_INSTANCES} rows per request`);
  const checked = validateInstances(records, version.preprocessing);
  if (!checked.ok) return mlflowError(400, fieldErrorsMessage(checked));
  const run = await predictRows(ctx, cache, version, checked.rows, ctx.now() - t0);
  return new Response(JSON.stringify({ predictions: run.predictions }, null, 2), {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'X-Model-Version': version.version, 'Server-Timing': run.serverTiming },
  });
}
