import { describe, expect, it } from 'vitest';
import { statusAdvice } from './response-panel';

describe('statusAdvice, the family note under each response', () => {
  it('429 asks to wait and send the same request again, not to change it (RFC 6585 §4)', () => {
    expect(statusAdvice(429)).toMatch(/request itself may be fine.*Retry-After.*send it again/);
    expect(statusAdvice(429)).not.toMatch(/must change/);
  });

  it('other 4xx: the request usually must change; 5xx: retry; 2xx: success', () => {
    for (const s of [400, 404, 415, 422]) expect(statusAdvice(s)).toMatch(/^A client error: usually the request must change/);
    expect(statusAdvice(503)).toMatch(/^A server error/);
    expect(statusAdvice(200)).toMatch(/^Success/);
  });
});
