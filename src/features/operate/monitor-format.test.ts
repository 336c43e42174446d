import { describe, expect, it } from 'vitest';
import { onceEvery, secondsRange, shareInWords } from './monitor-format';

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
