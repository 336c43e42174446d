import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SourceRow } from '../../core/monitoring/traffic';
import type { CreateTrafficRunner } from '../../workers/traffic-client';
import type { FromTrafficWorker, ToTrafficWorker } from '../../workers/traffic-protocol';
import { useTrafficGenerator } from './use-traffic-generator';

let apiReady: Promise<unknown> = Promise.resolve({});
vi.mock('../../api/mock-api', () => ({ ensureMockApi: () => apiReady }));

const ROWS: SourceRow[] = [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }];

/** A runner that records what the hook posts and lets the test answer as the worker would. */
function fakeRunner() {
  const posted: ToTrafficWorker[] = [];
  let reply: (m: FromTrafficWorker) => void = () => {};
  let crash: (why: string) => void = () => {};
  let disposed = 0;
  const create: CreateTrafficRunner = (onMessage, onError) => {
    reply = onMessage;
    crash = onError;
    return { post: (m) => posted.push(m), dispose: () => (disposed += 1) };
  };
  return { create, posted, reply: (m: FromTrafficWorker) => act(() => reply(m)), crash: (why: string) => act(() => crash(why)), disposed: () => disposed };
}

const counts = (sent: number) => ({ sent, answered: sent, failed: 0, dropped: 0, feedback: 0 });

beforeEach(() => {
  apiReady = Promise.resolve({});
});

describe('useTrafficGenerator', () => {
  it('starts a run in the runner once the API is up, with the rows, scenario and rate', async () => {
    const r = fakeRunner();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.setRate(20));
    act(() => result.current.setScenario('unit-mistake'));
    act(() => result.current.start());
    expect(result.current.running).toBe(true);
    await waitFor(() => expect(r.posted[0]).toEqual({ type: 'start', runId: 1, rows: ROWS, settings: { scenario: 'unit-mistake', rate: 20 } }));
  });

  it('shows the counts of the current run and ignores a stopped run’s late messages', async () => {
    const r = fakeRunner();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.start());
    await waitFor(() => expect(r.posted).toHaveLength(1));
    r.reply({ type: 'counts', runId: 1, counts: counts(5) });
    expect(result.current.counts.sent).toBe(5);
    act(() => result.current.stop());
    act(() => result.current.start());
    await waitFor(() => expect(r.posted.map((m) => m.type)).toEqual(['start', 'stop', 'start']));
    r.reply({ type: 'stopped', runId: 1, counts: counts(9), reason: null });
    expect(result.current.running).toBe(true);
    expect(result.current.counts.sent).toBe(0);
    r.reply({ type: 'stopped', runId: 2, counts: counts(3), reason: 'Stopped after 5 minutes (the limit of one run).' });
    expect(result.current.running).toBe(false);
    expect(result.current.stopReason).toMatch(/5 minutes/);
    expect(result.current.counts.sent).toBe(3);
  });

  it('does not start when stopped before the API was up', async () => {
    let up: (v: unknown) => void = () => {};
    apiReady = new Promise((resolve) => {
      up = resolve;
    });
    const r = fakeRunner();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.start());
    act(() => result.current.stop());
    await act(async () => up({}));
    expect(r.posted.filter((m) => m.type === 'start')).toHaveLength(0);
    expect(result.current.running).toBe(false);
  });

  it('sends scenario and rate changes to the running traffic', async () => {
    const r = fakeRunner();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.start());
    await waitFor(() => expect(r.posted).toHaveLength(1));
    act(() => result.current.setRate(500));
    expect(r.posted.at(-1)).toEqual({ type: 'update', settings: { scenario: 'normal', rate: 50 } });
  });

  it('pauses while the tab is hidden and resumes when it is visible again', async () => {
    const r = fakeRunner();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.start());
    await waitFor(() => expect(r.posted).toHaveLength(1));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(r.posted.at(-1)).toEqual({ type: 'pause' });
    expect(result.current.paused).toBe(true);
    visibility.mockReturnValue('visible');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(r.posted.at(-1)).toEqual({ type: 'resume' });
    expect(result.current.paused).toBe(false);
    visibility.mockRestore();
  });

  it('starts paused when the tab is already hidden', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const r = fakeRunner();
    const { result } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.start());
    await waitFor(() => expect(r.posted.map((m) => m.type)).toEqual(['start', 'pause']));
    expect(result.current.paused).toBe(true);
    visibility.mockRestore();
  });

  it('ends the worker on unmount, and says so when the worker crashes', async () => {
    const r = fakeRunner();
    const { result, unmount } = renderHook(() => useTrafficGenerator(ROWS, { createRunner: r.create }));
    act(() => result.current.start());
    await waitFor(() => expect(r.posted).toHaveLength(1));
    r.crash('the traffic worker crashed (boom)');
    expect(result.current.running).toBe(false);
    expect(result.current.stopReason).toBe('Traffic stopped: the traffic worker crashed (boom). Start again to retry.');
    expect(r.disposed()).toBe(1);
    act(() => result.current.start());
    await waitFor(() => expect(r.posted.filter((m) => m.type === 'start')).toHaveLength(2));
    unmount();
    expect(r.disposed()).toBe(2);
  });
});
