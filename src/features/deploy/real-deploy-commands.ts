import { serveCommand } from '../../api/answerer';
import { toCurl } from '../../core/http/snippets';

/** A typical Adelie penguin, raw (the example web_app.py's own docstring uses). */
const TYPICAL: Record<string, number> = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

/** What the commands are made from: the learner's saved run (null: none saved yet), the server's URL and this page's origin. */
export interface RealDeployInput {
  runId: string | null;
  /** The features the learner's model reads, in its order (from its preprocessing.json). */
  features: readonly string[];
  serverUrl: string;
  pageOrigin: string;
}

/** The commands of "Deploy for real", each with the learner's own folder, version and values. */
export interface RealDeployCommands {
  /** Folder the four files go into (relative to the project), or null without a saved model. */
  folder: string | null;
  /** The version the real server gives the folder: the first `--models` folder becomes v2 (v1 is the shipped model). */
  version: string;
  serve: string;
  curl: string;
  python: string;
}

/**
 * Builds the terminal commands from download to prediction: start the server with the learner's folder, call it with
 * curl (an instance with exactly the model's features), and run public/examples/web_app.py against it.
 */
export function realDeployCommands({ runId, features, serverUrl, pageOrigin }: RealDeployInput): RealDeployCommands {
  const folder = runId === null ? null : `./penguins-${runId.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  const instance = Object.fromEntries(features.map((f) => [f, TYPICAL[f] ?? 0]));
  const curl = toCurl(
    { method: 'POST', url: '/api/endpoints/penguins/invocations', headers: [['Content-Type', 'application/json']], body: JSON.stringify({ instances: [instance] }) },
    serverUrl,
  ).replace(/^curl /, 'curl -i ');
  const flags = Object.entries(TYPICAL)
    .map(([f, v]) => `--${f.replaceAll('_', '-')} ${v}`)
    .join(' ');
  return {
    folder,
    version: folder === null ? 'v1' : 'v2',
    serve: serveCommand(serverUrl, pageOrigin, folder === null ? '' : `--models ${folder}`),
    curl,
    python: `python3 public/examples/web_app.py --url ${serverUrl} ${flags}`,
  };
}
