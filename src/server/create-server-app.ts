import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { ServingContext } from '../core/serving/context';
import type { Predictor } from '../core/serving/model-artifact';
import { createEndpoint } from '../core/serving/endpoint';
import { loadReferencePredictorFromDisk } from '../ml/load-predictor-node';
import type { Handler } from './handler';
import { createHandlerStack } from './handler-stack';
import type { ServerMetrics } from './metrics';
import { createServerMetrics } from './metrics';
import type { FolderProblem } from './model-folders';
import { registerModelFolder, serveVersion } from './model-folders';
import { isOnnxFolder, registerOnnxFolder } from './onnx-folder';
import type { ServerOptions } from './options';
import { serverContext } from './server-context';
import { createStaticHandler } from './static-app';
import { engineNamer, withEngineTiming } from './with-engine-timing';

/** A configured server, not yet listening: its handler, its endpoint's context and what it loaded. */
export interface ServerApp {
  handler: Handler;
  context: ServingContext;
  metrics: ServerMetrics;
  /** Versions in the registry, in order ("v1", "v2", …). */
  versions: string[];
  /** The version endpoint "penguins" serves. */
  serving: string;
}

/** Why the server cannot start: every problem of the first folder that failed. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly problems: FolderProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * Builds everything the command line describes: v1 from the built app's models/penguins/v1, each --models
 * folder registered through the endpoint's own POST /api/models (the last one then serves "penguins"),
 * and the handler stack around the endpoint. Throws StartupError rather than start half-configured.
 */
export async function createServerApp(options: ServerOptions, logger: Logger): Promise<ServerApp> {
  const appDir = resolve(options.appDir);
  const reference = await loadReferencePredictorFromDisk(join(appDir, 'models', 'penguins', 'v1')).catch((e: Error) => {
    throw new StartupError(`The reference model v1 could not be read from ${join(appDir, 'models/penguins/v1')}: ${e.message}`);
  });
  // Versions from ONNX folders (model.onnx, no model.json) run in ONNX Runtime; the endpoint cannot tell.
  const onnxPredictors = new Map<string, Predictor>();
  const context = serverContext(reference, onnxPredictors);
  const endpoint = withEngineTiming(engineNamer(onnxPredictors))(createEndpoint(context));
  let serving = reference.version.version;
  for (const dir of options.modelDirs) {
    const result = (await isOnnxFolder(dir)) ? await registerOnnxFolder(context, onnxPredictors, dir) : await registerModelFolder(endpoint, dir);
    if (!result.ok) throw new StartupError(`The model folder ${resolve(dir)} cannot be served:`, result.problems);
    serving = result.version;
  }
  if (serving !== reference.version.version) await serveVersion(endpoint, serving);
  const metrics = createServerMetrics();
  const handler = createHandlerStack({ endpoint, metrics, staticFiles: createStaticHandler(appDir) }, { token: options.token, allowOrigins: options.allowOrigins, logger });
  return { handler, context, metrics, versions: context.registry.listVersions().map((v) => v.version), serving };
}
