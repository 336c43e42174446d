import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import penguins from 'vega-datasets/data/penguins.json';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { histogramSeries, speciesGroups } from '../../core/data/explore-views';
import { fromVegaRecord } from '../../core/data/penguins';
import type { VegaPenguinRecord } from '../../core/data/penguins';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../../core/data/pipeline-state';
import type { DataRow } from '../../core/data/rows';
import type { RawData } from '../../store/raw-data';
import ExplorePage from './explore-page';
import { ExploreHistogram, histogramTableRows } from './explore-histogram';

const rows: DataRow[] = (penguins as VegaPenguinRecord[]).map((r, i) => ({ id: i + 1, ...fromVegaRecord(r) }));
const loadRawRows = vi.fn<() => Promise<RawData>>();
vi.mock('../../store/raw-data', () => ({ loadRawRows: () => loadRawRows() }));

function renderPage(path = '/data/explore') {
  const router = createMemoryRouter([{ path: '/data/explore', Component: ExplorePage }], { initialEntries: [path] });
  return render(<RouterProvider router={router} />);
}

describe('clean & explore page', () => {
  beforeEach(() => {
    localStorage.clear();
    loadRawRows.mockReset();
    loadRawRows.mockResolvedValue({ ok: true, rows });
  });

  it('shows a loading status, then the learner numbers in a sentence', async () => {
    renderPage();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the penguin data');
    expect(await screen.findByText('Your data has 342 rows after cleaning; 2 were dropped for missing values.')).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Your pipeline so far' });
    expect(within(summary).getByText('missing values: 2')).toBeInTheDocument();
    expect(within(summary).getByText('training: 240')).toBeInTheDocument();
  });

  it('offers Retry when the data cannot be loaded', async () => {
    loadRawRows.mockResolvedValueOnce({ ok: false, message: 'The data set request answered 503 Service Unavailable.' });
    const user = userEvent.setup();
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('503 Service Unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Your data has 342 rows/)).toBeInTheDocument();
    expect(loadRawRows).toHaveBeenCalledTimes(2);
  });

  it('updates the flagged count when the outlier threshold changes', async () => {
    renderPage();
    const slider = await screen.findByRole('slider', { name: 'k (IQR multiplier)' });
    const count = () => Number(/(\d+) rows? flagged/.exec(screen.getByText(/rows? flagged$/).textContent ?? '')?.[1]);
    expect(count()).toBe(0);
    fireEvent.change(slider, { target: { value: '0.5' } });
    await waitFor(() => expect(count()).toBeGreaterThan(0));
    const atHalf = count();
    fireEvent.change(slider, { target: { value: '1' } });
    await waitFor(() => expect(count()).toBeLessThan(atHalf));
    expect(slider).toHaveAttribute('aria-valuetext', 'IQR times 1');
  });

  it('starts the z-score rule at t = 3, not at the IQR k it came from, and warns before it thins out a species', async () => {
    renderPage();
    await screen.findByRole('slider', { name: 'k (IQR multiplier)' });
    await userEvent.click(screen.getByRole('radio', { name: 'z-score' }));
    const slider = await screen.findByRole('slider', { name: 't (z-score threshold)' });
    expect(slider).toHaveValue('3');
    expect(screen.queryByText(/Careful: this flags/)).not.toBeInTheDocument();
    // t = 1.5 flags the tails of every species: far more than 2 % of a species is real birds.
    fireEvent.change(slider, { target: { value: '1.5' } });
    expect(await screen.findByText(/Careful: this flags/)).toHaveTextContent(/of \d+ (Adelie|Chinstrap|Gentoo) \(\d+\.\d %\)/);
  });

  it('counts the duplicate against the file actually retrieved, not a typed 344', async () => {
    loadRawRows.mockResolvedValue({ ok: true, rows: rows.slice(0, 340) });
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('checkbox', { name: 'Real-world messy data' }));
    expect(await screen.findByText('The messy copy has 341 rows, 1 more than the file you retrieved: something was entered twice.')).toBeInTheDocument();
  });

  it('plants 5 problems; ticking fixes them but only pointing at a row finds them', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('checkbox', { name: 'Real-world messy data' }));
    const checklist = screen.getByRole('region', { name: 'Find the planted mistakes' });
    const status = () => within(checklist).getAllByRole('status')[0];
    expect(status()).toHaveTextContent('5 problems were planted: 0 found, 0 fixed.');
    expect(within(checklist).queryByText(/Row 250/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Fix species labels' }));
    await user.click(screen.getByRole('checkbox', { name: 'Drop duplicate rows' }));
    await user.click(screen.getByRole('checkbox', { name: 'Treat out-of-range values as missing' }));
    // Fixed without finding: allowed, shown as such, and not yet done.
    expect(status()).toHaveTextContent('5 problems were planted: 0 found, 5 fixed.');
    expect(within(checklist).getAllByText(/fixed, not found/)).toHaveLength(5);
    expect(within(checklist).queryByText(/Row 250/)).not.toBeInTheDocument();
    const pointer = screen.getByRole('form', { name: 'Point at a mistake' });
    const field = within(pointer).getByRole('spinbutton', { name: 'Row number' });
    await user.type(field, '12');
    await user.click(within(pointer).getByRole('button', { name: 'Point at this row' }));
    expect(within(pointer).getByRole('status')).toHaveTextContent(/^Row 12 looks normal: Adelie/);
    expect(status()).toHaveTextContent('0 found');
    for (const row of ['250', '100', '21', '160', '300']) {
      await user.clear(field);
      await user.type(field, row);
      await user.click(within(pointer).getByRole('button', { name: 'Point at this row' }));
    }
    expect(within(pointer).getByRole('status')).toHaveTextContent('Found it! Row 300: a bill depth of 0 mm');
    expect(within(checklist).getByText(/Row 250: species written "gentoo"/)).toBeInTheDocument();
    expect(within(checklist).getByText(/Converting to grams would be better/)).toBeInTheDocument();
    expect(status()).toHaveTextContent('All 5 planted problems are found and fixed.');
    expect(JSON.parse(localStorage.getItem('deploy-lab:mistakes-found:v1') ?? '[]')).toEqual(['kg', 'negative', 'duplicate', 'label', 'zero']);
  });

  it('shows the "gentoo" label in the default view with messy data, and converting the kilogram row keeps it', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('checkbox', { name: 'Real-world messy data' }));
    const text = await screen.findByRole('table', { name: /Text columns \(before cleaning\)/ });
    expect(within(text).getByText('"gentoo"')).toBeInTheDocument();
    const kept = () => Number(/has (\d+) rows after cleaning/.exec(screen.getByText(/Your data has/).textContent ?? '')?.[1]);
    const before = kept();
    const pointer = screen.getByRole('form', { name: 'Point at a mistake' });
    await user.type(within(pointer).getByRole('spinbutton', { name: 'Row number' }), '21');
    await user.click(within(pointer).getByRole('button', { name: 'Point at this row' }));
    const checklist = screen.getByRole('region', { name: 'Find the planted mistakes' });
    expect(within(checklist).getByText(/Found, not fixed yet:/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Convert kilogram masses to grams' }));
    expect(within(checklist).getByText(/Converted to grams: the bird stays/)).toBeInTheDocument();
    expect(kept()).toBe(before);
  });

  it('shows the settings link in a read-only field when the clipboard is unavailable, and resets the choices', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('checkbox', { name: 'Drop duplicate rows' }));
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link to these settings' }));
    const link = screen.getByRole('textbox', { name: /Link to these settings/ });
    expect(link).toHaveAttribute('readonly');
    // The link is built from the page's own address (here jsdom's), plus the settings as a query.
    const settings = { ...DEFAULT_PIPELINE, cleaning: { ...DEFAULT_PIPELINE.cleaning, dropDuplicates: true } };
    expect((link as HTMLInputElement).value).toBe(`${location.origin}${location.pathname}?${pipelineToQuery(settings)}`);
    await user.click(screen.getByRole('button', { name: 'Reset data choices' }));
    expect(screen.getByRole('checkbox', { name: 'Drop duplicate rows' })).not.toBeChecked();
  });

  it('switches the summary table between the data before and after cleaning', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('radio', { name: /Before cleaning \(344 rows\)/ }));
    await waitFor(() => expect(screen.getByText(/Computed on the 344 rows before cleaning/)).toBeInTheDocument());
  });
});

describe('histogram table twin', () => {
  it('shows the same counts the chart draws', async () => {
    const user = userEvent.setup();
    // The charts keep their choices in the address, so they need a router.
    render(
      <MemoryRouter>
        <ExploreHistogram rows={rows} viewLabel="after cleaning" />
      </MemoryRouter>,
    );
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
    const groups = speciesGroups(rows);
    const expected = histogramTableRows(histogramSeries(rows, 'body_mass_g', 20, groups), groups).map((r) => r.cells);
    const table = screen.getByRole('table', { name: /Penguins per bin of body_mass_g/ });
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => [within(tr).getByRole('rowheader'), ...within(tr).getAllByRole('cell')].map((c) => c.textContent));
    expect(shown).toEqual(expected);
    expect(expected).toHaveLength(20);
    expect(expected.reduce((s, cells) => s + cells.slice(1).reduce((a, c) => a + Number(c), 0), 0)).toBe(342);
  });
});
