import penguins from 'vega-datasets/data/penguins.json';
import { describe, expect, it } from 'vitest';
import { CLASS_MINUTES, countInWords, PENGUIN_RECORDS } from './data-facts';
import { SESSION_PLAN } from './instructor-guide';

describe('facts the lessons state', () => {
  it('PENGUIN_RECORDS is the bundled file’s record count', () => {
    expect(PENGUIN_RECORDS).toBe((penguins as unknown[]).length);
  });

  it('CLASS_MINUTES is where the session plan ends', () => {
    expect(CLASS_MINUTES).toBe(SESSION_PLAN.at(-1)?.end);
  });

  it('countInWords', () => {
    expect([0, 3, 4, 10, 11].map(countInWords)).toEqual(['zero', 'three', 'four', 'ten', '11']);
  });
});
