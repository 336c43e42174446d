import { describe, expect, it } from 'vitest';
import { CANARY_PERCENT } from '../../core/monitoring/versions';
import { smallSampleNote } from './update-compare-section';

describe('smallSampleNote', () => {
  it('uses the share the learner picked, not a typed 10 %', () => {
    expect(smallSampleNote([{ version: 'v1', weight: 75 }, { version: 'v2', weight: 25 }], 50)).toBe(
      'Few requests give noisy numbers: of 50 requests, the canary (v2, 25%) answers about 13, and one mistake moves its accuracy by 8 points. Wait for a few dozen labelled answers per version before you decide.',
    );
    expect(smallSampleNote([{ version: 'v1', weight: 90 }, { version: 'v3', weight: 10 }], 50)).toMatch(/the canary \(v3, 10%\) answers about 5, and one mistake moves its accuracy by 20 points/);
  });

  it('with one version serving, speaks of the default canary share', () => {
    expect(smallSampleNote([{ version: 'v1', weight: 100 }], 50)).toContain(`a ${CANARY_PERCENT.default}% canary answers about ${Math.round((CANARY_PERCENT.default / 100) * 50)}`);
  });

  it('says so when the canary may get no request at all', () => {
    expect(smallSampleNote([{ version: 'v1', weight: 99 }, { version: 'v2', weight: 1 }], 20)).toBe('Few requests give noisy numbers: of 20 requests, the canary (v2, 1%) may answer none at all. Send more traffic before you decide.');
  });
});
