// Writes a model folder (model.json, weights.bin, preprocessing.json, card.json) as one model.onnx.
// Usage: npm run export:onnx -- <model dir> <out.onnx>   (exit 1 with the file and field to blame)
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readOnnxSignature } from '../src/core/onnx/read-onnx-signature';
import { exportFolderToOnnx } from '../src/ml/onnx-export-folder';

async function main(args: string[]): Promise<number> {
  const [folder, out] = args;
  if (!folder || !out || args.length !== 2) {
    console.error('usage: npm run export:onnx -- <model dir> <out.onnx>');
    return 1;
  }
  const result = await exportFolderToOnnx(folder);
  if (!result.ok) {
    console.error(`cannot export ${resolve(folder)}:`);
    for (const p of result.problems) console.error(`  ${p}`);
    return 1;
  }
  await mkdir(dirname(resolve(out)), { recursive: true });
  await writeFile(out, result.bytes);
  const sig = readOnnxSignature(result.bytes);
  const tensor = (t: { name: string; datatype: string; shape: number[] }) => `${t.name} ${t.datatype} [${t.shape.map((d) => (d < 0 ? 'N' : d)).join(', ')}]`;
  console.log(`wrote ${resolve(out)} (${result.bytes.byteLength} bytes, opset ${sig.opset})`);
  console.log(`  input:  ${sig.inputs.map(tensor).join(', ')} — raw ${JSON.parse(sig.metadata.features ?? '[]').join(', ')}`);
  console.log(`  output: ${sig.outputs.map(tensor).join(', ')} — ${JSON.parse(sig.metadata.classes ?? '[]').join(', ')}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
