import { describe, expect, it } from 'vitest';
import { expectedNoDriftPsi, noDriftPsi95 } from '../../core/monitoring/drift-noise';
import { coldStartMarkers, coldStartSentence, formatClock, noiseSentence, onceEvery, secondsRange, shareInWords } from './monitor-format';

describe('numbers in words, read from the constants they describe', () => {
  it('shareInWords', () => {
    expect(shareInWords(0.4)).toBe('about 4 in 10');
    expect(shareInWords(0.3)).toBe('about 3 in 10');
    expect(shareInWords(0.05)).toBe('about 1 in 20');
    expect(shareInWords(0.25)).toBe('about 1 in 4');
    expect(shareInWords(1)).toBe('every');
    expect(shareInWords(0)).toBe('none');
  });

  it('onceEvery and secondsRange', () => {
    expect(onceEvery(1000)).toBe('once a second');
    expect(onceEvery(2500)).toBe('once every 2.5 seconds');
    expect(secondsRange({ min: 2000, max: 5000 })).toBe('2–5 seconds');
    expect(secondsRange({ min: 1000, max: 1000 })).toBe('1 second');
  });
});

describe('drift noise and cold starts in words', () => {
  it('noiseSentence states the no-drift PSI at this n, computed, and warns when noise alone reaches 0.1', () => {
    const at = (n: number) => ({ mean: expectedNoDriftPsi(5, n, 235), p95: noDriftPsi95(5, n, 235), baselineCount: 235 });
    expect(noiseSentence(at(600), 600, 5)).toBe(
      `With no drift, PSI from 600 values averages ${expectedNoDriftPsi(5, 600, 235).toFixed(2)} and stays below ${noDriftPsi95(5, 600, 235).toFixed(2)} in 95 % of windows (5 bins, 235 training values).`,
    );
    expect(noiseSentence(at(600), 600, 5)).not.toMatch(/too few/);
    expect(noiseSentence(at(30), 30, 5)).toMatch(/Noise alone can reach 0\.1 here: too few values to tell\.$/);
    expect(noiseSentence(at(0), 0, 5)).toBeNull();
  });

  it('coldStartSentence and coldStartMarkers', () => {
    const c = { version: 'v2', startedAt: 1_000_000, durationMs: 612, waited: 5 };
    expect(coldStartSentence(c)).toBe(`v2 loaded its model at ${formatClock(1_000_000)}: the request took 612 ms, and 5 more requests waited behind it.`);
    expect(coldStartSentence({ ...c, waited: 0 })).toBe(`v2 loaded its model at ${formatClock(1_000_000)}: the request took 612 ms.`);
    expect(coldStartMarkers([c], 1_012_400)).toEqual([{ t: -12, label: 'cold start v2' }]);
  });
});
