import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { entry } from '../../core/monitoring/test-fixtures';
import type { ConfigChange } from '../../core/monitoring/versions';
import { CANARY_PERCENT } from '../../core/monitoring/versions';
import { formatClock } from './monitor-format';
import { UpdateCompareSection, smallSampleNote } from './update-compare-section';

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

describe('UpdateCompareSection', () => {
  const split = [
    { version: 'v1', weight: 80 },
    { version: 'v2', weight: 20 },
  ];
  /** 50 s of v1 alone, a canary 10 s ago, then 80/20 traffic: a last-minute table would show v2 far below 20 %. */
  function renderAt(history: ConfigChange[]) {
    const now = Date.now();
    const change = now - 10_000;
    const before = Array.from({ length: 100 }, (_, i) => entry({ startedAt: change - 40_000 + i * 400, modelVersion: 'v1' }));
    const after = Array.from({ length: 50 }, (_, i) => entry({ startedAt: change + 10 + i * 150, modelVersion: i % 5 === 4 ? 'v2' : 'v1' }));
    const progress = { running: false, sent: 0, answered: 0, failed: 0, byVersion: {} };
    render(
      <MemoryRouter>
        <UpdateCompareSection entries={[...before, ...after]} history={history.map((c) => ({ ...c, at: change }))} variants={split} progress={progress} canSend onSend={() => {}} />
      </MemoryRouter>,
    );
    return change;
  }
  const canary: ConfigChange = { action: 'canary', at: 0, candidate: 'v2', before: [{ version: 'v1', weight: 100 }], after: split };

  it('starts the table at the last traffic change, so the shares seen match the split set', () => {
    const change = renderAt([canary]);
    const table = screen.getByRole('table', { name: `Since the last change of the traffic split (${formatClock(change)}), per version` });
    const v1 = within(table).getByRole('row', { name: /^v1/ });
    const v2 = within(table).getByRole('row', { name: /^v2/ });
    expect(v1).toHaveTextContent(/80%\s*80\.0%\s*40/);
    expect(v2).toHaveTextContent(/20%\s*20\.0%\s*10/);
  });

  it('without a recorded change it says so and falls back to the last minute', () => {
    renderAt([]);
    const table = screen.getByRole('table', { name: /^Last 60 s, per version \(no change of the traffic split recorded\)/ });
    expect(within(table).getByRole('row', { name: /^v1/ })).toHaveTextContent(/80%\s*93\.3%\s*140/);
  });
});
