import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import penguinsJson from 'vega-datasets/data/penguins.json';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromVegaRecord } from '../../core/data/penguins';
import type { VegaPenguinRecord } from '../../core/data/penguins';
import { runPipeline } from '../../core/data/pipeline';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../../core/data/pipeline-state';
import { inlineModelFromFiles } from '../../core/modeling/artifact';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import type { InlineModel } from '../../core/serving/model-artifact';
import { clearSavedArtifacts } from '../../store/artifact-store';
import { CORRUPT_RUNS_NOTICE, writeRawRunsForTests } from '../../store/runs-store';
import type { PreparedData } from '../../store/prepared-data';
import { TEST_LOCK_KEY } from '../../store/test-lock-store';
import type { TrainingClient } from '../../workers/training-client';
import EvaluatePage from './evaluate-page';
import { addRun, chooseRun, forgetRestoreForTests, resetModelSession, restoreModelSession } from './model-session';
import type { TrainingRun } from './model-session';
import { forgetEvaluation } from './use-evaluation';

// The real pipeline on the bundled data: the default 240/51/51 split.
const rows = (penguinsJson as VegaPenguinRecord[]).map((r, i) => ({ ...fromVegaRecord(r), id: i + 1 }));
const result = runPipeline(rows, DEFAULT_PIPELINE);
if (!result.sets) throw new Error('the default pipeline must give sets');
const data: PreparedData = { ok: true, state: DEFAULT_PIPELINE, result: { ...result, sets: result.sets }, notice: null };
const test = result.sets.test;
// The one test penguin the fake model gets wrong: the first Chinstrap, taken for an Adelie.
const wrong = test.labels.indexOf(1);
const wrongRow = test.rows[wrong];

const predict = vi.fn(async (_model: InlineModel, x: number[][]) =>
  x.map((_, i) => (i === wrong ? [0.7, 0.25, 0.05] : [0, 1, 2].map((k) => (k === test.labels[i] ? 0.9 : 0.05)))),
);
const client = { predict, backend: async () => 'cpu', train: vi.fn(), stop: vi.fn(), dispose: vi.fn() } as unknown as TrainingClient;
vi.mock('./use-training-client', () => ({ useTrainingClient: () => ({ client, backend: 'cpu', error: null, restart: () => {} }) }));
vi.mock('./use-prepared-data', () => ({ usePreparedData: () => ({ prepared: { status: 'ready', data }, retry: () => {} }) }));

const v1 = join(process.cwd(), 'public/models/penguins/v1');
const model = inlineModelFromFiles(readFileSync(join(v1, 'model.json'), 'utf8'), new Uint8Array(readFileSync(join(v1, 'weights.bin'))));
if (!model.ok) throw new Error('v1 unreadable');

const run: TrainingRun = {
  id: 'train-abc-1',
  source: 'train',
  config: DEFAULT_TRAIN_CONFIG,
  points: [{ epoch: 200, loss: 0.05, accuracy: 0.99, valLoss: 0.06, valAccuracy: 1 }],
  status: 'completed',
  model: model.value,
  durationMs: 800,
  elapsedMs: 800,
  backend: 'cpu',
  startedAt: new Date(Date.now() - 60_000).toISOString(),
  dataKey: pipelineToQuery(DEFAULT_PIPELINE),
  afterTestSeen: false,
};

function renderPage() {
  const router = createMemoryRouter([{ path: '/model/evaluate', Component: EvaluatePage }], { initialEntries: ['/model/evaluate'] });
  return render(<RouterProvider router={router} />);
}

const realCreate = URL.createObjectURL;
const realRevoke = URL.revokeObjectURL;
beforeAll(() => {
  // jsdom has no object URLs.
  URL.createObjectURL = vi.fn(() => `blob:test/${Math.random()}`);
  URL.revokeObjectURL = vi.fn();
});
afterAll(() => {
  URL.createObjectURL = realCreate;
  URL.revokeObjectURL = realRevoke;
});

beforeEach(async () => {
  localStorage.clear();
  resetModelSession();
  forgetEvaluation();
  predict.mockClear();
  await clearSavedArtifacts();
});

describe('evaluate page', () => {
  it('says so when the stored runs were damaged and reset, as Train and Tune do', async () => {
    await writeRawRunsForTests({ runs: 'not a list', chosenRunId: 7 });
    forgetRestoreForTests();
    await restoreModelSession();
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No model chosen yet' })).toBeInTheDocument();
    expect(screen.getByText(CORRUPT_RUNS_NOTICE)).toHaveAttribute('role', 'status');
  });

  it('without a chosen run, points to Train and Tune', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No model chosen yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Train' })).toHaveAttribute('href', '/model/train');
    expect(screen.getByRole('link', { name: 'Tune' })).toHaveAttribute('href', '/model/tune');
    expect(await screen.findByText('No model saved yet.')).toBeInTheDocument();
  });

  it('evaluates in the worker, records the lock, compares with the baseline and lists the rows of a cell', async () => {
    const user = userEvent.setup();
    addRun(run);
    chooseRun(run.id);
    renderPage();
    expect(await screen.findByText(/Test set untouched/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Evaluate on the test set' }));

    expect(predict).toHaveBeenCalledWith(run.model, test.xScaled);
    // 50 of 51 right; Adelie is the majority of the training set.
    expect(await screen.findByText(/50 of 51 penguins named correctly/)).toBeInTheDocument();
    expect(screen.getByText(/^Always guessing Adelie would get \d+% right; your model gets 98%\./)).toBeInTheDocument();
    expect(screen.getByText(/The test set was used on/)).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(TEST_LOCK_KEY) ?? '{}').uses[0]).toMatchObject({ runId: run.id, accuracy: 50 / 51 });

    const matrix = screen.getByRole('table', { name: /Confusion matrix on 51 penguins/ });
    expect(within(matrix).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['predicted Adelie', 'predicted Chinstrap', 'predicted Gentoo', 'Total']);
    const cell = within(matrix).getByRole('button', { name: /^1 penguin, \d+% of actual Chinstrap, predicted as Adelie: a mistake/ });
    await user.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('table', { name: 'Actual Chinstrap, predicted Adelie: 1 penguin' });
    const cells = within(list).getAllByRole('row')[1];
    expect(cells).toHaveTextContent(`#${wrongRow?.id}`);
    expect(cells).toHaveTextContent(String(wrongRow?.bill_length_mm));
    expect(cells).toHaveTextContent('70.0% (predicted)');

    expect(screen.getByRole('table', { name: 'Precision, recall and F1 per species (test set)' })).toBeInTheDocument();
  });

  it('marks a later evaluation as "the test set has been seen"', async () => {
    const user = userEvent.setup();
    addRun(run);
    chooseRun(run.id);
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Evaluate on the test set' }));
    await screen.findByText(/50 of 51/);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Evaluate on the test set again' }));
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(/The test set has been seen/);
    expect(note).toHaveTextContent(/optimistic/);
  });

  it('saves the model, offers its four files, and shows it again after a reload', async () => {
    const user = userEvent.setup();
    addRun(run);
    chooseRun(run.id);
    const view = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Evaluate on the test set' }));
    await screen.findByText(/50 of 51/);
    await user.click(screen.getByRole('button', { name: 'Save model' }));
    expect(await screen.findByText(/in 4 files/)).toHaveTextContent(/Saved on .* · \d+\.\d KB in 4 files/);
    const links = await screen.findAllByRole('link', { name: /^Download (?!as ONNX)/ });
    expect(links.map((a) => a.getAttribute('download'))).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'card.json']);
    // The ONNX encoder is a lazy chunk: its first import can take a few seconds on a busy machine.
    expect(await screen.findByRole('link', { name: /^Download as ONNX/ }, { timeout: 10_000 })).toHaveAttribute('download', 'model.onnx');

    view.unmount();
    resetModelSession();
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Your saved model' })).toBeInTheDocument();
    expect(screen.getByText('98%', { selector: 'dd' })).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: /^Download (?!as ONNX)/ })).toHaveLength(4);
  });

  it('refuses to evaluate a run trained on other data choices and links back to them', async () => {
    addRun({ ...run, dataKey: pipelineToQuery({ ...DEFAULT_PIPELINE, scaler: 'minmax' }) });
    chooseRun(run.id);
    renderPage();
    expect(await screen.findByText(/Your data choices changed since this run was trained\./, { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Evaluate on the test set' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save model' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Restore this run’s data choices' }).getAttribute('href')).toMatch(/^\/data\/prepare\?.*scale=minmax/);
  });
});
