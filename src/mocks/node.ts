// Node only (tests): the same endpoint function as the browser worker, served by MSW's setupServer.
import { setupServer } from 'msw/node';
import type { SetupServer } from 'msw/node';
import type { Random } from '../core/rng';
import { createEndpoint } from '../core/serving/endpoint';
import type { EndpointHandler } from '../core/serving/endpoint';
import type { FaultInjector } from '../core/serving/faults';
import type { ModelVersion, Predictor, PredictorLoader } from '../core/serving/model-artifact';
import { Registry } from '../core/serving/registry';
import type { PersistState } from '../core/serving/registry';
import { defaultRegistryState } from '../core/serving/registry-state';
import { clearPredictorCache, loadPredictor } from '../ml/load-predictor';
import { loadReferencePredictorFromDisk } from '../ml/load-predictor-node';
import { createHandlers } from './handlers';
import { createRequestLog } from './request-log';
import type { RequestLog } from './request-log';
import { runtimeContext } from './serving-context';

/** A mock API for tests: the MSW server (not yet listening), its registry and the endpoint function behind it. */
export interface TestApi {
  server: SetupServer;
  registry: Registry;
  endpoint: EndpointHandler;
  /** The shipped reference version v1, as read from disk. */
  reference: ModelVersion;
  /** Puts the registry back to its default state: endpoint "penguins" serving v1 at 100%. */
  resetRegistry: () => void;
  /** Every /api exchange served by `server`, as the monitoring page sees it in the browser. */
  log: RequestLog;
}

/** Options of createTestApi: inject `random` to make traffic splitting deterministic. */
export interface TestApiOptions {
  random?: Random;
  /** Inject faults into the served requests (the instructor panel's engine). */
  faults?: FaultInjector;
  /** Capacity of the request log (default 10,000). */
  logCapacity?: number;
  /** Stores each registry change before it is made (as the browser's storage does); false refuses it. */
  persist?: PersistState;
}

let reference: Promise<{ version: ModelVersion; predictor: Predictor }> | null = null;

/** Reads v1 from disk once per test file; every test API of the file shares its weights. */
function loadReference(): Promise<{ version: ModelVersion; predictor: Predictor }> {
  // CONTRACT_ENGINE=onnx runs v1 as model.onnx in ONNX Runtime: the same contract tables must pass with either engine.
  reference ??= process.env.CONTRACT_ENGINE === 'onnx' ? import('../ml/onnx-reference').then((m) => m.loadOnnxReferencePredictor()) : loadReferencePredictorFromDisk();
  return reference;
}

/** Fingerprint of an inline version's content, to tell a re-registered "v2" from the one loaded before. */
function fingerprint(v: ModelVersion): string {
  return v.source.kind === 'inline' ? `${v.registeredAt}|${v.source.model.weightData}|${JSON.stringify(v.source.model.modelTopology)}` : v.registeredAt;
}

/** Loads v1 from the disk predictor and any other (inline) version with the app's tfjs loader. */
function testLoader(reference: { version: ModelVersion; predictor: Predictor }): PredictorLoader {
  const loaded = new Map<string, string>();
  return async (version) => {
    if (version.version === reference.version.version && version.source.kind === 'url') return reference.predictor;
    // The app's loader caches by name@registeredAt (millisecond stamps); tests reset the registry and may
    // register "v2" again with other content within one millisecond. Forgetting the old one also frees its weights.
    const print = fingerprint(version);
    const before = loaded.get(version.version);
    if (before !== undefined && before !== print) await clearPredictorCache(version.version);
    loaded.set(version.version, print);
    return loadPredictor(version);
  };
}

/**
 * Builds the mock API for Node tests: v1 loaded from disk, a registry in its default state,
 * the endpoint function and an MSW server routing `*\/api/*` to it.
 * Start it with `server.listen({ onUnhandledRequest: 'error' })` and close it after the tests.
 */
export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const v1 = await loadReference();
  const registry = new Registry(defaultRegistryState(v1.version, v1.version.registeredAt), options.persist);
  const ctx = runtimeContext(registry, testLoader(v1));
  if (options.random) ctx.random = options.random;
  if (options.faults) ctx.faults = options.faults;
  const endpoint = createEndpoint(ctx);
  const server = setupServer(...createHandlers(endpoint));
  const log = createRequestLog(server.events, options.logCapacity);
  return {
    server,
    registry,
    endpoint,
    reference: v1.version,
    resetRegistry: () => registry.replace(defaultRegistryState(v1.version, new Date().toISOString())),
    log,
  };
}
