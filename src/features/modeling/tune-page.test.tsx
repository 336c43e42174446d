import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import { FakeTrainingClient, fakePoints, fakePreparedData, finishRun } from './fake-training-client';
import type { FakeRun, FakeScript } from './fake-training-client';
import { getModelSession, resetModelSession } from './model-session';
import { setTrainSettings } from './train-settings';
import TunePage from './tune-page';

const h = vi.hoisted(() => ({
  clients: [] as unknown[],
  create: (() => {
    throw new Error('set in beforeEach');
  }) as () => unknown,
  prepared: null as unknown,
}));
vi.mock('../../workers/training-client', () => ({ createTrainingClient: () => h.create() }));
vi.mock('../../store/prepared-data', () => ({ loadPreparedData: async () => h.prepared }));

let script: FakeScript;
const lastClient = () => h.clients.at(-1) as FakeTrainingClient;

function EvaluateStub() {
  return <h1>Evaluate</h1>;
}

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/model/tune', Component: TunePage },
      { path: '/model/evaluate', Component: EvaluateStub },
    ],
    { initialEntries: ['/model/tune'] },
  );
  return render(<RouterProvider router={router} />);
}

async function ready() {
  await screen.findByText(/Every run learns from the 240 training penguins/);
  await screen.findByText('wasm');
}

/** Validation accuracy per config in these tests: higher learning rate and more units do better, except the largest. */
const VAL_ACCURACY: Record<string, number> = { '0.01x8': 45 / 51, '0.01x16': 48 / 51, '0.1x8': 50 / 51, '0.1x16': 47 / 51 };
const valAccuracyOf = (lr: number, units: number) => VAL_ACCURACY[`${lr}x${units}`] ?? 0.5;

describe('tune page', () => {
  beforeEach(() => {
    resetModelSession();
    setTrainSettings({ ...DEFAULT_TRAIN_CONFIG, epochs: 5 });
    h.clients = [];
    script = (c) => ({ points: fakePoints(5, { valAccuracy: valAccuracyOf(c.learningRate, c.hidden[0] ?? 0) }), end: 'completed' });
    h.create = () => {
      const c = new FakeTrainingClient(script);
      h.clients.push(c);
      return c;
    };
    h.prepared = fakePreparedData();
  });

  it('says that only the validation set is used, and why not the test set', async () => {
    renderPage();
    await ready();
    expect(screen.getByText('Only the validation set is used here.')).toBeInTheDocument();
    expect(screen.getByText(/The 51 test penguins stay untouched/)).toBeInTheDocument();
    expect(screen.getByText(/would then no longer tell you how it does on new penguins/)).toBeInTheDocument();
  });

  it('queues a 2 × 2 grid and runs the 4 runs one after another, showing run k of N', async () => {
    const user = userEvent.setup();
    script = 'hold';
    renderPage();
    await ready();
    // Defaults are lr {0.01, 0.1} × units {8, 16}; make the choice explicit.
    const rates = screen.getByRole('group', { name: 'Learning rates' });
    const units = screen.getByRole('group', { name: 'Hidden units' });
    for (const box of within(rates).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await user.click(box);
    for (const box of within(units).getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) await user.click(box);
    await user.click(within(rates).getByLabelText('0.01'));
    await user.click(within(rates).getByLabelText('0.1'));
    await user.click(within(units).getByLabelText('8'));
    await user.click(within(units).getByLabelText('16'));
    await user.click(screen.getByRole('button', { name: 'Add 4 runs to the queue' }));
    expect(within(screen.getByRole('list', { name: 'Queue (4)' })).getAllByRole('listitem')).toHaveLength(4);

    await user.click(screen.getByRole('button', { name: 'Run the queue' }));
    const client = lastClient();
    for (let k = 0; k < 4; k++) {
      await waitFor(() => expect(client.runs).toHaveLength(k + 1));
      expect(screen.getByRole('progressbar', { name: 'Queue progress' })).toHaveAttribute('aria-valuetext', `Run ${k + 1} of 4`);
      // One at a time: the next run starts only after this one ends.
      expect(client.runs).toHaveLength(k + 1);
      const run = client.runs[k] as FakeRun;
      act(() => run.onEpochs(fakePoints(5), 20));
      act(() => finishRun(run, 'completed', 5));
    }
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Queue progress' })).not.toBeInTheDocument());
    expect(client.runs.map((r) => [r.config.learningRate, r.config.hidden])).toEqual([
      [0.01, [8]],
      [0.01, [16]],
      [0.1, [8]],
      [0.1, [16]],
    ]);
    expect(client.runs.every((r) => r.config.epochs === 5 && r.config.optimizer === 'adam')).toBe(true);
    expect(getModelSession().runs.map((r) => r.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
    expect(screen.getByRole('status')).toHaveTextContent('Queue finished: 4 of 4 runs done.');
  });

  it('sorts the results by validation accuracy, toggling aria-sort, and lets the learner choose a run', async () => {
    const user = userEvent.setup();
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Add 4 runs to the queue' }));
    await user.click(screen.getByRole('button', { name: 'Run the queue' }));
    await screen.findByText(/Queue finished/);

    const table = screen.getByRole('table', { name: /Final numbers of each run/ });
    const firstCells = () => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('rowheader')[0]?.textContent);
    expect(firstCells()).toEqual(['#1', '#2', '#3', '#4']);

    const header = within(table).getByRole('columnheader', { name: /Validation accuracy/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells()).toEqual(['#3', '#2', '#4', '#1']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(firstCells()).toEqual(['#1', '#4', '#2', '#3']);
    expect(within(table).getByRole('columnheader', { name: /^Run/ })).not.toHaveAttribute('aria-sort');

    expect(screen.getByText(/Best on validation so far:/)).toHaveTextContent('Run #3: lr 0.1, 8 units gets 50 of 51 validation penguins right (98.0%)');
    await user.click(within(table).getByRole('button', { name: 'Choose run #3' }));
    const chosen = getModelSession().runs.find((r) => r.id === getModelSession().chosenRunId);
    expect(chosen?.config.learningRate).toBe(0.1);
    expect(chosen?.config.hidden).toEqual([8]);
    expect(screen.getByRole('link', { name: /Evaluate it on the test set/ })).toHaveAttribute('href', '/model/evaluate');
  });

  it('overlays the validation loss of compared runs with a legend and a table twin', async () => {
    const user = userEvent.setup();
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Add 4 runs to the queue' }));
    await user.click(screen.getByRole('button', { name: 'Run the queue' }));
    await screen.findByText(/Queue finished/);

    const chart = screen.getByRole('region', { name: 'Validation loss of the compared runs' });
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/Line chart of validation loss per epoch for 4 runs/);
    expect(within(chart).getByText(/Run #1: lr 0.01, 8 units/)).toBeInTheDocument();
    expect(within(chart).getByText('(dashed line)')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Compare run #2' }));
    expect(within(chart).getByRole('img')).toHaveAccessibleName(/for 3 runs/);
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const twin = within(chart).getByRole('table');
    expect(within(twin).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Epoch', 'Run #1: lr 0.01, 8 units', 'Run #3: lr 0.1, 8 units', 'Run #4: lr 0.1, 16 units']);
    expect(within(twin).getAllByRole('row')).toHaveLength(6);
  });

  it('Stop the queue stops the current run and drops the waiting ones', async () => {
    const user = userEvent.setup();
    script = 'hold';
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Add 4 runs to the queue' }));
    await user.click(screen.getByRole('button', { name: 'Run the queue' }));
    const client = lastClient();
    await waitFor(() => expect(client.runs).toHaveLength(1));
    const run = client.runs[0] as FakeRun;
    act(() => run.onEpochs(fakePoints(2), 10));
    await user.click(screen.getByRole('button', { name: 'Stop the queue' }));
    expect(client.stop).toHaveBeenCalledWith(run.runId);
    act(() => finishRun(run, 'stopped', 2));
    await waitFor(() => expect(screen.queryByRole('progressbar', { name: 'Queue progress' })).not.toBeInTheDocument());
    expect(client.runs).toHaveLength(1);
    expect(getModelSession().runs.map((r) => r.status)).toEqual(['stopped']);
  });
});
