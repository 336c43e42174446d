import { z } from 'zod';
import type { ServingContext } from '../context';
import { jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable, storageFull } from '../http-helpers';
import { MAX_BODY_BYTES, MAX_CONFIG_BYTES, MAX_INSTANCES } from '../limits';
import type { ModelVersion } from '../model-artifact';
import type { FieldError } from '../problem';
import { PROBLEM_TYPES, problemResponse } from '../problem';
import { checkVariants } from '../registry-checks';
import type { EndpointConfig, Variant } from '../registry-state';
import { issuesToErrors, ownWords } from '../zod-errors';

/** Content types an invocation body may have. */
export const INVOCATION_CONTENT_TYPES = ['application/json', 'text/csv'] as const;

/** "InService" when some variant has traffic, otherwise "NoTraffic" (invocations answer 503). */
function status(ep: EndpointConfig): 'InService' | 'NoTraffic' {
  return ep.variants.some((v) => v.weight > 0) ? 'InService' : 'NoTraffic';
}

/** The version whose schema describes the endpoint: the first variant with traffic, else the first. */
function schemaVersion(ep: EndpointConfig, ctx: ServingContext): ModelVersion | undefined {
  const v = ep.variants.find((x) => x.weight > 0) ?? ep.variants[0];
  return v ? ctx.registry.getVersion(v.version) : undefined;
}

/** The describe view of an endpoint: status, variants, input/output schema and limits. */
export function endpointView(ep: EndpointConfig, ctx: ServingContext) {
  const v = schemaVersion(ep, ctx);
  const pre = v?.preprocessing;
  return {
    name: ep.name,
    status: status(ep),
    invocation_url: `/api/endpoints/${ep.name}/invocations`,
    variants: ep.variants.map((x) => ({ version: x.version, weight: x.weight })),
    input: pre
      ? {
          content_types: [...INVOCATION_CONTENT_TYPES],
          features: pre.features.map((f) => ({ name: f.name, unit: f.unit, min: f.min, max: f.max })),
          csv_columns: pre.features.map((f) => f.name),
        }
      : null,
    output: pre ? { content_types: ['application/json'], classes: pre.classes } : null,
    limits: { max_body_bytes: MAX_BODY_BYTES, max_instances: MAX_INSTANCES },
    created_at: ep.createdAt,
    updated_at: ep.updatedAt,
  };
}

/** GET /api/endpoints */
export function listEndpoints(req: Request, ctx: ServingContext): Response {
  const refused = refuseUnacceptable(req, 'application/json');
  if (refused) return refused;
  const endpoints = ctx.registry.listEndpoints().map((ep) => ({
    name: ep.name,
    status: status(ep),
    variants: ep.variants,
    links: { self: `/api/endpoints/${ep.name}` },
  }));
  return jsonResponse({ endpoints });
}

/** GET /api/endpoints/{name} */
export function describeEndpoint(req: Request, ctx: ServingContext, name: string): Response {
  const ep = ctx.registry.getEndpoint(name);
  if (!ep) return notFound(`There is no endpoint "${name}". GET /api/endpoints lists them.`);
  return refuseUnacceptable(req, 'application/json') ?? jsonResponse(endpointView(ep, ctx));
}

const configBody = z.strictObject({
  variants: z
    .array(
      z.strictObject({
        version: z.string({ error: 'must be a version name such as "v1"' }),
        weight: z.number({ error: 'must be a number (percent of traffic)' }).min(0, 'must not be negative').max(100, 'must be at most 100'),
      }),
    )
    .max(10, 'at most 10 variants'),
});

/** The variants' checks (registry-checks.ts); an existing endpoint keeps its input schema: clients already send it these features. */
function checkPut(variants: Variant[], ctx: ServingContext, name: string): FieldError[] {
  const current = ctx.registry.getEndpoint(name);
  return checkVariants(variants, (v) => ctx.registry.getVersion(v), current ? schemaVersion(current, ctx) : undefined);
}

/** PUT /api/endpoints/{name}: create (201) or replace (200) the endpoint's variants. */
export async function putEndpoint(req: Request, ctx: ServingContext, name: string): Promise<Response> {
  const refused = refuseMediaType(req, ['application/json']) ?? refuseUnacceptable(req, 'application/json');
  if (refused) return refused;
  const body = await readTextBody(req, MAX_CONFIG_BYTES);
  if (!body.ok) return body.response;
  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch {
    return problemResponse({ status: 400, type: PROBLEM_TYPES.badRequest, detail: 'The body is not valid JSON.' });
  }
  const parsed = configBody.safeParse(data, { error: ownWords });
  const errors = parsed.success ? checkPut(parsed.data.variants, ctx, name) : issuesToErrors(parsed.error.issues);
  if (!parsed.success || errors.length > 0) {
    return problemResponse({
      status: 422,
      type: PROBLEM_TYPES.validation,
      detail: 'The config must be {"variants": [{"version": "v1", "weight": 100}, …]} with registered versions and weights summing to 100.',
      errors,
    });
  }
  const outcome = ctx.registry.putEndpoint(name, parsed.data.variants, ctx.timestamp());
  if (!outcome.ok) return storageFull(`The config of "${name}" was not changed: the browser's storage for this site is full, and a change that is not stored would be undone by a reload.`);
  // A new config means new model servers starting: with cold starts on, they answer 503 for a while.
  ctx.faults?.deployed();
  const ep = ctx.registry.getEndpoint(name) as EndpointConfig;
  const created = outcome.value === 'created';
  return jsonResponse(endpointView(ep, ctx), created ? 201 : 200, created ? { Location: `/api/endpoints/${name}` } : {});
}

/** DELETE /api/endpoints/{name}: 204; the versions it served stay registered. */
export function deleteEndpoint(_req: Request, ctx: ServingContext, name: string): Response {
  const deleted = ctx.registry.deleteEndpoint(name);
  if (!deleted.ok) return storageFull(`"${name}" was not deleted: the browser's storage for this site is full, and a deletion that is not stored would be undone by a reload.`);
  if (!deleted.value) return notFound(`There is no endpoint "${name}" to delete.`);
  return new Response(null, { status: 204 });
}
