import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { inlineModelFromFiles } from '../../core/modeling/artifact';
import type { DeployableArtifact } from '../../core/modeling/artifact';
import { modelCardSchema, preprocessingSchema } from '../../core/serving/model-artifact';
import { saveArtifact } from '../../store/artifact-store';
import { PortableFormatSection } from './portable-format-section';

const dir = join(process.cwd(), 'public/models/penguins/v1');
const read = (name: string) => readFileSync(join(dir, name));
const model = inlineModelFromFiles(read('model.json').toString('utf8'), new Uint8Array(read('weights.bin')));
if (!model.ok) throw new Error(model.problems.join('; '));
const artifact: DeployableArtifact = {
  model: model.value,
  preprocessing: preprocessingSchema.parse(JSON.parse(read('preprocessing.json').toString('utf8'))),
  card: modelCardSchema.parse({ ...JSON.parse(read('card.json').toString('utf8')), run_id: 'run-3' }),
};

const renderSection = () =>
  render(
    <MemoryRouter>
      <PortableFormatSection />
    </MemoryRouter>,
  );

// The encoder and fflate are lazy chunks: their first import can take seconds on a busy machine.
const slow = { timeout: 15_000 };

describe('PortableFormatSection (Deploy)', () => {
  it('shows the learner’s own model.onnx inputs and outputs and offers it and the bundle', async () => {
    expect((await saveArtifact(artifact, 'run-3')).ok).toBe(true);
    renderSection();
    const table = await screen.findByRole('table', { name: /Inputs and outputs of your model.onnx \(ONNX operator set 13, version run-3\)/ }, slow);
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('inputinput-0FP32[N, 4]raw bill_length_mm, bill_depth_mm, flipper_length_mm, body_mass_g (one row per penguin; N is any number of rows)');
    expect(rows[2]).toBe('outputprobabilitiesFP32[N, 3]probability of Adelie, Chinstrap, Gentoo, in that order');
    expect(screen.getByRole('link', { name: /^Download as ONNX/ })).toHaveAttribute('download', 'model.onnx');
    expect(await screen.findByRole('link', { name: /^Download deployment bundle/ }, slow)).toHaveAttribute('download', 'deploy-lab-run-3.zip');
    expect(screen.getByText(/an engine you did not write can serve your model/)).toBeInTheDocument();
  }, 40_000);

  it('says which field stops the export of a model ONNX cannot hold', async () => {
    const topology = structuredClone(artifact.model.modelTopology) as { config: { layers: { config: { activation: string } }[] } };
    (topology.config.layers[0] as { config: { activation: string } }).config.activation = 'selu';
    expect((await saveArtifact({ ...artifact, model: { ...artifact.model, modelTopology: topology } }, 'run-4')).ok).toBe(true);
    renderSection();
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent('model.json: modelTopology.config.layers.0.config.activation: activation "selu" cannot be exported');
    expect(screen.queryByRole('link', { name: /^Download deployment bundle/ })).toBeNull();
  }, 40_000);
});
