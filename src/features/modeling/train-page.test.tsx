import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERFITTING_PATIENCE } from '../../core/modeling/curves';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import type { PreparedData } from '../../store/prepared-data';
import { FakeTrainingClient, fakePoints, fakePreparedData, finishRun } from './fake-training-client';
import type { FakeScript } from './fake-training-client';
import { getModelSession, resetModelSession } from './model-session';
import TrainPage from './train-page';
import { setTrainSettings } from './train-settings';

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
const clients = () => h.clients as FakeTrainingClient[];
const lastClient = () => clients().at(-1) as FakeTrainingClient;

function EvaluateStub() {
  return <h1>Evaluate</h1>;
}
function PrepareStub() {
  return <h1>Prepare</h1>;
}

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/model/train', Component: TrainPage },
      { path: '/model/evaluate', Component: EvaluateStub },
      { path: '/data/prepare', Component: PrepareStub },
    ],
    { initialEntries: ['/model/train'] },
  );
  return render(<RouterProvider router={router} />);
}

/** Waits until the data is in and the worker reports its backend. */
async function ready() {
  await screen.findByText('X_train: 240 × 4');
  await screen.findByText('wasm');
}

describe('train page', () => {
  beforeEach(() => {
    resetModelSession();
    setTrainSettings(DEFAULT_TRAIN_CONFIG);
    h.clients = [];
    script = () => ({ points: fakePoints(3), end: 'completed' });
    h.create = () => {
      const c = new FakeTrainingClient(script);
      h.clients.push(c);
      return c;
    };
    h.prepared = fakePreparedData();
  });

  it('shows which data the model learns from', async () => {
    renderPage();
    await ready();
    expect(screen.getByText('X_val: 51 × 4')).toBeInTheDocument();
    expect(screen.getByText('y_train: 240')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Test 51 rows/ })).toHaveTextContent('not used');
  });

  it('validates settings inline and disables Train with a reason', async () => {
    const user = userEvent.setup();
    renderPage();
    await ready();
    const train = screen.getByRole('button', { name: 'Train' });
    expect(train).toBeEnabled();

    const epochs = screen.getByLabelText('Epochs');
    await user.clear(epochs);
    await user.type(epochs, '5000');
    expect(screen.getByText('Use a whole number of epochs from 1 to 1000.')).toBeInTheDocument();
    expect(epochs).toHaveAttribute('aria-invalid', 'true');
    expect(epochs).toHaveAccessibleDescription('Use a whole number of epochs from 1 to 1000.');
    expect(train).toBeDisabled();
    expect(screen.getByText('Fix the setting marked above first.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Hidden layers'), '2');
    const units2 = screen.getByLabelText('Units in layer 2');
    await user.clear(units2);
    await user.type(units2, '100');
    expect(screen.getByText(/Use 0–3 hidden layers of 2–64 whole units each/)).toBeInTheDocument();
    expect(screen.getByText('Fix the 2 settings marked above first.')).toBeInTheDocument();

    await user.clear(units2);
    await user.type(units2, '8');
    await user.clear(epochs);
    await user.type(epochs, '50');
    expect(screen.queryByText(/Use a whole number of epochs/)).not.toBeInTheDocument();
    expect(train).toBeEnabled();
  });

  it('shows the learning rate of the log slider and draws a new seed', async () => {
    const user = userEvent.setup();
    renderPage();
    await ready();
    const slider = screen.getByRole('slider', { name: /Learning rate/ });
    expect(slider).toHaveAttribute('aria-valuetext', '0.03');
    await act(async () => {
      // A slider cannot be typed into; set it the way a drag would.
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(slider, '-3');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(slider).toHaveAttribute('aria-valuetext', '0.001');
    const seed = screen.getByLabelText('Seed (starting weights)');
    vi.spyOn(Math, 'random').mockReturnValue(0.12345);
    await user.click(screen.getByRole('button', { name: 'New seed' }));
    expect(seed).toHaveValue(12345);
    vi.restoreAllMocks();
  });

  it('trains: fills the progress, the table twin and the result, and lets the learner use the model', async () => {
    const user = userEvent.setup();
    renderPage();
    await ready();
    await user.clear(screen.getByLabelText('Epochs'));
    await user.type(screen.getByLabelText('Epochs'), '3');
    await user.click(screen.getByRole('button', { name: 'Train' }));

    const bar = await screen.findByRole('progressbar', { name: 'Training progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '3'));
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    expect(bar).toHaveAttribute('aria-valuetext', 'Epoch 3 of 3');

    expect(lastClient().runs).toHaveLength(1);
    // The Train button was disabled during the run: focus goes to the result, not to the page's body.
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Result' })).toHaveFocus());
    const sent = lastClient().runs[0];
    expect(sent?.config).toEqual({ ...DEFAULT_TRAIN_CONFIG, epochs: 3 });

    const lossCard = screen.getByRole('region', { name: 'Loss (lower is better)' });
    await user.click(within(lossCard).getByRole('button', { name: 'Show as table' }));
    const table = within(lossCard).getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/^1\s*0\.5000\.550$/);
    expect(within(lossCard).getByText('(solid line)')).toBeInTheDocument();
    expect(within(lossCard).getByText('(dashed line)')).toBeInTheDocument();

    const summary = await screen.findByRole('region', { name: 'Result' });
    expect(within(summary).getByText('After 3 epochs your model gets 50 of 51 validation penguins right (98.0%).')).toBeInTheDocument();
    expect(within(summary).getByText('812 ms (4 epochs/s)')).toBeInTheDocument();
    expect(screen.getByText(/Trained on:/)).toHaveTextContent('Trained on: wasm');
    expect(screen.getByRole('status')).toHaveTextContent('Training finished. After 3 epochs your model gets 50 of 51 validation penguins right (98.0%).');

    await user.click(within(summary).getByRole('button', { name: 'Use this model' }));
    const run = getModelSession().runs[0];
    expect(run?.status).toBe('completed');
    expect(getModelSession().chosenRunId).toBe(run?.id);
    expect(within(summary).getByRole('link', { name: /Evaluate it on the test set/ })).toHaveAttribute('href', '/model/evaluate');
  });

  it('Stop asks the worker to stop and keeps what was learned', async () => {
    const user = userEvent.setup();
    script = 'hold';
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    const run = lastClient().runs[0];
    if (!run) throw new Error('no run started');
    act(() => run.onEpochs(fakePoints(2), 10));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Training progress' })).toHaveAttribute('aria-valuenow', '2'));
    expect(screen.getByRole('button', { name: 'Train' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(lastClient().stop).toHaveBeenCalledWith(run.runId);
    expect(screen.getByRole('button', { name: 'Stopping…' })).toBeDisabled();

    act(() => finishRun(run, 'stopped', 2));
    expect(await screen.findByText(/You stopped the run after 2 of 200 epochs; your model gets 50 of 51/)).toBeInTheDocument();
    expect(await screen.findByText(/It keeps the weights it had learned by then/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use this model' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Train' })).toBeEnabled();
  });

  it('cannot start a second run while one is going', async () => {
    const user = userEvent.setup();
    script = 'hold';
    renderPage();
    await ready();
    const train = screen.getByRole('button', { name: 'Train' });
    await user.click(train);
    await user.click(train);
    expect(train).toBeDisabled();
    expect(screen.getByText('A run is in progress.')).toBeInTheDocument();
    expect(lastClient().runs).toHaveLength(1);
  });

  it('explains a diverged run and offers a smaller learning rate instead of a broken chart', async () => {
    const user = userEvent.setup();
    script = () => ({ points: [...fakePoints(2), { epoch: 3, loss: Number.NaN, accuracy: 0.3, valLoss: Number.NaN, valAccuracy: 0.3 }], end: 'diverged' });
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    expect(await screen.findByText('The run diverged at epoch 3.')).toBeInTheDocument();
    expect(screen.getByText(/Lower the learning rate, for example to 0\.003/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Loss (lower is better)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use this model' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use learning rate 0.003' }));
    expect(screen.getByRole('slider', { name: /Learning rate/ })).toHaveAttribute('aria-valuetext', '0.003');
  });

  it('shows the overfitting note when validation loss rises while training loss falls', async () => {
    const user = userEvent.setup();
    script = () => {
      const points = fakePoints(40).map((p) => (p.epoch > 20 ? { ...p, valLoss: 0.05 + 0.01 * (p.epoch - 20) } : p));
      return { points, end: 'completed' };
    };
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    expect(await screen.findByText('Overfitting from epoch 20.')).toBeInTheDocument();
    // The patience in the sentence is the one the detector uses, not a typed number.
    expect(screen.getByText(new RegExp(`risen for ${OVERFITTING_PATIENCE} epochs in a row`))).toBeInTheDocument();
  });

  it('a preset changes the settings and the saved data choices, and says what to look for', async () => {
    const user = userEvent.setup();
    localStorage.clear();
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Make it overfit' }));
    expect(screen.getByText(/Make it overfit: set\./).parentElement).toHaveTextContent(/reaches its lowest point early, then climbs/);
    expect(screen.getByRole('spinbutton', { name: 'Epochs' })).toHaveValue(300);
    expect(JSON.parse(localStorage.getItem('deploy-lab:pipeline:v1') ?? '{}').split).toMatchObject({ train: 10, validation: 45, test: 45 });
    await user.click(screen.getByRole('button', { name: 'A harder problem: two measurements' }));
    expect(JSON.parse(localStorage.getItem('deploy-lab:pipeline:v1') ?? '{}')).toMatchObject({ features: ['bill_length_mm', 'body_mass_g'], split: { train: 70 } });
  });

  it('names the best epoch of an overfitting run, and "keep the best epoch" trains that many epochs', async () => {
    const user = userEvent.setup();
    script = (config) => {
      const points = fakePoints(config.epochs).map((p) => (p.epoch > 12 ? { ...p, valLoss: 0.1 + 0.01 * (p.epoch - 12) } : { ...p, valLoss: 0.1 + 0.01 * (12 - p.epoch) }));
      return { points, end: 'completed' };
    };
    renderPage();
    await ready();
    await user.clear(screen.getByRole('spinbutton', { name: 'Epochs' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Epochs' }), '40');
    await user.click(screen.getByRole('button', { name: 'Train' }));
    expect(await screen.findByTestId('what-happened')).toHaveTextContent('Validation loss was lowest at epoch 12 (0.100), then rose by 280 % to 0.380 by epoch 40');
    expect(screen.getByTestId('best-epoch')).toHaveTextContent('12');
    await user.click(await screen.findByRole('button', { name: /Keep the best epoch’s weights \(train 12 epochs\)/ }));
    await waitFor(() => expect(lastClient().runs.at(-1)?.config.epochs).toBe(12));
    expect(screen.getByRole('spinbutton', { name: 'Epochs' })).toHaveValue(12);
    expect(await screen.findByTestId('what-happened')).toHaveTextContent('still at its lowest at the last epoch (12)');
  });

  it('a worker crash shows an error with Retry, and Retry trains again on a new worker', async () => {
    const user = userEvent.setup();
    script = () => ({ crash: 'The training worker crashed: out of memory' });
    renderPage();
    await ready();
    await user.click(screen.getByRole('button', { name: 'Train' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The training worker crashed: out of memory');
    expect(screen.getByRole('button', { name: 'Train' })).toBeEnabled();

    script = () => ({ points: fakePoints(3), end: 'completed' });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(clients().length).toBe(2));
    expect(clients()[0]?.dispose).toHaveBeenCalled();
    const summary = await screen.findByRole('region', { name: 'Result' });
    expect(summary).toHaveTextContent('After 3 epochs your model gets 50 of 51 validation penguins right (98.0%).');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the learner back to Prepare when the data has blockers', async () => {
    h.prepared = { ok: false, message: 'Your data choices leave no usable training data.', blockers: ['The three sets add up to 90%, not 100%.'] } satisfies PreparedData;
    renderPage();
    expect(await screen.findByText('The three sets add up to 90%, not 100%.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Train' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Back to Prepare' })).toHaveAttribute('href', '/data/prepare');
    expect(screen.getByRole('link', { name: 'Fix this on the Prepare step' })).toHaveAttribute('href', '/data/prepare');
  });

  it('ends the worker when the learner leaves the page', async () => {
    const { unmount } = renderPage();
    await ready();
    unmount();
    expect(lastClient().dispose).toHaveBeenCalled();
  });
});
