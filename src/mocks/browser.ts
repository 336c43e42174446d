import { setupWorker } from 'msw/browser';
import { createEndpoint } from '../core/serving/endpoint';
import { FaultInjector } from '../core/serving/faults';
import { modelCardSchema, preprocessingSchema } from '../core/serving/model-artifact';
import type { ModelVersion, PredictorLoader } from '../core/serving/model-artifact';
import { Registry } from '../core/serving/registry';
import { defaultRegistryState } from '../core/serving/registry-state';
import type { RequestLogView } from '../core/monitoring/log-entry';
import { createHandlers } from './handlers';
import { createPersistentRequestLog } from './persistent-request-log';
import { loadRegistryState, saveRegistryState } from './registry-storage';
import { runtimeContext } from './serving-context';

/** What the running mock API offers the app besides HTTP: its registry notice and a reset. */
export interface MockApi {
  notice: string | null;
  resetToDefault: () => void;
  /** The instructor panel's fault injection (in memory: a reload clears it, so a fault never sticks silently). */
  faults: FaultInjector;
  /** Every /api exchange (the last 10,000, kept across pages and reloads), recorded from MSW's lifecycle events. */
  log: RequestLogView;
}

const base = import.meta.env.BASE_URL;

// tfjs loads on the first prediction, not when the API starts: a cold start, visible in Server-Timing.
const loadPredictor: PredictorLoader = async (version) => (await import('../ml/load-predictor')).loadPredictor(version);

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

/** Reads the shipped reference artifact's card and preprocessing (static files, not the API). */
async function referenceVersion(): Promise<ModelVersion> {
  const dir = 'models/penguins/v1/';
  const [card, preprocessing] = await Promise.all([fetchJson(`${dir}card.json`), fetchJson(`${dir}preprocessing.json`)]);
  return {
    version: 'v1',
    registeredAt: modelCardSchema.parse(card).created,
    card: modelCardSchema.parse(card),
    preprocessing: preprocessingSchema.parse(preprocessing),
    source: { kind: 'url', modelUrl: `${base}${dir}model.json` },
  };
}

/**
 * Keeps MSW's service worker registered when this page unloads. On `beforeunload` MSW tells its worker
 * "CLIENT_CLOSED", and the worker unregisters itself when it counts no other window, which is the case on
 * every reload or full navigation of a single tab. The next page then races that unregistration: it may
 * still find the registration and call `update()` on it just after it is gone, an uncaught
 * "Failed to update a ServiceWorker … Not found" (about 1 load in 20 on a busy machine); and it always has
 * to register and activate the worker again before /api answers. A capturing listener on the window runs
 * before MSW's own and stops it; the worker stays, and it ignores pages that never started MSW.
 */
function keepServiceWorkerAcrossLoads(): void {
  window.addEventListener('beforeunload', (event) => event.stopImmediatePropagation(), { capture: true });
}

/** Starts the service worker that answers /api; resolves once it controls requests. */
export async function startMockApi(): Promise<MockApi> {
  // MSW would fail deep inside with "Cannot read properties of undefined"; say what is missing instead.
  if (typeof navigator === 'undefined' || !navigator.serviceWorker) throw new Error('navigator.serviceWorker is not available in this browser context');
  const reference = await referenceVersion();
  const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
  const loaded = loadRegistryState(storage, reference);
  // Each change is stored before it is made: one that does not fit is refused with a 507, never lost on reload.
  const registry = new Registry(loaded.state, (state) => saveRegistryState(storage, state));
  saveRegistryState(storage, registry.snapshot());
  const faults = new FaultInjector(
    () => performance.now(),
    (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    Math.random,
  );
  const endpoint = createEndpoint({ ...runtimeContext(registry, loadPredictor), faults });
  const worker = setupWorker(...createHandlers(endpoint));
  // Listening before start: the first request of the visit is logged too.
  const log = await createPersistentRequestLog(worker.events);
  keepServiceWorkerAcrossLoads();
  await worker.start({
    serviceWorker: { url: `${base}mockServiceWorker.js` },
    // Model files, fonts and pages are real static files: let them through untouched.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    notice: loaded.notice,
    resetToDefault: () => registry.replace(defaultRegistryState(reference, new Date().toISOString())),
    faults,
    log,
  };
}
