import { z } from 'zod';
import type { ServingContext } from '../context';
import { jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable } from '../http-helpers';
import { MAX_BODY_BYTES, MAX_FEEDBACK_ITEMS, MAX_INSTANCES } from '../limits';
import { PROBLEM_TYPES, problemResponse, toPointer } from '../problem';
import { issuesToErrors, ownWords } from '../zod-errors';
import { noTrafficProblem } from './invocations';

/** The shape of an X-Request-Id this API hands out or accepts (as the router checks it). */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const itemSchema = z.strictObject({
  request_id: z.string().min(1, 'must not be empty').regex(REQUEST_ID, 'must be the X-Request-Id of an earlier invocation (1–64 letters, digits, ".", "_" or "-")'),
  labels: z.array(z.string().min(1, 'must not be empty')).min(1, 'must hold one true class per instance of that invocation'),
});

/** A batch: `{"feedback": [{"request_id", "labels"}, …]}`. */
const batchSchema = z.strictObject({ feedback: z.array(itemSchema).min(1, 'must hold at least one {"request_id", "labels"}') });

/** An object with a "feedback" key is read as a batch, anything else as one invocation's labels (so errors point at the right fields). */
const isBatch = (data: unknown): boolean => typeof data === 'object' && data !== null && !Array.isArray(data) && 'feedback' in data;

const SHAPES = 'Send {"request_id": "<X-Request-Id of the invocation>", "labels": [one true class per instance]}, or a batch: {"feedback": [ {…}, {…} ]}.';

/**
 * POST /api/endpoints/{name}/feedback: ground truth for earlier invocations → 202 `{"accepted": labels}`. The body
 * labels one invocation (`{"request_id", "labels"}`) or a batch (`{"feedback": [...]}`), as labels often come back in bulk.
 * The endpoint validates and stores nothing: the monitoring system (the request log) captures the call and
 * joins labels to predictions by request id, as a real setup does it outside the model server.
 */
export async function feedback(req: Request, ctx: ServingContext, name: string): Promise<Response> {
  const ep = ctx.registry.getEndpoint(name);
  if (!ep) return notFound(`There is no endpoint "${name}". GET /api/endpoints lists them.`);
  const classes = new Set<string>();
  for (const v of ep.variants) {
    if (v.weight > 0) for (const c of ctx.registry.getVersion(v.version)?.preprocessing.classes ?? []) classes.add(c);
  }
  if (classes.size === 0) return noTrafficProblem(name);
  const refused = refuseMediaType(req, ['application/json']) ?? refuseUnacceptable(req, 'application/json');
  if (refused) return refused;

  const body = await readTextBody(req, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch {
    return problemResponse({ status: 400, type: PROBLEM_TYPES.badRequest, detail: `The body is not valid JSON. ${SHAPES}` });
  }
  const batch = isBatch(data);
  const parsed = batch ? batchSchema.safeParse(data, { error: ownWords }) : itemSchema.safeParse(data, { error: ownWords });
  if (!parsed.success) {
    return problemResponse({
      status: 422,
      type: PROBLEM_TYPES.validation,
      detail: `The feedback is not valid. ${SHAPES}`,
      errors: issuesToErrors(parsed.error.issues),
    });
  }
  const items = 'feedback' in parsed.data ? parsed.data.feedback : [parsed.data];
  if (items.length > MAX_FEEDBACK_ITEMS) {
    return problemResponse({
      status: 413,
      type: PROBLEM_TYPES.tooLarge,
      detail: `${items.length.toLocaleString('en-US')} invocations in one batch; at most ${MAX_FEEDBACK_ITEMS.toLocaleString('en-US')}. Split it into several calls.`,
    });
  }
  const oversized = items.find((item) => item.labels.length > MAX_INSTANCES);
  if (oversized) {
    return problemResponse({
      status: 413,
      type: PROBLEM_TYPES.tooLarge,
      detail: `${oversized.labels.length.toLocaleString('en-US')} labels for one invocation; an invocation holds at most ${MAX_INSTANCES.toLocaleString('en-US')} instances, so feedback does too.`,
    });
  }
  const known = [...classes];
  const errors = items.flatMap((item, k) =>
    item.labels.flatMap((label, i) =>
      classes.has(label) ? [] : [{ pointer: toPointer(batch ? ['feedback', k, 'labels', i] : ['labels', i]), message: `"${label}" is not a class of this endpoint (${known.join(', ')})` }],
    ),
  );
  if (errors.length > 0) {
    return problemResponse({
      status: 422,
      type: PROBLEM_TYPES.validation,
      detail: `${errors.length} label${errors.length === 1 ? ' is' : 's are'} not among the classes the endpoint predicts: ${known.join(', ')}.`,
      errors: errors.slice(0, 100),
    });
  }
  return jsonResponse({ accepted: items.reduce((n, item) => n + item.labels.length, 0) }, 202);
}
