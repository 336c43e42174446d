import { describe, expect, it } from 'vitest';
import { PHASES, STAGES, neighbours } from './stages';

const steps = STAGES.filter((s) => s.phase !== 'more');

describe('stages', () => {
  it('the cloud lesson opens the Deployment phase, before the endpoint, and keeps its deep link', () => {
    const deploy = steps.filter((s) => s.phase === 'deploy').map((s) => s.id);
    expect(deploy[0]).toBe('cloud');
    expect(STAGES.find((s) => s.id === 'cloud')?.path).toBe('/cloud');
    expect(neighbours('/model/evaluate').next?.id).toBe('cloud');
    expect(neighbours('/cloud').next?.id).toBe('endpoint');
  });

  it('steps follow the phases in order (navigation groups them so)', () => {
    const order = PHASES.map((p) => p.id);
    const phaseIndex = steps.map((s) => order.indexOf(s.phase as (typeof order)[number]));
    expect(phaseIndex).toEqual([...phaseIndex].sort((a, b) => a - b));
  });

  it('every step has a time estimate of whole minutes', () => {
    for (const s of steps) expect(Number.isInteger(s.minutes) && (s.minutes ?? 0) > 0, s.id).toBe(true);
  });

  it('lessons speak to the learner: the lab\'s internals (MSW, main thread, Web Worker) live under the hood', () => {
    for (const s of STAGES) {
      for (const text of [s.summary, ...s.intro]) expect(text, s.id).not.toMatch(/\bMSW\b|Mock Service Worker|main thread|Web Worker/i);
    }
    const hood = STAGES.flatMap((s) => s.underTheHood ?? []).join(' ');
    expect(hood).toMatch(/MSW/);
    expect(hood).toMatch(/main thread/);
    expect(hood).toMatch(/Web Worker/);
  });
});
