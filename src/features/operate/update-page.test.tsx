import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Exchange, HeaderPair, RequestSpec } from '../../core/http/exchange';
import { inlineModelFromFiles } from '../../core/modeling/artifact';
import type { RequestLogView } from '../../core/monitoring/log-entry';
import { createEndpoint } from '../../core/serving/endpoint';
import type { InlineModel, ModelVersion } from '../../core/serving/model-artifact';
import { Registry } from '../../core/serving/registry';
import { defaultRegistryState } from '../../core/serving/registry-state';
import { createHandlers } from '../../mocks/handlers';
import { createRequestLog } from '../../mocks/request-log';
import { runtimeContext } from '../../mocks/serving-context';
import type { TrainingClient } from '../../workers/training-client';
import { DEFAULT_PIPELINE } from '../../core/data/pipeline-state';
import { PIPELINE_KEY, savePipelineState } from '../../store/pipeline-store';
import { UPDATE_HISTORY_KEY } from './update-history-store';
import { UpdateView } from './update-page';

// The page talks to the real endpoint function through MSW's Node server: only the transport is swapped
// (absolute URLs for Node's fetch, no service worker to start) and the model is a stand-in (tfjs is not the subject here).
const h = vi.hoisted(() => ({ log: null as unknown }));
vi.mock('../../api/mock-api', () => ({ requestLog: async () => h.log as RequestLogView, ensureMockApi: async () => ({}) }));
vi.mock('../../api/client', () => ({
  sendRequest: async (spec: RequestSpec): Promise<Exchange> => {
    const res = await fetch(`http://localhost${spec.url}`, { method: spec.method, headers: spec.headers as [string, string][], body: spec.body });
    const body = await res.text();
    const headers: HeaderPair[] = [...res.headers.entries()];
    return { id: `ex-${Math.random()}`, request: spec, response: { status: res.status, statusText: res.statusText, headers, body, bytes: body.length }, error: null, startedAt: new Date().toISOString(), durationMs: 1 };
  },
}));

const V1 = join(process.cwd(), 'public/models/penguins/v1');
const read = (name: string) => readFileSync(join(V1, name));
const reference: ModelVersion = {
  version: 'v1',
  registeredAt: '2026-11-26T00:00:00.000Z',
  card: JSON.parse(read('card.json').toString('utf8')),
  preprocessing: JSON.parse(read('preprocessing.json').toString('utf8')),
  source: { kind: 'url', modelUrl: '/models/penguins/v1/model.json' },
};
const registry = new Registry(defaultRegistryState(reference, reference.registeredAt));
// Every version predicts Adelie with 80%: enough for the page, which never looks inside the model.
const server = setupServer(...createHandlers(createEndpoint(runtimeContext(registry, async () => ({ predict: async (x) => x.map(() => [0.8, 0.1, 0.1]) })))));
const log = createRequestLog(server.events);
h.log = log;
let v1Model: InlineModel;

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  const model = inlineModelFromFiles(read('model.json').toString('utf8'), new Uint8Array(read('weights.bin')));
  if (!model.ok) throw new Error(model.problems.join('; '));
  v1Model = model.value;
});
afterAll(() => server.close());
beforeEach(() => {
  registry.replace(defaultRegistryState(reference, reference.registeredAt));
  log.clear();
  localStorage.removeItem(UPDATE_HISTORY_KEY);
});

/** What the last fake training run was given (the retrain's data). */
let trained: Parameters<TrainingClient['train']>[0] | null = null;

/** A training client that "trains" instantly and returns the reference weights (real, loadable ones). */
function fakeClient(): TrainingClient {
  return {
    backend: async () => 'cpu',
    train: (args, onEpochs) => {
      trained = args;
      const done = (async () => {
        onEpochs([{ epoch: args.config.epochs, loss: 0.1, accuracy: 1, valLoss: 0.1, valAccuracy: 1 }], 5);
        return { end: 'completed' as const, model: v1Model, epochsRun: args.config.epochs, durationMs: 5, backend: 'cpu' };
      })();
      return { runId: 'fake-1', done };
    },
    stop: () => {},
    predict: async (_model, x) => x.map(() => [1, 0, 0]),
    dispose: () => {},
  };
}

/** One invocation and its ground-truth feedback, sent as a client would. */
async function labelled(instance: Record<string, number>, species: string) {
  const res = await fetch('http://localhost/api/endpoints/penguins/invocations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ instances: [instance] }) });
  const id = res.headers.get('X-Request-Id');
  await fetch('http://localhost/api/endpoints/penguins/feedback', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ request_id: id, labels: [species] }) });
}

function renderPage() {
  const router = createMemoryRouter([{ path: '/deploy/update', element: <UpdateView makeClient={fakeClient} /> }, { path: '/deploy/monitor', element: <h1>Monitor</h1> }], {
    initialEntries: ['/deploy/update'],
  });
  return render(<RouterProvider router={router} />);
}

describe('update page', () => {
  it('without feedback, says exactly why and how to get some on the monitor page', async () => {
    renderPage();
    // The page's own calls (versions, endpoint) are in the log: the sentence says since when none of them is feedback.
    expect(await screen.findByText(/^No labelled feedback since .+, the oldest of the \d+ requests the log holds\.$/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Monitor and run New population' })).toHaveAttribute('href', '/deploy/monitor?scenario=new-population');
    expect(await screen.findByText(/Only one version is registered/)).toBeInTheDocument();
  });

  it('retrains on training rows plus feedback rows, saves, and registers the new version', async () => {
    await labelled({ bill_length_mm: 45.1, bill_depth_mm: 18.5, flipper_length_mm: 190, body_mass_g: 3700 }, 'Adelie');
    await labelled({ bill_length_mm: 52.0, bill_depth_mm: 15.0, flipper_length_mm: 222, body_mass_g: 5500 }, 'Gentoo');
    const user = userEvent.setup();
    renderPage();
    const table = await screen.findByRole('table', { name: 'Labelled rows from feedback, per species' });
    expect(within(table).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '1', '2']);
    expect(await screen.findByText(/training rows \+ 2 new rows from feedback =/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retrain with this data' }));
    expect(await screen.findByText('Retrained and saved.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Register as a new version' }));
    const versions = await screen.findByRole('table', { name: 'Versions and their traffic now' });
    await waitFor(() => expect(within(versions).getByRole('rowheader', { name: 'v2' })).toBeInTheDocument());
    expect(versions).toHaveTextContent(/\+ 2 feedback rows/);
    expect(screen.getByRole('region', { name: 'Requests sent from this page' })).toHaveTextContent(/POST\s*\/api\/models\s*→\s*201 Created/);
  }, 30_000);

  it('shows the notice when the stored log could not be restored', async () => {
    const notice = 'The request log saved by an earlier visit could not be read.';
    h.log = { ...log, notice, entries: () => log.entries(), total: () => log.total(), subscribe: log.subscribe, clear: log.clear };
    try {
      renderPage();
      expect(await screen.findByRole('alert')).toHaveTextContent(notice);
    } finally {
      h.log = log;
    }
  });

  it('retrains on the measurements chosen on Prepare, as the serving model was trained', async () => {
    savePipelineState({ ...DEFAULT_PIPELINE, features: ['bill_length_mm', 'body_mass_g'] });
    try {
      await labelled({ bill_length_mm: 45.1, bill_depth_mm: 18.5, flipper_length_mm: 190, body_mass_g: 3700 }, 'Adelie');
      const user = userEvent.setup();
      renderPage();
      await user.click(await screen.findByRole('button', { name: 'Retrain with this data' }));
      expect(await screen.findByText('Retrained and saved.')).toBeInTheDocument();
      expect(trained?.train.x.every((row) => row.length === 2)).toBe(true);
      expect(trained?.validation.x[0]).toHaveLength(2);
      // The feedback row is the last training row: bill length and body mass only, scaled.
      expect(trained?.train.x.length).toBeGreaterThan(1);
    } finally {
      localStorage.removeItem(PIPELINE_KEY);
    }
  }, 30_000);

  it('deploys a canary with a real PUT, then rolls back to the remembered config', async () => {
    registry.addVersion({ ...reference, version: 'v2', registeredAt: new Date().toISOString() });
    const user = userEvent.setup();
    renderPage();
    const deploy = await screen.findByRole('button', { name: 'Deploy v2 as a canary at 10%' });
    await user.click(deploy);
    const steps = screen.getByRole('region', { name: 'Requests sent from this page' });
    await waitFor(() => expect(steps).toHaveTextContent(/Send 10% of traffic to v2 \(canary\):\s*PUT\s*\/api\/endpoints\/penguins\s*→\s*200 OK/));
    expect(registry.getEndpoint('penguins')?.variants).toEqual([
      { version: 'v1', weight: 90 },
      { version: 'v2', weight: 10 },
    ]);
    expect(await screen.findByText(/You are running a canary: v2 has had 10% of traffic/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(registry.getEndpoint('penguins')?.variants).toEqual([{ version: 'v1', weight: 100 }]));
    expect(await screen.findByText(/You ran a canary: v2 got 10% of traffic for \d+ s, then you rolled back\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Roll back' })).toBeDisabled();
  }, 30_000);

  it('shows the problem detail when the endpoint refuses the config (422)', async () => {
    // A version with other classes: the endpoint refuses to serve it beside v1.
    const other = structuredClone(reference);
    registry.addVersion({ ...other, version: 'v2', preprocessing: { ...other.preprocessing, classes: ['a', 'b', 'c'] } });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Deploy v2 as a canary at 10%' }));
    const steps = screen.getByRole('region', { name: 'Requests sent from this page' });
    await waitFor(() => expect(steps).toHaveTextContent('422 Unprocessable'));
    expect(steps).toHaveTextContent(/has different features or classes/);
    expect(registry.getEndpoint('penguins')?.variants).toEqual([{ version: 'v1', weight: 100 }]);
  }, 30_000);

  it('drops a corrupt stored history with a notice', async () => {
    localStorage.setItem(UPDATE_HISTORY_KEY, '{"not":"a history"');
    renderPage();
    expect(await screen.findByText(/could not be read, so it was dropped/)).toBeInTheDocument();
    expect(localStorage.getItem(UPDATE_HISTORY_KEY)).toBeNull();
  });
});
