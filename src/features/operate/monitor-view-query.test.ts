import { describe, expect, it } from 'vitest';
import { TRAFFIC_LIMITS } from '../../core/monitoring/traffic';
import { monitorViewFromQuery, monitorViewToQuery } from './monitor-view-query';

describe('the Monitor view in the URL', () => {
  it('round-trips scenario and rate, keeping other keys', () => {
    const q = monitorViewToQuery('x=1', { scenario: 'new-population', rate: 20 });
    expect(q.toString()).toBe('x=1&scenario=new-population&rate=20');
    expect(monitorViewFromQuery(q.toString())).toEqual({ scenario: 'new-population', rate: 20 });
  });

  it('leaves out what it cannot use and clamps the rate', () => {
    expect(monitorViewFromQuery('')).toEqual({});
    expect(monitorViewFromQuery('scenario=chaos&rate=fast')).toEqual({});
    expect(monitorViewFromQuery('rate=')).toEqual({});
    expect(monitorViewFromQuery('rate=9999')).toEqual({ rate: TRAFFIC_LIMITS.maxRate });
  });
});
