// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { artifactsToInlineModel } from '../../../ml/load-predictor';
import { readArtifactsFromDisk } from '../../../ml/load-predictor-node';
import type { InlineModel, ModelVersion } from '../model-artifact';
import { JSON_TYPE, NOW, createRouteApi, expectProblem, problem } from './test-route-api';
import type { RouteApi } from './test-route-api';

const ACCEPT_JSON = { Accept: 'application/json' };
const SHAPE_DETAIL = 'The artifact must have "model" (tfjs topology, weightSpecs, base64 weightData), "preprocessing" and "card".';

let api: RouteApi;
let inline: InlineModel;

beforeAll(async () => {
  inline = artifactsToInlineModel(await readArtifactsFromDisk());
});

beforeEach(async () => {
  api = await createRouteApi();
});

/** v1's artifact as a registration body (version omitted: the registry names it "v2"). */
const registration = () => ({ model: inline, preprocessing: api.reference.preprocessing, card: { ...api.reference.card, name: 'copy', description: 'v1 again' } });
const post = (body: string, headers: Record<string, string> = JSON_TYPE) => api.send('POST', '/api/models', headers, body);

/** The public view of the shipped v1: its model URL, never its weights. */
const v1View = (v1: ModelVersion) => ({
  version: 'v1',
  registered_at: '2026-11-26',
  card: v1.card,
  preprocessing: v1.preprocessing,
  artifact: { model_url: '/models/penguins/v1/model.json' },
  links: { self: '/api/models/v1' },
});

describe('GET /api/models and /api/models/{version}', () => {
  it('lists every version with the URL of its model when the client accepts JSON', async () => {
    const res = await api.send('GET', '/api/models', ACCEPT_JSON);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toEqual({ models: [v1View(api.reference)] });
  });

  it('describes one shipped version with the URL of its model', async () => {
    const res = await api.send('GET', '/api/models/v1', ACCEPT_JSON);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(v1View(api.reference));
  });

  it('answers 406 on the list when Accept asks only for CSV', async () => {
    const body = await expectProblem(await api.send('GET', '/api/models', { Accept: 'text/csv' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/csv".'));
  });

  it('answers 406 on one version when Accept asks only for HTML', async () => {
    const body = await expectProblem(await api.send('GET', '/api/models/v1', { Accept: 'text/html' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/html".'));
  });
});

describe('POST /api/models: refusals before the artifact is checked', () => {
  it('refuses a body that is not JSON with 400', async () => {
    const body = await expectProblem(await post('{"model": '), 400);
    expect(body).toEqual(problem(400, 'malformed-body', 'The body is not valid JSON.'));
  });

  it('refuses a text/plain body with 415 and Accept-Post: application/json', async () => {
    const res = await post(JSON.stringify(registration()), { 'Content-Type': 'text/plain' });
    expect(res.headers.get('Accept-Post')).toBe('application/json');
    expect(await expectProblem(res, 415)).toEqual(problem(415, 'unsupported-media-type', 'Content-Type "text/plain" is not supported here. Use application/json.'));
  });

  it('answers 406 to a JSON registration whose sender accepts only CSV, and registers nothing', async () => {
    const body = await expectProblem(await post(JSON.stringify(registration()), { ...JSON_TYPE, Accept: 'text/csv' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/csv".'));
    expect(api.registry.listVersions().map((v) => v.version)).toEqual(['v1']);
  });

  it('refuses a body over 8 MiB with 413 before parsing it', async () => {
    const body = await expectProblem(await post(' '.repeat(8 * 1_048_576 + 1)), 413);
    expect(body).toEqual(problem(413, 'content-too-large', 'The body is 8,388,609 bytes; the limit is 8,388,608 bytes.'));
  });

  it('lists at most 50 field errors of a badly shaped artifact', async () => {
    const features = Array.from({ length: 60 }, () => ({}));
    const res = await expectProblem(await post(JSON.stringify({ ...registration(), preprocessing: { ...api.reference.preprocessing, features } })), 422);
    expect(res.detail).toBe(SHAPE_DETAIL);
    expect(res.errors).toHaveLength(50);
    expect(res.errors?.[0]).toEqual({ pointer: '/preprocessing/features/0/name', message: 'is required' });
    expect(res.errors?.[49]).toEqual({ pointer: '/preprocessing/features/8/unit', message: 'is required' });
  });
});

describe('POST /api/models: loading and storing the model', () => {
  it('registers a loadable artifact as v2: 201, Location and an inline artifact in its view', async () => {
    const res = await post(JSON.stringify(registration()), { ...JSON_TYPE, ...ACCEPT_JSON });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/models/v2');
    const view = {
      version: 'v2',
      registered_at: NOW,
      card: registration().card,
      preprocessing: api.reference.preprocessing,
      artifact: { inline: true },
      links: { self: '/api/models/v2' },
    };
    expect(await res.json()).toEqual(view);
    expect(await (await api.send('GET', '/api/models/v2')).json()).toEqual(view);
  });

  it('answers 422 blaming /model when TensorFlow.js cannot build the model', async () => {
    api.ctx.loadPredictor = async () => {
      throw new Error('Unknown layer: Dense2');
    };
    const body = await expectProblem(await post(JSON.stringify(registration())), 422);
    expect(body).toEqual(
      problem(422, 'validation-error', 'TensorFlow.js could not build a model from this topology and these weights.', [
        { pointer: '/model', message: 'is not a loadable tfjs layers model' },
      ]),
    );
    expect(api.registry.getVersion('v2')).toBeUndefined();
  });

  it('answers 422 when the model loads but does not answer one distribution over the classes', async () => {
    api.ctx.loadPredictor = async () => ({ predict: async (rows) => rows.map(() => [0.5, 0.5]) });
    const body = await expectProblem(await post(JSON.stringify(registration())), 422);
    expect(body).toEqual(
      problem(422, 'validation-error', 'The model loads, but its answers do not fit its preprocessing.', [
        { pointer: '/model', message: 'must answer 3 finite probabilities summing to 1 for every input in the valid ranges (is the last layer a softmax with one unit per class?)' },
      ]),
    );
  });

  it('answers 507 when the new version cannot be stored, and frees its name', async () => {
    api.setStorageHasRoom(false);
    const body = await expectProblem(await post(JSON.stringify(registration())), 507);
    expect(body).toEqual(
      problem(
        507,
        'insufficient-storage',
        `Version "v2" was not registered: the browser's storage for this site is full, and a version that is not stored would vanish on reload. Register a smaller model, or reset the endpoint to its default to free space.`,
      ),
    );
    api.setStorageHasRoom(true);
    expect((await post(JSON.stringify(registration()))).headers.get('Location')).toBe('/api/models/v2');
  });
});
