/**
 * The ONNX export in real Chromium: with a saved model, Deploy shows its model.onnx inputs and outputs and
 * offers the file and the deployment bundle; the downloaded bytes are the ones Node's export writes; no CSP
 * violation or page error on the way (the encoder and fflate load lazily under the app's strict CSP).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { artifactByteSize, inlineModelFromFiles } from '../../src/core/modeling/artifact';
import type { DeployableArtifact } from '../../src/core/modeling/artifact';
import { artifactToOnnx } from '../../src/core/onnx/artifact-to-onnx';
import { modelCardSchema, preprocessingSchema } from '../../src/core/serving/model-artifact';
import { assertNoAxeViolations } from './axe';
import { openRoute, recordCspViolations, setupE2E, waitForText } from './harness';

const { e2e } = setupE2E();
const V1 = join(process.cwd(), 'public/models/penguins/v1');

async function v1Artifact(): Promise<DeployableArtifact> {
  const model = inlineModelFromFiles(await readFile(join(V1, 'model.json'), 'utf8'), new Uint8Array(await readFile(join(V1, 'weights.bin'))));
  if (!model.ok) throw new Error(model.problems.join('; '));
  return {
    model: model.value,
    preprocessing: preprocessingSchema.parse(JSON.parse(await readFile(join(V1, 'preprocessing.json'), 'utf8'))),
    card: modelCardSchema.parse({ ...JSON.parse(await readFile(join(V1, 'card.json'), 'utf8')), run_id: 'run-e2e' }),
  };
}

e2e(
  'deploy: the saved model as model.onnx (inputs and outputs shown) and as a deployment bundle',
  async (probe) => {
    const { page } = probe;
    const violations = await recordCspViolations(page);
    const artifact = await v1Artifact();
    await openRoute(probe, '/');
    // The same record the Evaluate page's "Save model" writes to IndexedDB.
    const saved = { id: 'run-e2e-1', savedAt: new Date().toISOString(), runId: 'run-e2e', sizeBytes: artifactByteSize(artifact), artifact };
    await page.evaluate(
      (record) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('deploy-lab', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('artifacts');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('artifacts', 'readwrite');
            tx.objectStore('artifacts').put(record, 'latest');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      saved,
    );

    await openRoute(probe, '/deploy/endpoint');
    const section = page.getByRole('region', { name: 'Take your model elsewhere: ONNX' });
    await waitForText(section.getByRole('table'), /input-0\s+FP32\s+\[N, 4\]/, 20_000);
    await waitForText(section.getByRole('table'), /probabilities\s+FP32\s+\[N, 3\]/);
    const bundleLink = section.getByRole('link', { name: /^Download deployment bundle/ });
    await bundleLink.waitFor({ timeout: 20_000 });
    await assertNoAxeViolations(page, '/deploy/endpoint with a saved model (ONNX section)');

    const onnxDownload = page.waitForEvent('download');
    await section.getByRole('link', { name: /^Download as ONNX/ }).click();
    const onnxPath = await (await onnxDownload).path();
    const expected = artifactToOnnx(artifact, 'run-e2e');
    if (!expected.ok) throw new Error(expected.problems.join('; '));
    assert.deepEqual(new Uint8Array(await readFile(onnxPath)), expected.bytes, 'the page writes the same model.onnx as Node');

    const bundleDownload = page.waitForEvent('download');
    await bundleLink.click();
    const download = await bundleDownload;
    assert.equal(download.suggestedFilename(), 'deploy-lab-run-e2e.zip');
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    for (const name of ['README.md', 'web_app.py', 'onnx/model.onnx', 'model/model.json', 'kserve/inferenceservice.yaml', 'triton/penguins/1/model.onnx']) {
      assert.ok(files[`deploy-lab-run-e2e/${name}`], `the bundle lacks ${name}`);
    }
    console.log(`deployment bundle from the page: ${(await readFile(await download.path())).byteLength} bytes`);

    await openRoute(probe, '/model/evaluate');
    await page.getByRole('link', { name: /^Download as ONNX/ }).waitFor({ timeout: 20_000 });
    assert.deepEqual(violations, []);
    assert.deepEqual(probe.pageErrors, []);
  },
  { timeout: 90_000 },
);
