import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fakeRunner } from '../api/fake-traffic-runner';
import { createTrafficRun } from '../api/traffic-runner';
import type { SourceRow } from '../core/monitoring/traffic';
import { TrafficIndicator } from './traffic-indicator';

const ROWS: SourceRow[] = [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }];

function setup(path = '/deploy/update') {
  const r = fakeRunner();
  const run = createTrafficRun({ createRunner: r.create, ensureApi: async () => ({}), isHidden: () => false });
  render(
    <MemoryRouter initialEntries={[path]}>
      <TrafficIndicator run={run} />
    </MemoryRouter>,
  );
  return { r, run };
}

describe('TrafficIndicator', () => {
  it('shows nothing while no traffic ran', () => {
    setup();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows rate, scenario and count of the running traffic on any page, and Stop stops it', async () => {
    const { r, run } = setup();
    run.update({ rate: 25, scenario: 'new-population' });
    await act(async () => {
      run.start(ROWS);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('status')).toHaveTextContent('Traffic running: 25 requests per second, scenario New population.');
    act(() => r.reply({ type: 'counts', runId: 1, counts: { sent: 1234, answered: 1234, failed: 0, dropped: 0, feedback: 0 } }));
    expect(screen.getByText('1,234 sent')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Watch on Monitor' })).toHaveAttribute('href', '/deploy/monitor');
    await userEvent.click(screen.getByRole('button', { name: 'Stop the traffic generator' }));
    expect(r.posted.at(-1)).toEqual({ type: 'stop' });
    expect(run.getState().running).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Traffic stopped after 1,234 requests.');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
