// Node only (the export:onnx script and tests): reads a model folder from disk and writes its model.onnx.
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { OnnxExport } from '../core/onnx/artifact-to-onnx';
import { describeTfjsModel } from '../core/onnx/describe-tfjs-model';
import { encodeOnnxModel } from '../core/onnx/encode-onnx';
import { inlineModelSchema, modelCardSchema, preprocessingSchema } from '../core/serving/model-artifact';

const modelJsonSchema = z.object({
  modelTopology: z.record(z.string(), z.unknown()),
  weightsManifest: z.array(z.object({ paths: z.array(z.string().min(1)).length(1), weights: inlineModelSchema.shape.weightSpecs })).length(1, 'must list exactly one weights group (one weights file, as Evaluate downloads)'),
});

type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

async function readBytes(file: string): Promise<Read<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await readFile(file)) };
  } catch (e) {
    return { ok: false, problem: `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/** Reads a JSON file and checks it against a schema; a problem names the file and the field (dotted path). */
async function readChecked<T>(file: string, schema: z.ZodType<T>): Promise<Read<T>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes.value));
  } catch {
    return { ok: false, problem: `${file}: is not valid JSON` };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${file}: ${issue?.path.join('.') || '(whole file)'}: ${issue?.message ?? 'invalid'}` };
}

/**
 * Reads a folder of the four files Evaluate downloads (model.json, its weights file, preprocessing.json,
 * card.json) and returns model.onnx bytes, or every problem found, each naming the file and field to blame.
 * The folder's name (e.g. "v1") labels the version in the ONNX metadata.
 */
export async function exportFolderToOnnx(folder: string): Promise<OnnxExport> {
  const dir = resolve(folder);
  const [modelJson, preprocessing, card] = await Promise.all([
    readChecked(join(dir, 'model.json'), modelJsonSchema),
    readChecked(join(dir, 'preprocessing.json'), preprocessingSchema),
    readChecked(join(dir, 'card.json'), modelCardSchema),
  ]);
  const problems = [modelJson, preprocessing, card].flatMap((r) => (r.ok ? [] : [r.problem]));
  if (!modelJson.ok || !preprocessing.ok || !card.ok) return { ok: false, problems };
  const group = modelJson.value.weightsManifest[0] as { paths: string[]; weights: z.infer<typeof inlineModelSchema>['weightSpecs'] };
  const weightsFile = join(dir, group.paths[0] as string);
  const weights = await readBytes(weightsFile);
  if (!weights.ok) return { ok: false, problems: [weights.problem] };
  const described = describeTfjsModel({
    modelTopology: modelJson.value.modelTopology,
    weightSpecs: group.weights,
    weights: weights.value,
    preprocessing: preprocessing.value,
    card: card.value,
    version: basename(dir),
  });
  // Problems from the description name "model.json"/"weights.bin"; give them the folder's real paths.
  if (!described.ok) return { ok: false, problems: described.problems.map((p) => p.replace(/^model\.json:/, `${join(dir, 'model.json')}:`).replace(/^weights\.bin:/, `${weightsFile}:`)) };
  return { ok: true, bytes: encodeOnnxModel(described.value) };
}

