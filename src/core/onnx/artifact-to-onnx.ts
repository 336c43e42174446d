import { base64ToBytes } from '../modeling/artifact';
import type { DeployableArtifact } from '../modeling/artifact';
import { describeTfjsModel } from './describe-tfjs-model';
import { encodeOnnxModel } from './encode-onnx';

/** model.onnx of an artifact, or the problems (file and field to blame) that stop the export. */
export type OnnxExport = { ok: true; bytes: Uint8Array } | { ok: false; problems: string[] };

/** Turns a deployable artifact (tfjs model, preprocessing, card) into model.onnx bytes; `version` labels the metadata. */
export function artifactToOnnx(artifact: DeployableArtifact, version: string): OnnxExport {
  const described = describeTfjsModel({
    modelTopology: artifact.model.modelTopology,
    weightSpecs: artifact.model.weightSpecs,
    weights: base64ToBytes(artifact.model.weightData),
    preprocessing: artifact.preprocessing,
    card: artifact.card,
    version,
  });
  return described.ok ? { ok: true, bytes: encodeOnnxModel(described.value) } : described;
}
