import type { ServingContext } from '../context';
import { acceptPost, readTextBody } from '../http-helpers';
import { unreadableContentType } from '../negotiate';
import { fieldErrorsMessage, validateInstances } from '../instances';
import { MAX_BODY_BYTES, MAX_INSTANCES } from '../limits';
import type { ModelVersion } from '../model-artifact';
import type { PredictorCache } from '../predict';
import { chooseVersion, predictRows } from '../predict';

// KServe / Open Inference Protocol V2 (REST): the same model behind another contract.
// Errors are {"error": "..."} as that protocol specifies, not problem+json.

const NO_TRAFFIC = 'no model version is serving traffic; a retry only helps once a version is deployed';

/** Name under which the penguins endpoint is exposed in the V2 protocol. */
export const V2_MODEL = 'penguins';

/** A V2-style error body with its status. */
export function v2Error(status: number, error: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

const v2Json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body, null, 2), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });

/** GET /api/v2/health/live: the server process is up. */
export function v2Live(): Response {
  return v2Json({ live: true });
}

/** GET /api/v2/health/ready: ready when the penguins endpoint has a version with traffic. */
export function v2Ready(ctx: ServingContext): Response {
  const ready = chooseVersion(ctx, V2_MODEL).ok;
  return ready ? v2Json({ ready: true }) : v2Error(503, NO_TRAFFIC, { 'Retry-After': '5' });
}

function metadata(version: ModelVersion) {
  const pre = version.preprocessing;
  return {
    name: V2_MODEL,
    versions: [version.version],
    platform: 'tensorflowjs',
    inputs: [{ name: 'input-0', datatype: 'FP32', shape: [-1, pre.features.length] }],
    outputs: [{ name: 'probabilities', datatype: 'FP32', shape: [-1, pre.classes.length] }],
    parameters: { feature_order: pre.features.map((f) => f.name), classes: pre.classes },
  };
}

/** GET /api/v2/models/{name}: the model's metadata (input and output tensors). */
export function v2Metadata(ctx: ServingContext, name: string): Response {
  if (name !== V2_MODEL) return v2Error(404, `model "${name}" not found`);
  const choice = chooseVersion(ctx, name);
  if (!choice.ok) return v2Error(503, NO_TRAFFIC, { 'Retry-After': '5' });
  return v2Json(metadata(choice.version));
}

function flatten(data: unknown): unknown[] {
  return Array.isArray(data) ? data.flatMap((d) => (Array.isArray(d) ? flatten(d) : [d])) : [data];
}

/** POST /api/v2/models/{name}/infer: one FP32 input of shape [n, features] → probabilities of shape [n, classes]. */
export async function v2Infer(req: Request, ctx: ServingContext, cache: PredictorCache, name: string): Promise<Response> {
  if (name !== V2_MODEL) return v2Error(404, `model "${name}" not found`);
  const choice = chooseVersion(ctx, name);
  if (!choice.ok) return v2Error(503, NO_TRAFFIC, { 'Retry-After': '5' });
  const unreadable = unreadableContentType(req.headers.get('Content-Type'), ['application/json']);
  if (unreadable) return v2Error(415, unreadable, { 'Accept-Post': acceptPost(['application/json']) });
  const { version } = choice;
  const pre = version.preprocessing;
  const k = pre.features.length;
  const t0 = ctx.now();
  const body = await readTextBody(req, MAX_BODY_BYTES);
  if (!body.ok) return v2Error(body.response.status, body.response.status === 413 ? `request body larger than ${MAX_BODY_BYTES} bytes` : 'request body is not valid UTF-8');
  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch {
    return v2Error(400, 'request body is not valid JSON');
  }
  const inputs = (data as { inputs?: unknown } | null)?.inputs;
  if (typeof data !== 'object' || data === null || !Array.isArray(inputs) || inputs.length !== 1) return v2Error(400, 'expected {"inputs": [ exactly one input tensor ]}');
  const sentId = (data as { id?: unknown }).id;
  if (sentId !== undefined && typeof sentId !== 'string') return v2Error(400, 'id must be a string');
  const requestId = sentId;
  const input = inputs[0] as { name?: unknown; shape?: unknown; datatype?: unknown; data?: unknown };
  if (typeof input !== 'object' || input === null) return v2Error(400, 'the input must be an object with name, shape, datatype and data');
  if (input.datatype !== 'FP32') return v2Error(400, `datatype must be "FP32", got ${JSON.stringify(input.datatype ?? null)}`);
  const shape = input.shape;
  if (!Array.isArray(shape) || shape.length !== 2 || !Number.isInteger(shape[0]) || shape[1] !== k || (shape[0] as number) < 1) {
    return v2Error(400, `shape must be [n, ${k}] with n ≥ 1 (features: ${pre.features.map((f) => f.name).join(', ')})`);
  }
  const n = shape[0] as number;
  if (n > MAX_INSTANCES) return v2Error(413, `at most ${MAX_INSTANCES} rows per request`);
  const flat = flatten(input.data);
  if (flat.length !== n * k) return v2Error(400, `data has ${flat.length} values; shape [${n}, ${k}] needs ${n * k}`);
  const objects = Array.from({ length: n }, (_, i) => Object.fromEntries(pre.features.map((f, j) => [f.name, flat[i * k + j]])));
  const checked = validateInstances(objects, pre);
  if (!checked.ok) return v2Error(400, fieldErrorsMessage(checked));
  const run = await predictRows(ctx, cache, version, checked.rows, ctx.now() - t0);
  return v2Json(
    {
      model_name: V2_MODEL,
      model_version: version.version,
      // The protocol returns the request's own "id" when it sent one (Open Inference Protocol V2, inference response).
      ...(requestId === undefined ? {} : { id: requestId }),
      outputs: [{ name: 'probabilities', shape: [n, pre.classes.length], datatype: 'FP32', data: run.probabilities.flat() }],
    },
    { 'X-Model-Version': version.version, 'Server-Timing': run.serverTiming },
  );
}
