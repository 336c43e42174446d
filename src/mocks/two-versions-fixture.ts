// Node only (tests): the real endpoint behind MSW with a registered v2 beside the shipped v1, for pages that name what is served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Exchange, HeaderPair, RequestSpec } from '../core/http/exchange';
import { inlineModelFromFiles } from '../core/modeling/artifact';
import type { DeployableArtifact } from '../core/modeling/artifact';
import { createEndpoint } from '../core/serving/endpoint';
import { modelCardSchema, preprocessingSchema } from '../core/serving/model-artifact';
import type { ModelVersion, PredictorLoader } from '../core/serving/model-artifact';
import { Registry } from '../core/serving/registry';
import { defaultRegistryState } from '../core/serving/registry-state';
import { inlineModelToArtifacts, loadPredictor, predictorFromArtifacts } from '../ml/load-predictor';
import { setupServer } from 'msw/node';
import type { SetupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { REGISTRY_KEY } from './registry-storage';
import { runtimeContext } from './serving-context';

const dir = join(process.cwd(), 'public/models/penguins/v1');
const read = (name: string) => readFileSync(join(dir, name));

function v1Files() {
  const model = inlineModelFromFiles(read('model.json').toString('utf8'), new Uint8Array(read('weights.bin')));
  if (!model.ok) throw new Error(model.problems.join('; '));
  return { model: model.value, preprocessing: preprocessingSchema.parse(JSON.parse(read('preprocessing.json').toString('utf8'))), card: modelCardSchema.parse(JSON.parse(read('card.json').toString('utf8'))) };
}

/**
 * An artifact with v1's network and a scaler whose means are shifted by `meanShift` (so its numbers differ from v1's
 * where a page shows them), registered as the learner's deploy button would.
 */
export function learnerArtifact(meanShift = 1): DeployableArtifact {
  const { model, preprocessing: pre } = v1Files();
  return {
    model,
    preprocessing: { ...pre, features: pre.features.map((f) => ({ ...f, mean: f.mean + meanShift })) },
    card: modelCardSchema.parse({ ...JSON.parse(read('card.json').toString('utf8')), name: 'learner model', description: 'A test stand-in for a saved model.' }),
  };
}

/** Sends a spec to the MSW server as the app's client would (absolute URL for Node's fetch) and records the exchange. */
export async function sendToTestApi(spec: RequestSpec): Promise<Exchange> {
  const res = await fetch(`http://localhost${spec.url}`, { method: spec.method, headers: spec.headers as [string, string][], body: spec.body });
  const body = await res.text();
  const headers: HeaderPair[] = [...res.headers.entries()];
  return { id: `ex-${Math.random()}`, request: spec, response: { status: res.status, statusText: res.statusText, headers, body, bytes: body.length }, error: null, startedAt: new Date().toISOString(), durationMs: 1 };
}

/** The MSW server in front of the real endpoint function (listening), and its registry. */
export interface TwoVersionsApi {
  server: SetupServer;
  registry: Registry;
}

/**
 * The endpoint with shipped v1 (its url source, served from the files on disk) in a registry stored in `storage` under
 * the in-tab API's key (as the browser's API stores it), `artifact` registered as v2 through POST /api/models, and
 * the traffic split given (percent per version). Works under jsdom, where the Node test API's file URLs do not.
 */
export async function createTwoVersionsApi(storage: Storage, artifact: DeployableArtifact, split: Record<string, number>): Promise<TwoVersionsApi> {
  const files = v1Files();
  const reference: ModelVersion = { version: 'v1', registeredAt: files.card.created, card: files.card, preprocessing: files.preprocessing, source: { kind: 'url', modelUrl: '/models/penguins/v1/model.json' } };
  const v1 = predictorFromArtifacts(inlineModelToArtifacts(files.model));
  // v1's URL means nothing to Node's fetch: its weights come from the same files; registered versions load as in the app.
  const loader: PredictorLoader = (v) => (v.source.kind === 'url' ? v1 : loadPredictor(v));
  const registry = new Registry(defaultRegistryState(reference, reference.registeredAt), (state) => {
    storage.setItem(REGISTRY_KEY, JSON.stringify(state));
    return true;
  });
  const ctx = runtimeContext(registry, loader);
  ctx.random = () => 0.05;
  const server = setupServer(...createHandlers(createEndpoint(ctx)));
  server.listen({ onUnhandledRequest: 'error' });
  const json: [string, string][] = [
    ['Content-Type', 'application/json'],
    ['Accept', 'application/json'],
  ];
  const reg = await sendToTestApi({ method: 'POST', url: '/api/models', headers: json, body: JSON.stringify({ version: 'v2', ...artifact }) });
  if (reg.response?.status !== 201) throw new Error(`registering v2 failed: ${reg.response?.body}`);
  const variants = Object.entries(split).map(([version, weight]) => ({ version, weight }));
  const put = await sendToTestApi({ method: 'PUT', url: '/api/endpoints/penguins', headers: json, body: JSON.stringify({ variants }) });
  if ((put.response?.status ?? 0) >= 300) throw new Error(`the traffic split failed: ${put.response?.body}`);
  return { server, registry };
}
