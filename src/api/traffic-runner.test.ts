import { describe, expect, it, vi } from 'vitest';
import type { SourceRow } from '../core/monitoring/traffic';
import { fakeRunner } from './fake-traffic-runner';
import { createTrafficRun } from './traffic-runner';

const ROWS: SourceRow[] = [{ features: { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }, species: 'Adelie' }];

const counts = (sent: number) => ({ sent, answered: sent, failed: 0, dropped: 0, feedback: 0 });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(ensureApi: () => Promise<unknown> = async () => ({}), hidden = false) {
  const r = fakeRunner();
  const run = createTrafficRun({ createRunner: r.create, ensureApi, isHidden: () => hidden });
  return { r, run };
}

describe('createTrafficRun', () => {
  it('starts a run in the runner once the API is up, with the rows, scenario and rate', async () => {
    const { r, run } = setup();
    run.update({ rate: 20, scenario: 'unit-mistake' });
    run.start(ROWS);
    expect(run.getState().running).toBe(true);
    await flush();
    expect(r.posted[0]).toEqual({ type: 'start', runId: 1, rows: ROWS, settings: { scenario: 'unit-mistake', rate: 20 } });
  });

  it('tells subscribers, shows the current run’s counts and ignores a stopped run’s late messages', async () => {
    const { r, run } = setup();
    const seen = vi.fn();
    run.subscribe(seen);
    run.start(ROWS);
    await flush();
    r.reply({ type: 'counts', runId: 1, counts: counts(5) });
    expect(run.getState().counts.sent).toBe(5);
    expect(seen).toHaveBeenCalled();
    run.stop();
    run.start(ROWS);
    await flush();
    expect(r.posted.map((m) => m.type)).toEqual(['start', 'stop', 'start']);
    r.reply({ type: 'stopped', runId: 1, counts: counts(9), reason: null });
    expect(run.getState()).toMatchObject({ running: true, counts: { sent: 0 } });
    r.reply({ type: 'stopped', runId: 2, counts: counts(3), reason: 'Stopped after 5 minutes (the limit of one run).' });
    expect(run.getState()).toMatchObject({ running: false, counts: { sent: 3 } });
    expect(run.getState().stopReason).toMatch(/5 minutes/);
  });

  it('does not start when stopped before the API was up, and says why when the API fails', async () => {
    let up: (v: unknown) => void = () => {};
    const { r, run } = setup(() => new Promise((resolve) => (up = resolve)));
    run.start(ROWS);
    run.stop();
    up({});
    await flush();
    expect(r.posted.filter((m) => m.type === 'start')).toHaveLength(0);
    expect(run.getState().running).toBe(false);
    const failing = setup(() => Promise.reject(new Error('The in-browser API could not start.')));
    failing.run.start(ROWS);
    await flush();
    expect(failing.run.getState()).toMatchObject({ running: false, stopReason: 'The in-browser API could not start.' });
  });

  it('sends scenario and rate changes (the rate clamped) to the running traffic, and does not start without rows', async () => {
    const { r, run } = setup();
    run.start([]);
    expect(run.getState().running).toBe(false);
    run.start(ROWS);
    await flush();
    run.update({ rate: 500 });
    expect(r.posted.at(-1)).toEqual({ type: 'update', settings: { scenario: 'normal', rate: 50 } });
  });

  it('pauses while the tab is hidden and resumes when it is visible again; starts paused in a hidden tab', async () => {
    let hidden = false;
    const r = fakeRunner();
    const run = createTrafficRun({ createRunner: r.create, ensureApi: async () => ({}), isHidden: () => hidden });
    run.start(ROWS);
    await flush();
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(r.posted.at(-1)).toEqual({ type: 'pause' });
    expect(run.getState().paused).toBe(true);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(r.posted.at(-1)).toEqual({ type: 'resume' });
    expect(run.getState().paused).toBe(false);
    run.dispose();
    const already = setup(async () => ({}), true);
    already.run.start(ROWS);
    await flush();
    expect(already.r.posted.map((m) => m.type)).toEqual(['start', 'pause']);
    expect(already.run.getState().paused).toBe(true);
  });

  it('says so when the worker crashes, and starts a fresh worker next time', async () => {
    const { r, run } = setup();
    run.start(ROWS);
    await flush();
    r.crash('the traffic worker crashed (boom)');
    expect(run.getState()).toMatchObject({ running: false, stopReason: 'Traffic stopped: the traffic worker crashed (boom). Start again to retry.' });
    expect(r.disposed()).toBe(1);
    run.start(ROWS);
    await flush();
    expect(r.posted.filter((m) => m.type === 'start')).toHaveLength(2);
    run.dispose();
    expect(r.disposed()).toBe(2);
  });
});
