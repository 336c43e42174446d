import { z } from 'zod';
import type { ServingContext } from '../context';
import { jsonResponse, notFound, readTextBody, refuseMediaType, refuseUnacceptable, storageFull } from '../http-helpers';
import { MAX_MODEL_BYTES } from '../limits';
import { inlineModelSchema, modelCardSchema, preprocessingSchema } from '../model-artifact';
import type { ModelVersion, Predictor } from '../model-artifact';
import type { FieldError } from '../problem';
import { checkArtifact, probePredictor } from '../artifact-checks';
import { PROBLEM_TYPES, problemResponse } from '../problem';
import { VERSION_NAME } from '../registry-state';
import { issuesToErrors, ownWords } from '../zod-errors';

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

const invalid = (detail: string, errors: FieldError[]) => problemResponse({ status: 422, type: PROBLEM_TYPES.validation, detail, errors });

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
  const parsed = registration.safeParse(data, { error: ownWords });
  if (!parsed.success) {
    return problemResponse({
      status: 422,
      type: PROBLEM_TYPES.validation,
      detail: 'The artifact must have "model" (tfjs topology, weightSpecs, base64 weightData), "preprocessing" and "card".',
      errors: issuesToErrors(parsed.error.issues).slice(0, 50),
    });
  }
  const { model, preprocessing, card } = parsed.data;
  const inconsistent = checkArtifact(model, preprocessing);
  if (inconsistent.length > 0) return invalid('The artifact is not consistent: the model, its weights and its preprocessing must agree.', inconsistent);
  // Claimed before the first await, so parallel registrations never get the same name.
  const version = ctx.registry.reserveVersion(parsed.data.version);
  if (version === null) {
    return problemResponse({ status: 409, type: PROBLEM_TYPES.conflict, detail: `Version "${parsed.data.version}" already exists; versions are immutable. Omit "version" to get the next free one.` });
  }
  try {
    return await loadAndAdd(ctx, { version, registeredAt: ctx.timestamp(), card, preprocessing, source: { kind: 'inline', model } });
  } finally {
    ctx.registry.releaseVersion(version);
  }
}

async function loadAndAdd(ctx: ServingContext, entry: ModelVersion): Promise<Response> {
  let predictor: Predictor;
  try {
    // Load it now so a broken artifact is refused at registration, not at the first prediction.
    predictor = await ctx.loadPredictor(entry);
  } catch {
    return invalid('TensorFlow.js could not build a model from this topology and these weights.', [{ pointer: '/model', message: 'is not a loadable tfjs layers model' }]);
  }
  const probe = await probePredictor(predictor, entry.preprocessing);
  if (probe) return invalid('The model loads, but its answers do not fit its preprocessing.', [probe]);
  const stored = ctx.registry.addVersion(entry);
  if (!stored.ok) return storageFull(`Version "${entry.version}" was not registered: the browser's storage for this site is full, and a version that is not stored would vanish on reload. Register a smaller model, or reset the endpoint to its default to free space.`);
  return jsonResponse(versionView(entry), 201, { Location: `/api/models/${entry.version}` });
}
