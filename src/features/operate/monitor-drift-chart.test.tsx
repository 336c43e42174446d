import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FeatureDrift } from '../../core/monitoring/dashboard';
import { expectedNoDriftPsi, MIN_DRIFT_SAMPLES } from '../../core/monitoring/drift-noise';
import { driftFromCounts } from '../../core/monitoring/instance-analysis';
import { MonitorDriftChart } from './monitor-drift-chart';

/** Drift of one 5-bin feature (235 training values) from live counts per bin. */
function driftOf(counts: number[]): FeatureDrift {
  const feature = { name: 'bill_length_mm', edges: [38, 42, 46, 50], expected: [0.2, 0.2, 0.2, 0.2, 0.2], count: 235, mean: 44, std: 5 };
  return driftFromCounts([feature], Float64Array.from(counts), Int32Array.from([0, 5]), MIN_DRIFT_SAMPLES)[0] as FeatureDrift;
}

describe('MonitorDriftChart', () => {
  it('below the minimum: n beside the PSI, "not enough data yet", and the noise at this n', () => {
    render(<MonitorDriftChart drift={driftOf([12, 8, 10, 10, 10])} unit="mm" minSamples={MIN_DRIFT_SAMPLES} />);
    const card = screen.getByRole('region', { name: 'bill_length_mm' });
    expect(within(card).getByText('(n = 50)')).toBeInTheDocument();
    expect(within(card).getByText(`not enough data yet: needs ${MIN_DRIFT_SAMPLES} values`)).toBeInTheDocument();
    expect(within(card).getByText(new RegExp(`PSI from 50 values averages ${expectedNoDriftPsi(5, 50, 235).toFixed(2)}`))).toBeInTheDocument();
    expect(within(card).getByRole('img')).toHaveAccessibleName(new RegExp(`not enough data yet: n = 50 of the ${MIN_DRIFT_SAMPLES} values needed`));
  });

  it('from the minimum on: a verdict with its n', () => {
    render(<MonitorDriftChart drift={driftOf([44, 40, 40, 38, 38])} unit="mm" minSamples={MIN_DRIFT_SAMPLES} />);
    const card = screen.getByRole('region', { name: 'bill_length_mm' });
    expect(within(card).getByText('(n = 200)')).toBeInTheDocument();
    expect(within(card).getByText(/no significant drift \(< 0\.1\)/)).toBeInTheDocument();
    expect(within(card).queryByText(/not enough data/)).toBeNull();
  });
});
