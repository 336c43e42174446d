import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import penguins from 'vega-datasets/data/penguins.json';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FEATURES, fromVegaRecord, hasAllFeatures } from '../../core/data/penguins';
import type { VegaPenguinRecord } from '../../core/data/penguins';
import { DEFAULT_PIPELINE } from '../../core/data/pipeline-state';
import { formatFitted, formatNumber } from '../../core/data/prepare-views';
import type { DataRow } from '../../core/data/rows';
import { fitScaler } from '../../core/data/scaler';
import { splitRows } from '../../core/data/split';
import { fitStandardizer } from '../../core/data/standardizer';
import type { RawData } from '../../store/raw-data';
import PreparePage from './prepare-page';

const rows: DataRow[] = (penguins as VegaPenguinRecord[]).map((r, i) => ({ ...fromVegaRecord(r), id: i + 1 }));
const loadRawRows = vi.fn<() => Promise<RawData>>();
vi.mock('../../store/raw-data', () => ({ loadRawRows: () => loadRawRows() }));

function renderPage(path = '/data/prepare') {
  const router = createMemoryRouter([{ path: '/data/prepare', Component: PreparePage }], { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

/** The bar's accessible name, which lists the row count of each set. */
const bar = () => screen.getByRole('img', { name: /split of|chosen split/i });

describe('prepare page', () => {
  beforeEach(() => {
    localStorage.clear();
    loadRawRows.mockReset();
    loadRawRows.mockResolvedValue({ ok: true, rows });
  });

  it('shows a status while loading, then the 240/51/51 split', async () => {
    renderPage();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/loading the penguins data/i);
    expect(await screen.findByRole('img', { name: /split of 342 rows/i })).toHaveAccessibleName(
      'Split of 342 rows: training 240 rows (70%), validation 51 rows (15%), test 51 rows (15%).',
    );
    expect(screen.getByRole('link', { name: 'Continue to training' })).toHaveAttribute('href', expect.stringMatching(/^\/model\/train\?/));
  });

  it('updates the split bar when the training percentage changes, keeping the total at 100', async () => {
    renderPage();
    await screen.findByRole('img', { name: /split of 342 rows/i });
    fireEvent.change(screen.getByLabelText('Training'), { target: { value: '80' } });
    expect(bar()).toHaveAccessibleName(/training 273 rows \(80%\), validation 51 rows \(15%\), test 18 rows \(5%\)/);
    expect(screen.getByLabelText('Test')).toHaveValue('5');
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('273 rows (80%)');
  });

  it('the restore button names the defaults it restores, and restores them', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('img', { name: /split of 342 rows/i });
    fireEvent.change(screen.getByLabelText('Training'), { target: { value: '80' } });
    const { train, validation, test, seed } = DEFAULT_PIPELINE.split;
    await user.click(screen.getByRole('button', { name: `Restore ${train}/${validation}/${test}, seed ${seed}, stratified` }));
    expect(bar()).toHaveAccessibleName(`Split of 342 rows: training 240 rows (${train}%), validation 51 rows (${validation}%), test 51 rows (${test}%).`);
  });

  it('shows the blockers inline and disables "Continue to training" for a bad mix', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('img', { name: /split of 342 rows/i });
    await user.click(screen.getByLabelText('Keep the total at 100%'));
    fireEvent.change(screen.getByLabelText('Training'), { target: { value: '80' } });
    expect(screen.getByText(/^Total:/)).toHaveTextContent('Total: 110% (must be 100%)');
    const split = screen.getByRole('region', { name: '1. Split the rows' });
    expect(within(split).getByText('The three sets add up to 110%, not 100%.')).toBeInTheDocument();
    const disabled = screen.getByRole('link', { name: 'Continue to training' });
    expect(disabled).toHaveAttribute('aria-disabled', 'true');
    expect(disabled).not.toHaveAttribute('href');
    expect(disabled).toHaveAccessibleDescription(/add up to 110%/);
    expect(bar()).toHaveAccessibleName(/chosen split, not applied: training 80%, validation 15%, test 15%; total 110%/i);
    // One click restores a good mix.
    await user.click(screen.getByRole('button', { name: 'Make test 5% so the total is 100%' }));
    expect(screen.getByRole('link', { name: 'Continue to training' })).toHaveAttribute('href');
  });

  it('shows stratified per-species counts for every set', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Penguins of each species per set' });
    const cells = (name: string) => within(within(table).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell').map((c) => c.textContent);
    expect(cells('Training')).toEqual(['106 (44%)', '48 (20%)', '86 (36%)', '240']);
    expect(cells('Validation')).toEqual(['23 (45%)', '10 (20%)', '18 (35%)', '51']);
    expect(cells('Test')).toEqual(['22 (43%)', '10 (20%)', '19 (37%)', '51']);
    expect(screen.getByText(/^Stratified: each species keeps about the same share/)).toBeInTheDocument();
  });

  it('shows fitted numbers equal to fitScaler on the training rows, and the numbers a min–max scaler fits', async () => {
    const user = userEvent.setup();
    renderPage();
    const table = await screen.findByRole('table', { name: /fitted numbers \(on the 240 training rows only\)/i });
    const complete = rows.filter(hasAllFeatures);
    const train = splitRows(complete, { fractions: { train: 0.7, validation: 0.15, test: 0.15 }, seed: 42, stratifyBy: (r) => r.species }).train;
    const matrix = train.map((r) => FEATURES.map((f) => r[f] as number));
    const check = (kind: 'standard' | 'minmax') => {
      const fitted = fitScaler(kind, matrix);
      const [a, b] = fitted.kind === 'standard' ? [fitted.mean, fitted.std] : [fitted.min, fitted.max];
      const units = ['mm', 'mm', 'mm', 'g'];
      FEATURES.forEach((f, j) => {
        const row = within(screen.getByRole('table', { name: /fitted numbers/i })).getByRole('row', { name: new RegExp(`^${f}`) });
        expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([`${formatFitted(a[j] as number, kind)} ${units[j]}`, `${formatFitted(b[j] as number, kind)} ${units[j]}`]);
      });
    };
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Feature', 'Mean', 'Standard deviation']);
    check('standard');
    const flipperMean = fitStandardizer(matrix).mean[2] as number;
    expect(screen.getByText(/Your scaler's mean for flipper length is/)).toHaveTextContent(`mean for flipper length is ${formatNumber(flipperMean)} mm`);
    await user.click(screen.getByLabelText(/Min–max/));
    // Charts and tables follow the controls a moment later (throttled while a slider moves).
    await waitFor(() => check('minmax'));
  });

  it('compares train-only and all-rows numbers when the leakage mistake is switched on', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('img', { name: /split of 342 rows/i });
    const toggle = screen.getByLabelText('Fit the scaler on all rows (a mistake)');
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('table', { name: 'Train only vs all rows' })).toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('note', { name: 'Leakage warning' })).toHaveTextContent('The scaler now learns from the 102 validation and test penguins too.');
    const table = screen.getByRole('table', { name: 'Train only vs all rows' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 2 * FEATURES.length);
    expect(within(table).getByRole('row', { name: /^Flipper length mean \(mm\)/ })).toHaveTextContent(/^Flipper length mean \(mm\)201\.25200\.92-0\.33$/);
    expect(await screen.findByRole('table', { name: /fitted numbers \(on all 342 rows: the mistake\)/i })).toBeInTheDocument();
  });

  it('the learner chooses the measurements: shapes and feature order follow, the choice is saved, and the last one cannot be removed', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('img', { name: /split of 342 rows/i });
    await user.click(screen.getByRole('button', { name: /Make it harder: only bill length and body mass/ }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Array shapes per set' })).toHaveTextContent('X_train: 240 × 2'));
    expect(within(screen.getByRole('list', { name: /feature order/i })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['bill_length_mm (mm)', 'body_mass_g (g)']);
    expect(JSON.parse(localStorage.getItem('deploy-lab:pipeline:v1') ?? '{}').features).toEqual(['bill_length_mm', 'body_mass_g']);
    expect(screen.getByText(/"features": \["bill_length_mm", "body_mass_g"\],/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^Body mass/ }));
    const last = screen.getByRole('checkbox', { name: /^Bill length/ });
    expect(last).toBeChecked();
    expect(last).toBeDisabled();
  });

  it('shows what the leak does to a score, and says so when it changes nothing', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByRole('img', { name: /split of 342 rows/i });
    await user.click(screen.getByLabelText('Fit the scaler on all rows (a mistake)'));
    const scores = await screen.findByRole('table', { name: 'Accuracy of the stand-in model' });
    const [honest, leaky] = within(scores).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(leaky).toEqual(honest);
    expect(screen.getByTestId('leak-cost')).toHaveTextContent(/changes none of the 102 validation and test predictions/);
  });

  it('shows the one-hot targets, the feature order and the array shapes', async () => {
    renderPage();
    const encoded = await screen.findByRole('table', { name: '5 training rows, encoded' });
    for (const row of within(encoded).getAllByRole('row').slice(1)) {
      const [species, , y] = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(y).toBe({ Adelie: '[1, 0, 0]', Chinstrap: '[0, 1, 0]', Gentoo: '[0, 0, 1]' }[species as string]);
    }
    expect(within(screen.getByRole('list', { name: /feature order/i })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'bill_length_mm (mm)',
      'bill_depth_mm (mm)',
      'flipper_length_mm (mm)',
      'body_mass_g (g)',
    ]);
    const shapes = screen.getByRole('list', { name: 'Array shapes per set' });
    expect(shapes).toHaveTextContent('X_train: 240 × 4');
    expect(shapes).toHaveTextContent('y_train: 240 × 3');
    expect(shapes).toHaveTextContent('X_test: 51 × 4');
  });

  it('offers Retry when the data cannot be loaded', async () => {
    const user = userEvent.setup();
    loadRawRows.mockResolvedValueOnce({ ok: false, message: 'The data set request answered 503 Service Unavailable.' });
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('503 Service Unavailable');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('img', { name: /split of 342 rows/i })).toBeInTheDocument();
    expect(loadRawRows).toHaveBeenCalledTimes(2);
  });

  it('shows a dismissible notice when a shared link cannot be read', async () => {
    const user = userEvent.setup();
    renderPage('/data/prepare?split=abc');
    expect(await screen.findByText(/could not be read/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('reports a species that cleaning removed entirely', async () => {
    loadRawRows.mockResolvedValue({ ok: true, rows: rows.filter((r) => r.species !== 'Chinstrap') });
    renderPage();
    expect(await screen.findByRole('img', { name: /chosen split/i })).toBeInTheDocument();
    const ready = screen.getByRole('region', { name: '5. Ready for training' });
    expect(within(ready).getByText(/removed every Chinstrap penguin/)).toBeInTheDocument();
    expect(within(ready).getByRole('link', { name: 'Continue to training' })).toHaveAttribute('aria-disabled', 'true');
  });
});
