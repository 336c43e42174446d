import { strToU8, zipSync } from 'fflate';
import { artifactToFiles } from '../modeling/artifact';
import type { DeployableArtifact } from '../modeling/artifact';
import { V2_MODEL } from '../serving/routes/open-inference';
import { ONNX_INPUT_NAME } from './encode-onnx';

/** Text files the bundle copies from the repository (the app imports them with ?raw, tests read them). */
export interface BundleTexts {
  webAppPy: string;
  inferenceService: string;
  k8s: { deployment: string; service: string; hpa: string };
}

/** Everything a bundle is made of: the artifact, its model.onnx, its version label and the copied texts. */
export interface BundleInput {
  artifact: DeployableArtifact;
  onnx: Uint8Array;
  version: string;
  texts: BundleTexts;
}

/** The folder every file of the bundle sits in, e.g. "deploy-lab-run-3" (safe for any file system). */
export function bundleFolder(version: string): string {
  return `deploy-lab-${version.replace(/[^A-Za-z0-9._-]+/g, '-')}`;
}

/** A typical penguin of the first class, raw, in the artifact's feature order (for the README's example calls). */
const EXAMPLE: Record<string, number> = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

/** README.md of a bundle: what each file is and the exact commands from bundle to prediction. */
export function bundleReadme(input: BundleInput): string {
  const { artifact, version } = input;
  const features = artifact.preprocessing.features.map((f) => f.name);
  const example = features.map((f) => EXAMPLE[f] ?? 0);
  const instance = JSON.stringify(Object.fromEntries(features.map((f, j) => [f, example[j]])));
  const v2Body = JSON.stringify({ inputs: [{ name: ONNX_INPUT_NAME, shape: [1, features.length], datatype: 'FP32', data: example }] });
  const pyArgs = features.map((f, j) => `--${f.replaceAll('_', '-')} ${example[j]}`).join(' ');
  const folder = bundleFolder(version);
  return `# ${artifact.card.name} ${version}: deployment bundle

Made by Deploy Lab from the model you trained (${artifact.card.architecture}).
Inputs: ${features.join(', ')} (raw measurements). Classes: ${artifact.preprocessing.classes.join(', ')}.

| file | what it is |
|---|---|
| model/model.json, model/weights.bin | the TensorFlow.js model (layers and float32 weights) |
| model/preprocessing.json | feature order, units, the scaler fitted on your training rows, valid ranges, class names |
| model/card.json | the model card: how it was made and how well it did |
| onnx/model.onnx | the same network as ONNX (opset 13), scaler included: input "${ONNX_INPUT_NAME}" FP32 [N, ${features.length}], output "probabilities" FP32 [N, ${artifact.preprocessing.classes.length}] |
| onnx/preprocessing.json, onnx/card.json | copies, so the onnx folder can be served on its own |
| triton/${V2_MODEL}/1/model.onnx | the same file in the folder layout Triton (and so KServe) expects |
| web_app.py | the course's Python application: asks the server for a prediction (standard library only) |
| kserve/inferenceservice.yaml | a KServe InferenceService for model.onnx over the Open Inference Protocol V2 |
| k8s/*.yaml | Deployment, Service and autoscaler for Deploy Lab's own server |

## 1. Serve it on your machine

In a Deploy Lab checkout (Node 20.19 or newer), after \`npm ci && npm run build\`:

    npm run serve -- --models /path/to/${folder}/onnx

The server listens on http://127.0.0.1:8787 and endpoint "penguins" serves this model, run by ONNX Runtime
(the \`engine\` entry of each answer's Server-Timing header says so). To run the TensorFlow.js files instead:

    npm run serve -- --models /path/to/${folder}/model

## 2. Call it

With curl (the lab's contract, then the Open Inference Protocol V2):

    curl -s http://127.0.0.1:8787/api/endpoints/penguins/invocations -H 'Content-Type: application/json' -d '{"instances":[${instance}]}'
    curl -s http://127.0.0.1:8787/api/v2/models/${V2_MODEL}/infer -H 'Content-Type: application/json' -d '${v2Body}'

With the Python application (Python 3, nothing to install):

    python3 web_app.py --url http://127.0.0.1:8787 ${pyArgs}

## 3. Hand model.onnx to KServe

No KServe or Triton runs inside Deploy Lab; this step needs a Kubernetes cluster with KServe installed.
Copy the \`triton/\` folder to storage the cluster can read, put its address in \`storageUri\`, then apply:

    aws s3 cp --recursive triton/ s3://YOUR-BUCKET/deploy-lab/models/
    kubectl apply -f kserve/inferenceservice.yaml

The V2 request stays the same; only the host and the path prefix change:
\`/api/v2/models/${V2_MODEL}/infer\` becomes \`https://<your KServe host>/v2/models/${V2_MODEL}/infer\`.
`;
}

/** The deployment bundle as one zip: the tfjs folder, the ONNX folder, model.onnx in the Triton layout, web_app.py, a README and the manifests. */
export function buildDeploymentBundle(input: BundleInput): Uint8Array {
  const root = bundleFolder(input.version);
  const files: Record<string, Uint8Array> = {};
  for (const f of artifactToFiles(input.artifact)) {
    files[`${root}/model/${f.name}`] = f.bytes;
    if (f.name === 'preprocessing.json' || f.name === 'card.json') files[`${root}/onnx/${f.name}`] = f.bytes;
  }
  files[`${root}/onnx/model.onnx`] = input.onnx;
  files[`${root}/triton/${V2_MODEL}/1/model.onnx`] = input.onnx;
  files[`${root}/web_app.py`] = strToU8(input.texts.webAppPy);
  files[`${root}/README.md`] = strToU8(bundleReadme(input));
  files[`${root}/kserve/inferenceservice.yaml`] = strToU8(input.texts.inferenceService);
  files[`${root}/k8s/deployment.yaml`] = strToU8(input.texts.k8s.deployment);
  files[`${root}/k8s/service.yaml`] = strToU8(input.texts.k8s.service);
  files[`${root}/k8s/hpa.yaml`] = strToU8(input.texts.k8s.hpa);
  // A fixed date: the same model gives the same zip, byte for byte.
  return zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
}
