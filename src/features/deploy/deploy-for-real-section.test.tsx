import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineModelFromFiles } from '../../core/modeling/artifact';
import type { DeployableArtifact } from '../../core/modeling/artifact';
import { modelCardSchema, preprocessingSchema } from '../../core/serving/model-artifact';
import { setApiTarget } from '../../store/api-target-store';
import { saveArtifact } from '../../store/artifact-store';
import { DeployForRealSection } from './deploy-for-real-section';

const dir = join(process.cwd(), 'public/models/penguins/v1');
const read = (name: string) => readFileSync(join(dir, name));
const model = inlineModelFromFiles(read('model.json').toString('utf8'), new Uint8Array(read('weights.bin')));
if (!model.ok) throw new Error(model.problems.join('; '));
const artifact: DeployableArtifact = {
  model: model.value,
  preprocessing: preprocessingSchema.parse(JSON.parse(read('preprocessing.json').toString('utf8'))),
  card: modelCardSchema.parse({ ...JSON.parse(read('card.json').toString('utf8')), run_id: 'run-7' }),
};

const renderSection = () =>
  render(
    <MemoryRouter>
      <DeployForRealSection />
    </MemoryRouter>,
  );

describe('Deploy for real (Deploy)', () => {
  afterEach(() => setApiTarget({ kind: 'tab' }));

  it('without a saved model: the shipped v1, a server without --models, and web_app.py’s real text', async () => {
    renderSection();
    expect(await screen.findByText(/You have no saved model yet/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Command that starts the real server' })).toHaveTextContent(/^npm run serve -- --allow-origin http:\/\/localhost:\d+$/);
    // The file itself, imported at build time: a copy in the component would drift from it.
    expect(screen.getByRole('region', { name: 'web_app.py' }).textContent).toBe(readFileSync(join(process.cwd(), 'public/examples/web_app.py'), 'utf8'));
    expect(screen.getByRole('link', { name: 'web_app.py' })).toHaveAttribute('href', '/examples/web_app.py');
  });

  it('with a saved model and a real server chosen: its folder as v2, and curl and Python calling that server', async () => {
    expect((await saveArtifact(artifact, 'run-7')).ok).toBe(true);
    setApiTarget({ kind: 'server', url: 'http://127.0.0.1:8787' });
    renderSection();
    expect(await screen.findByText('./penguins-run-7')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Command that starts the real server' })).toHaveTextContent('--models ./penguins-run-7');
    expect(screen.getByRole('region', { name: 'curl command that calls your model' })).toHaveTextContent("curl -i -X POST 'http://127.0.0.1:8787/api/endpoints/penguins/invocations'");
    expect(screen.getByRole('region', { name: 'Command that runs web_app.py' })).toHaveTextContent('python3 public/examples/web_app.py --url http://127.0.0.1:8787 --bill-length-mm 39.1');
    expect(screen.getAllByText('v2').length).toBeGreaterThan(0);
  });
});
