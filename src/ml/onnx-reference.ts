// Node only (tests): the shipped reference model v1 exported to ONNX and run by ONNX Runtime.
import type { ModelVersion } from '../core/serving/model-artifact';
import type { DisposablePredictor } from './create-predictor';
import { loadReferenceVersionFromDisk, REFERENCE_MODEL_DIR } from './load-predictor-node';
import { exportFolderToOnnx } from './onnx-export-folder';
import { createOnnxPredictor } from './onnx-predictor';

/** v1's validated ModelVersion and an ONNX Runtime Predictor running its model.onnx (exported now, from the same folder). */
export async function loadOnnxReferencePredictor(dir: string = REFERENCE_MODEL_DIR): Promise<{ version: ModelVersion; predictor: DisposablePredictor }> {
  const [version, exported] = await Promise.all([loadReferenceVersionFromDisk(dir), exportFolderToOnnx(dir)]);
  if (!exported.ok) throw new Error(`v1 cannot be exported to ONNX: ${exported.problems.join('; ')}`);
  return { version, predictor: await createOnnxPredictor(exported.bytes, version.preprocessing) };
}
