/** The one way the lab writes a moment: date and time in the reader's locale, e.g. "Dec 3, 2026, 11:18 AM" in en-US. */
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
/** A calendar day alone, e.g. "Dec 3, 2026" in en-US. */
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
/** A clock time with seconds, for events minutes apart, e.g. "11:18:54 AM" in en-US. */
const CLOCK: Intl.DateTimeFormatOptions = { timeStyle: 'medium' };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds since the epoch of an ISO string, a number (ms) or a Date; NaN when it names no moment. */
function toMs(at: string | number | Date): number {
  if (at instanceof Date) return at.getTime();
  return typeof at === 'number' ? at : Date.parse(at);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = JSON.stringify([options, locale ?? null, timeZone ?? null]);
  let f = formatters.get(key);
  if (!f) {
    // Building a DateTimeFormat is slow (locale data lookup); tables format hundreds of moments.
    f = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    formatters.set(key, f);
  }
  return f;
}

/** Where and how to format: the reader's locale and time zone unless given (tests pin both). */
export interface DateTimeOptions {
  locale?: string;
  timeZone?: string;
}

/**
 * A moment (ISO string, ms since the epoch, or Date) as date and time in the reader's locale and time zone.
 * A date-only string ("2026-11-26") is a calendar day, shown as that day; text that names no moment comes back unchanged.
 */
export function formatDateTime(at: string | number | Date, options: DateTimeOptions = {}): string {
  // A date-only ISO string means midnight UTC: in a time zone west of UTC it would show the day before.
  if (typeof at === 'string' && DATE_ONLY.test(at)) return formatDate(at, options);
  const ms = toMs(at);
  if (!Number.isFinite(ms)) return String(at);
  return formatter(DATE_TIME, options.locale, options.timeZone).format(ms);
}

/** The calendar day of a moment (date-only strings as written, in UTC), in the reader's locale; unparseable text unchanged. */
export function formatDate(at: string | number | Date, options: DateTimeOptions = {}): string {
  const ms = toMs(at);
  if (!Number.isFinite(ms)) return String(at);
  const zone = typeof at === 'string' && DATE_ONLY.test(at) ? 'UTC' : options.timeZone;
  return formatter(DATE, options.locale, zone).format(ms);
}

/** The clock time of a moment with seconds, in the reader's locale and time zone (for events of one session). */
export function formatClockTime(at: string | number | Date, options: DateTimeOptions = {}): string {
  const ms = toMs(at);
  if (!Number.isFinite(ms)) return String(at);
  return formatter(CLOCK, options.locale, options.timeZone).format(ms);
}
