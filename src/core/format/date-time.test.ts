// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDate, formatDateTime } from './date-time';

const pinned = { locale: 'en-US', timeZone: 'UTC' };
const moments = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });

describe('formatDateTime', () => {
  it('writes a moment in the given locale and time zone', () => {
    expect(formatDateTime('2026-12-03T11:18:54Z', pinned)).toBe('Dec 3, 2026, 11:18 AM');
    expect(formatDateTime('2026-12-03T11:18:54Z', { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toBe('03.12.2026, 12:18');
  });

  it('gives one moment one text, whether it comes as an ISO string, milliseconds or a Date', () => {
    fc.assert(
      fc.property(moments, (d) => {
        const text = formatDateTime(d, pinned);
        expect(formatDateTime(d.toISOString(), pinned)).toBe(text);
        expect(formatDateTime(d.getTime(), pinned)).toBe(text);
        expect(text).toContain(String(d.getUTCFullYear()));
        expect(text).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
      }),
    );
  });

  it('keeps a date-only string on its own day in every time zone', () => {
    fc.assert(
      fc.property(moments, fc.constantFrom('UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo'), (d, timeZone) => {
        const day = d.toISOString().slice(0, 10);
        expect(formatDateTime(day, { locale: 'en-US', timeZone })).toBe(formatDate(`${day}T12:00:00Z`, { locale: 'en-US', timeZone: 'UTC' }));
      }),
    );
  });

  it('gives back text that names no moment unchanged, and never throws', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof formatDateTime(s)).toBe('string');
      }),
    );
  });
});

describe('formatClockTime', () => {
  it('writes the time of day with seconds', () => {
    expect(formatClockTime(Date.UTC(2026, 11, 3, 14, 3, 27), pinned)).toBe('2:03:27 PM');
    expect(formatClockTime(Date.UTC(2026, 11, 3, 14, 3, 27), { locale: 'en-GB', timeZone: 'UTC' })).toBe('14:03:27');
  });
});
