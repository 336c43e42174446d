// @vitest-environment node
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inlineModelFromFiles } from '../modeling/artifact';
import { modelCardSchema, preprocessingSchema } from '../serving/model-artifact';
import { artifactToOnnx } from './artifact-to-onnx';
import { buildDeploymentBundle, bundleFolder } from './deployment-bundle';
import type { BundleTexts } from './deployment-bundle';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url));
const text = (path: string) => read(path).toString('utf8');

const model = inlineModelFromFiles(text('public/models/penguins/v1/model.json'), new Uint8Array(read('public/models/penguins/v1/weights.bin')));
if (!model.ok) throw new Error(model.problems.join('; '));
const artifact = {
  model: model.value,
  preprocessing: preprocessingSchema.parse(JSON.parse(text('public/models/penguins/v1/preprocessing.json'))),
  card: modelCardSchema.parse(JSON.parse(text('public/models/penguins/v1/card.json'))),
};
const onnx = artifactToOnnx(artifact, 'run 7/x');
if (!onnx.ok) throw new Error(onnx.problems.join('; '));
const texts: BundleTexts = {
  webAppPy: text('public/examples/web_app.py'),
  inferenceService: text('public/deploy/kserve/inferenceservice.yaml'),
  k8s: { deployment: text('public/deploy/k8s/deployment.yaml'), service: text('public/deploy/k8s/service.yaml'), hpa: text('public/deploy/k8s/hpa.yaml') },
};

describe('buildDeploymentBundle', () => {
  const zip = buildDeploymentBundle({ artifact, onnx: onnx.bytes, version: 'run 7/x', texts });
  const files = unzipSync(zip);
  const root = bundleFolder('run 7/x');

  it('holds model.onnx (served folder and Triton layout), the tfjs files, web_app.py, a README and the manifests, in one safe folder', () => {
    expect(root).toBe('deploy-lab-run-7-x');
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.md',
        'k8s/deployment.yaml',
        'k8s/hpa.yaml',
        'k8s/service.yaml',
        'kserve/inferenceservice.yaml',
        'model/card.json',
        'model/model.json',
        'model/preprocessing.json',
        'model/weights.bin',
        'onnx/card.json',
        'onnx/model.onnx',
        'onnx/preprocessing.json',
        'triton/penguins/1/model.onnx',
        'web_app.py',
      ].map((f) => `${root}/${f}`),
    );
    expect(files[`${root}/onnx/model.onnx`]).toEqual(onnx.bytes);
    expect(files[`${root}/onnx/preprocessing.json`]).toEqual(files[`${root}/model/preprocessing.json`]);
    expect(files[`${root}/triton/penguins/1/model.onnx`]).toEqual(onnx.bytes);
    expect(files[`${root}/model/weights.bin`]).toEqual(new Uint8Array(read('public/models/penguins/v1/weights.bin')));
    expect(strFromU8(files[`${root}/web_app.py`] as Uint8Array)).toBe(texts.webAppPy);
    expect(strFromU8(files[`${root}/kserve/inferenceservice.yaml`] as Uint8Array)).toBe(texts.inferenceService);
  });

  it('gives a README with the exact commands: serve the folder, curl both contracts, web_app.py, KServe', () => {
    const readme = strFromU8(files[`${root}/README.md`] as Uint8Array);
    expect(readme).toContain(`npm run serve -- --models /path/to/${root}/onnx\n`);
    expect(readme).toContain(`npm run serve -- --models /path/to/${root}/model\n`);
    expect(readme).toContain(`curl -s http://127.0.0.1:8787/api/endpoints/penguins/invocations -H 'Content-Type: application/json' -d '{"instances":[{"bill_length_mm":39.1,"bill_depth_mm":18.7,"flipper_length_mm":181,"body_mass_g":3750}]}'`);
    expect(readme).toContain(`'{"inputs":[{"name":"input-0","shape":[1,4],"datatype":"FP32","data":[39.1,18.7,181,3750]}]}'`);
    expect(readme).toContain('python3 web_app.py --url http://127.0.0.1:8787 --bill-length-mm 39.1 --bill-depth-mm 18.7 --flipper-length-mm 181 --body-mass-g 3750');
    // web_app.py's own flags: the README must not invent one.
    for (const flag of readme.match(/--[a-z-]+(?= )/g) ?? []) if (flag !== '--models' && flag !== '--recursive') expect(texts.webAppPy).toContain(`"${flag}"`);
    expect(readme).toContain('kubectl apply -f kserve/inferenceservice.yaml');
    expect(readme).toContain('No KServe or Triton runs inside Deploy Lab');
  });

  it('is the same zip, byte for byte, for the same model', () => {
    expect(buildDeploymentBundle({ artifact, onnx: onnx.bytes, version: 'run 7/x', texts })).toEqual(zip);
  });
});
