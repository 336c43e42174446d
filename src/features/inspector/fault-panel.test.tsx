import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FaultInjector } from '../../core/serving/faults';
import { FaultPanel } from './fault-panel';

const injector = new FaultInjector(
  () => 0,
  async () => undefined,
  () => 0.5,
);
vi.mock('../../api/mock-api', () => ({ faultInjector: async () => injector, whenMockApiStarted: () => new Promise(() => {}) }));

describe('fault panel', () => {
  it('"Clear all faults" also resets the form, so the next Apply injects nothing', async () => {
    const user = userEvent.setup();
    render(<FaultPanel />);
    await user.click(screen.getByText('Instructor panel: inject faults'));
    await user.click(screen.getByRole('checkbox', { name: 'Add a delay' }));
    await user.selectOptions(screen.getByLabelText('Force a status'), '503');
    await user.click(screen.getByRole('checkbox', { name: /Network error/ }));
    const apply = await screen.findByRole('button', { name: 'Apply faults' });
    await vi.waitFor(() => expect(apply).toBeEnabled());
    await user.click(apply);
    expect(injector.active()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Clear all faults' }));
    expect(injector.active()).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'Add a delay' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Network error/ })).not.toBeChecked();
    expect(screen.getByLabelText('Force a status')).toHaveValue('none');

    await user.click(apply);
    expect(injector.active()).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Active faults: none.');
  });
});
