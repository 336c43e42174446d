import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EndpointHandler } from '../core/serving/endpoint';
import type { Problem } from '../core/serving/problem';
import { artifactsToInlineModel } from '../ml/load-predictor';
import { readArtifactsFromDisk } from '../ml/load-predictor-node';

/** Why a model folder cannot be served: which file, which field (a JSON Pointer into it, "" for the whole file) and why. */
export interface FolderProblem {
  file: string;
  field: string;
  reason: string;
}

/** A registered folder's version name, or every problem found in it. */
export type FolderResult = { ok: true; version: string } | { ok: false; problems: FolderProblem[] };

/** The four files of Evaluate's download (the weights file is named inside model.json). */
const FILES = { model: 'model.json', preprocessing: 'preprocessing.json', card: 'card.json' } as const;

async function readJsonFile(dir: string, name: string): Promise<{ ok: true; value: unknown } | { ok: false; problem: FolderProblem }> {
  const file = join(dir, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, problem: { file, field: '', reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { file, field: '', reason: 'is not valid JSON' } };
  }
}

/** Maps a pointer into the registration body back to the file it came from ("/preprocessing/features/0/std" → preprocessing.json, "/features/0/std"). */
function locate(dir: string, weightsFile: string, pointer: string): { file: string; field: string } {
  const [, part = '', ...rest] = pointer.split('/');
  const field = rest.length > 0 ? `/${rest.join('/')}` : '';
  if (part === 'preprocessing') return { file: join(dir, FILES.preprocessing), field };
  if (part === 'card') return { file: join(dir, FILES.card), field };
  if (part === 'model' && rest[0] === 'weightData') return { file: join(dir, weightsFile), field: '' };
  return { file: join(dir, FILES.model), field };
}

/**
 * Registers one artifact folder as the next version by POSTing it to the endpoint itself: the same
 * checks as `POST /api/models`, so a folder the API would refuse is refused here, with the file to blame.
 */
export async function registerModelFolder(endpoint: EndpointHandler, folder: string): Promise<FolderResult> {
  const dir = resolve(folder);
  const pre = await readJsonFile(dir, FILES.preprocessing);
  const card = await readJsonFile(dir, FILES.card);
  const modelJson = await readJsonFile(dir, FILES.model);
  const problems = [pre, card, modelJson].flatMap((r) => (r.ok ? [] : [r.problem]));
  if (problems.length > 0) return { ok: false, problems };
  const manifest = (modelJson as { value: { weightsManifest?: { paths?: string[] }[] } }).value.weightsManifest;
  const weightsFile = manifest?.[0]?.paths?.[0] ?? 'weights.bin';
  let model: ReturnType<typeof artifactsToInlineModel>;
  try {
    model = artifactsToInlineModel(await readArtifactsFromDisk(dir));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code
      ? { ok: false, problems: [{ file: join(dir, weightsFile), field: '', reason: `cannot be read (${code})` }] }
      : { ok: false, problems: [{ file: join(dir, FILES.model), field: '', reason: `is not a tfjs layers model.json (${(e as Error).message})` }] };
  }
  const body = JSON.stringify({ model, preprocessing: (pre as { value: unknown }).value, card: (card as { value: unknown }).value });
  const res = await endpoint(
    new Request('http://127.0.0.1/api/models', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
  );
  if (res.status === 201) return { ok: true, version: ((await res.json()) as { version: string }).version };
  const problem = (await res.json()) as Problem;
  const errors = problem.errors ?? [];
  if (errors.length === 0) return { ok: false, problems: [{ file: dir, field: '', reason: `${problem.title}: ${problem.detail}` }] };
  return { ok: false, problems: errors.map((e) => ({ ...locate(dir, weightsFile, e.pointer), reason: e.message })) };
}

/** Puts endpoint "penguins" on `version` at 100 %, through the endpoint like any PUT. */
export async function serveVersion(endpoint: EndpointHandler, version: string): Promise<void> {
  const res = await endpoint(
    new Request('http://127.0.0.1/api/endpoints/penguins', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ variants: [{ version, weight: 100 }] }),
    }),
  );
  if (!res.ok) throw new Error(`could not route endpoint "penguins" to ${version}: ${res.status} ${await res.text()}`);
}
