import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeRunner } from '../../api/fake-traffic-runner';
import { createTrafficRun } from '../../api/traffic-runner';
import type { SourceRow } from '../../core/monitoring/traffic';
import { useTrafficGenerator } from './use-traffic-generator';

const ROWS: SourceRow[] = [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }];
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function setup() {
  const r = fakeRunner();
  const run = createTrafficRun({ createRunner: r.create, ensureApi: async () => ({}), isHidden: () => false });
  return { r, run };
}

describe('useTrafficGenerator', () => {
  it('drives the shared run: start with the page’s rows, settings and stop', async () => {
    const { r, run } = setup();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { run }));
    act(() => result.current.setRate(20));
    act(() => result.current.setScenario('unit-mistake'));
    act(() => result.current.start());
    expect(result.current.running).toBe(true);
    await flush();
    expect(r.posted[0]).toEqual({ type: 'start', runId: 1, rows: ROWS, settings: { scenario: 'unit-mistake', rate: 20 } });
    act(() => r.reply({ type: 'counts', runId: 1, counts: { sent: 4, answered: 4, failed: 0, dropped: 0, feedback: 1 } }));
    expect(result.current.counts.sent).toBe(4);
    act(() => result.current.stop());
    expect(result.current.running).toBe(false);
    expect(r.posted.at(-1)).toEqual({ type: 'stop' });
  });

  it('leaves the run going when the Monitor page unmounts, and a new mount shows it again', async () => {
    const { r, run } = setup();
    const first = renderHook(() => useTrafficGenerator(ROWS, { run }));
    act(() => first.result.current.start());
    await flush();
    first.unmount();
    expect(r.disposed()).toBe(0);
    expect(r.posted.map((m) => m.type)).toEqual(['start']);
    expect(run.getState().running).toBe(true);
    const again = renderHook(() => useTrafficGenerator(ROWS, { run }));
    expect(again.result.current.running).toBe(true);
  });
});
