import type { ServingContext } from '../context';
import { jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable } from '../http-helpers';
import { parseCsvInstances, parseJsonInstances } from '../instances';
import { MAX_BODY_BYTES } from '../limits';
import { mediaTypeOf } from '../negotiate';
import type { PredictorCache } from '../predict';
import { chooseVersion, predictRows } from '../predict';
import { PROBLEM_TYPES, problemResponse } from '../problem';
import { INVOCATION_CONTENT_TYPES } from './endpoints';

/** The 503 for an endpoint that exists but has no version with traffic. */
export function noTrafficProblem(name: string): Response {
  return problemResponse({
    status: 503,
    type: PROBLEM_TYPES.unavailable,
    // 503, not 404: the endpoint exists. Retry-After says when to look again, but a retry only helps once someone deploys.
    detail: `Endpoint "${name}" exists but no model version serves traffic. A retry only helps once a version is deployed: give one a weight with PUT /api/endpoints/${name}, then retry.`,
    headers: { 'Retry-After': '5' },
  });
}

/** POST /api/endpoints/{name}/invocations: validate, standardize with the version's shipped scaler, predict. */
export async function invoke(req: Request, ctx: ServingContext, cache: PredictorCache, name: string): Promise<Response> {
  const choice = chooseVersion(ctx, name);
  if (!choice.ok) return choice.reason === 'unknown-endpoint' ? notFound(`There is no endpoint "${name}". GET /api/endpoints lists them.`) : noTrafficProblem(name);
  const { version } = choice;
  const refused = refuseMediaType(req, INVOCATION_CONTENT_TYPES) ?? refuseUnacceptable(req, 'application/json');
  if (refused) return refused;

  const t0 = ctx.now();
  const body = await readTextBody(req, MAX_BODY_BYTES);
  if (!body.ok) return body.response;
  const pre = version.preprocessing;
  const parsed = mediaTypeOf(req.headers.get('Content-Type')) === 'text/csv' ? parseCsvInstances(body.text, pre) : parseJsonInstances(body.text, pre);
  if (!parsed.ok) {
    const type = parsed.status === 400 ? PROBLEM_TYPES.badRequest : parsed.status === 413 ? PROBLEM_TYPES.tooLarge : PROBLEM_TYPES.validation;
    return problemResponse({ status: parsed.status, type, detail: parsed.detail, ...(parsed.errors ? { errors: parsed.errors } : {}) });
  }
  const run = await predictRows(ctx, cache, version, parsed.rows, ctx.now() - t0);
  return jsonResponse({ predictions: run.predictions, model_version: version.version }, 200, {
    'X-Model-Version': version.version,
    'Server-Timing': run.serverTiming,
  });
}
