import { z } from 'zod';
import type { ServingContext } from '../context';
import { jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable } from '../http-helpers';
import { MAX_MODEL_BYTES } from '../limits';
import { inlineModelSchema, modelCardSchema, preprocessingSchema } from '../model-artifact';
import type { InlineModel, ModelVersion } from '../model-artifact';
import { PROBLEM_TYPES, problemResponse } from '../problem';
import { VERSION_NAME } from '../registry-state';
import { issuesToErrors } from '../zod-errors';

/** The public view of a version: everything but the weights. */
export function versionView(v: ModelVersion) {
  return {
    version: v.version,
    registered_at: v.registeredAt,
    card: v.card,
    preprocessing: v.preprocessing,
    artifact: v.source.kind === 'url' ? { model_url: v.source.modelUrl } : { inline: true },
    links: { self: `/api/models/${v.version}` },
  };
}

/** GET /api/models: every registered version with its card. */
export function listModels(req: Request, ctx: ServingContext): Response {
  const refused = refuseUnacceptable(req, 'application/json');
  if (refused) return refused;
  return jsonResponse({ models: ctx.registry.listVersions().map(versionView) });
}

/** GET /api/models/{version}: one version's card, preprocessing and schema. */
export function getModel(req: Request, ctx: ServingContext, version: string): Response {
  const v = ctx.registry.getVersion(version);
  if (!v) return notFound(`There is no model version "${version}". GET /api/models lists the versions.`);
  return refuseUnacceptable(req, 'application/json') ?? jsonResponse(versionView(v));
}

const registration = z.strictObject({
  version: z.string().regex(VERSION_NAME, 'must look like "v2"').optional(),
  model: inlineModelSchema,
  preprocessing: preprocessingSchema,
  card: modelCardSchema,
});

function base64Length(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - pad;
}

function expectedWeightBytes(model: InlineModel): number {
  return model.weightSpecs.reduce((sum, s) => sum + s.shape.reduce((a, b) => a * b, 1) * 4, 0);
}

const invalid = (detail: string, pointer: string, message: string) =>
  problemResponse({ status: 422, type: PROBLEM_TYPES.validation, detail, errors: [{ pointer, message }] });

/** POST /api/models: registers a new version from an inline artifact; 201 with Location. */
export async function registerModel(req: Request, ctx: ServingContext): Promise<Response> {
  const refused = refuseMediaType(req, ['application/json']) ?? refuseUnacceptable(req, 'application/json');
  if (refused) return refused;
  const body = await readTextBody(req, MAX_MODEL_BYTES);
  if (!body.ok) return body.response;
  let data: unknown;
  try {
    data = JSON.parse(body.text);
  } catch {
    return problemResponse({ status: 400, type: PROBLEM_TYPES.badRequest, detail: 'The body is not valid JSON.' });
  }
  const parsed = registration.safeParse(data);
  if (!parsed.success) {
    return problemResponse({
      status: 422,
      type: PROBLEM_TYPES.validation,
      detail: 'The artifact must have "model" (tfjs topology, weightSpecs, base64 weightData), "preprocessing" and "card".',
      errors: issuesToErrors(parsed.error.issues).slice(0, 50),
    });
  }
  const { model, preprocessing, card } = parsed.data;
  const version = parsed.data.version ?? ctx.registry.nextVersionName();
  if (ctx.registry.getVersion(version)) {
    return problemResponse({ status: 409, type: PROBLEM_TYPES.conflict, detail: `Version "${version}" already exists; versions are immutable. Omit "version" to get the next free one.` });
  }
  if (model.weightData.length % 4 !== 0 || base64Length(model.weightData) !== expectedWeightBytes(model)) {
    return invalid('The weights do not match their specs.', '/model/weightData', `must decode to ${expectedWeightBytes(model)} bytes (float32 weights of weightSpecs)`);
  }
  const entry: ModelVersion = { version, registeredAt: ctx.timestamp(), card, preprocessing, source: { kind: 'inline', model } };
  try {
    // Load it now so a broken artifact is refused at registration, not at the first prediction.
    await ctx.loadPredictor(entry);
  } catch {
    return invalid('TensorFlow.js could not build a model from this topology and these weights.', '/model', 'is not a loadable tfjs layers model');
  }
  ctx.registry.addVersion(entry);
  return jsonResponse(versionView(entry), 201, { Location: `/api/models/${version}` });
}
