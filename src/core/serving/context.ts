import type { Random } from '../rng';
import type { FaultInjector } from './faults';
import type { PredictorLoader } from './model-artifact';
import type { Registry } from './registry';

/** What the endpoint function needs from its surroundings; injected so tests can pin every input. */
export interface ServingContext {
  registry: Registry;
  loadPredictor: PredictorLoader;
  /** The raw data set as CSV text (the "retrieve" step serves it). */
  datasetCsv: () => Promise<string>;
  /** Chooses a variant for each invocation; inject a seeded source for deterministic tests. */
  random: Random;
  /** Milliseconds from a monotonic clock, for Server-Timing. */
  now: () => number;
  /** Wall-clock time as an ISO 8601 string, for created/updated stamps. */
  timestamp: () => string;
  /** A new request id (e.g. a UUID). */
  newRequestId: () => string;
  /** The instructor's fault injection; absent in most tests. */
  faults?: FaultInjector;
}
