import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { computeBaseline } from '../../core/monitoring/baseline';
import type { FeatureRange } from '../../core/monitoring/baseline';
import type { RequestLogEntry, RequestLogView } from '../../core/monitoring/log-entry';
import { MIN_DRIFT_SAMPLES } from '../../core/monitoring/drift-noise';
import { FEEDBACK_SHARE } from '../../core/monitoring/traffic-schedule';
import { createRng } from '../../core/rng';
import { THRESHOLDS_KEY } from './use-dashboard';
import MonitorPage from './monitor-page';

const FEATURES: FeatureRange[] = [
  { name: 'bill_length_mm', min: 10, max: 100, unit: 'mm' },
  { name: 'bill_depth_mm', min: 5, max: 40, unit: 'mm' },
  { name: 'flipper_length_mm', min: 100, max: 300, unit: 'mm' },
  { name: 'body_mass_g', min: 1000, max: 10000, unit: 'g' },
];
const random = createRng(3);
const training = Array.from({ length: 200 }, () => [35 + random() * 20, 14 + random() * 7, 175 + random() * 50, 3000 + random() * 3000]);
const baseline = computeBaseline(training, FEATURES);

vi.mock('./use-monitoring-baseline', () => ({
  useMonitoringBaseline: () => ({
    status: 'ready',
    baseline,
    features: FEATURES,
    trafficRows: [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }],
    description: 'training split of your pipeline: 200 rows',
  }),
}));
vi.mock('../../api/client', () => ({ sendRequest: vi.fn(() => new Promise(() => {})) }));

/** A fake log the test fills by hand (the real one records MSW events; see src/mocks/request-log.test.ts). */
function fakeLog(): RequestLogView & { add: (e: RequestLogEntry[]) => void } {
  let items: RequestLogEntry[] = [];
  let total = 0;
  const listeners = new Set<() => void>();
  return {
    // Not the real log's 10,000: the page must print the capacity it is given.
    capacity: 2_500,
    entries: () => items,
    total: () => total,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    clear: () => {
      items = [];
      for (const l of listeners) l();
    },
    add: (more) => {
      total += more.length;
      items = [...items, ...more];
      for (const l of listeners) l();
    },
  };
}
let log = fakeLog();
vi.mock('../../api/mock-api', () => ({ requestLog: () => Promise.resolve(log) }));

function invocation(i: number, instance: Record<string, unknown>, status: number): RequestLogEntry {
  return {
    seq: i + 1,
    requestId: `r${i}`,
    startedAt: Date.now() - 5000 + i * 10,
    durationMs: 8 + (i % 5),
    method: 'POST',
    path: '/api/endpoints/penguins/invocations',
    kind: 'invocation',
    endpoint: 'penguins',
    status,
    modelVersion: status === 200 ? 'v1' : null,
    client: 'traffic-generator',
    instances: [instance],
    predictions: status === 200 ? ['Adelie'] : null,
    feedback: null,
    requestBody: null,
  };
}

// The page reads the log once a second; with the full suite on two shared cores, 1–2 s was not always enough.
const WAIT = { timeout: 5000 };

function renderPage(entry = '/deploy/monitor') {
  const router = createMemoryRouter([{ path: '/deploy/monitor', Component: MonitorPage }], { initialEntries: [entry] });
  render(<RouterProvider router={router} />);
  return router;
}

beforeEach(() => {
  log = fakeLog();
  localStorage.clear();
});

describe('MonitorPage', () => {
  it('shows the empty state, the DevTools line and the generator controls before any traffic', async () => {
    renderPage();
    expect(await screen.findByText(/requests appear here within a second/, {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText(/the log keeps the last 2,500/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Monitor the deployed model' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'A request to paste in the DevTools console' })).toHaveTextContent("fetch('/api/endpoints/penguins/invocations'");
    expect(screen.getByRole('radio', { name: 'Unit mistake' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Requests per second' })).toHaveValue('10');
    expect(screen.getByRole('button', { name: 'Start traffic' })).toBeEnabled();
    // The feedback share is read from the generator's constant, not typed in the text.
    const share = `${Math.round(FEEDBACK_SHARE * 10)} in 10`;
    expect(screen.getByText(new RegExp(`For about ${share} answered requests, the true species comes back 2–5 seconds later`))).toBeInTheDocument();
  });

  it('shows major drift of body_mass_g, the violations report and a drift alert for the unit-mistake traffic', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText(/requests appear here within a second/, {}, WAIT);
    // Enough values for a drift verdict (below MIN_DRIFT_SAMPLES the page says "not enough data yet").
    const entries = Array.from({ length: MIN_DRIFT_SAMPLES }, (_, i) =>
      invocation(i, { bill_length_mm: 39 + (i % 10), bill_depth_mm: 17 + (i % 4), flipper_length_mm: 190 + (i % 20), body_mass_g: 3.5 + (i % 10) / 10 }, 422),
    );
    act(() => log.add(entries));
    const mass = await screen.findByRole('region', { name: 'body_mass_g' }, WAIT);
    expect(within(mass).getByText(/major drift/)).toBeInTheDocument();
    expect(within(mass).getByRole('img', { name: /body_mass_g/ })).toBeInTheDocument();

    const alerts = screen.getByRole('list', { name: 'Active alerts' });
    expect(within(alerts).getByText(/body_mass_g drifted/)).toBeInTheDocument();
    expect(within(alerts).getByText(/Error rate 100\.0%/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Alert: .*body_mass_g drifted/));

    // Ours is modelled on SageMaker's constraint_violations.json, not the same file: it has its own name.
    const report = screen.getByRole('region', { name: 'violations.json (modelled on constraint_violations.json)' });
    expect(report).toHaveTextContent('"constraint_check_type": "baseline_drift_check"');
    expect(report).toHaveTextContent('"constraint_check_type": "value_range_check"');
    expect(screen.getByRole('button', { name: 'Download violations.json' })).toBeInTheDocument();
    expect(screen.queryByText(/Here is the same shape/)).toBeNull();

    // Every chart has a table twin with the same numbers.
    await user.click(within(mass).getByRole('button', { name: 'Show as table' }));
    expect(within(mass).getByRole('table', { name: /body_mass_g: share of values per bin/ })).toBeInTheDocument();
  });

  it('opens with the scenario and rate a link carries, and keeps the URL in step for Copy link', async () => {
    const user = userEvent.setup();
    const router = renderPage('/deploy/monitor?scenario=new-population&rate=20');
    expect(await screen.findByRole('radio', { name: 'New population' })).toBeChecked();
    expect(screen.getByRole('slider', { name: 'Requests per second' })).toHaveValue('20');
    await user.click(screen.getByRole('radio', { name: 'Unit mistake' }));
    await waitFor(() => expect(router.state.location.search).toBe('?scenario=unit-mistake&rate=20'));
    // The shared run outlives the page: put it back for the next test.
    await user.click(screen.getByRole('radio', { name: 'Normal' }));
    await user.clear(screen.getByRole('spinbutton', { name: 'Requests per second (number)' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Requests per second (number)' }), '10');
  });

  it('validates the thresholds inline and stores valid ones', async () => {
    const user = userEvent.setup();
    renderPage();
    const psi = await screen.findByRole('spinbutton', { name: 'PSI of any feature above' });
    await user.clear(psi);
    await user.type(psi, '20');
    expect(psi).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter a PSI from 0.01 to 10.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply thresholds' })).toBeDisabled();
    await user.clear(psi);
    await user.type(psi, '0.5');
    await user.click(screen.getByRole('button', { name: 'Apply thresholds' }));
    expect(JSON.parse(localStorage.getItem(THRESHOLDS_KEY) ?? '{}')).toEqual({ errorRate: 0.05, p95Ms: 100, psi: 0.5 });
  });

  it('falls back to the default thresholds with a notice when the stored ones are invalid', async () => {
    localStorage.setItem(THRESHOLDS_KEY, JSON.stringify({ errorRate: 7, p95Ms: -1, psi: 0 }));
    renderPage();
    expect(await screen.findByText(/alert thresholds could not be used/)).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'Error rate above (%)' })).toHaveValue(5);
  });

  it('clears the log back to the empty state', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByText(/requests appear here within a second/, {}, WAIT);
    act(() => log.add([invocation(0, { bill_length_mm: 39 }, 200)]));
    await screen.findByRole('heading', { name: 'Traffic, latency and errors' }, WAIT);
    await user.click(screen.getByRole('button', { name: 'Clear log' }));
    expect(await screen.findByText(/requests appear here within a second/, {}, WAIT)).toBeInTheDocument();
  });
});
