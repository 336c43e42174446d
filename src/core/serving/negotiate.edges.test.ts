// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { accepts, charsetOf, unreadableContentType } from './negotiate';

describe('accepts: which ranges match the offered type', () => {
  it.each([
    // Another subtype of the same type is no match, so it cannot accept.
    ['application/xml', false],
    ['application/xml, text/*', false],
    // "*/subtype" is not a media range: only "*/*" matches every type.
    ['*/json', false],
    ['*/html', false],
  ])('Accept %j → %s for application/json', (header, expected) => {
    expect(accepts(header, 'application/json')).toBe(expected);
  });

  it.each([
    // The exact range is more specific than type/*: it decides wherever it is listed.
    ['application/*;q=0, application/json', true],
    ['application/*, application/json;q=0', false],
    ['application/json, application/*;q=0', true],
  ])('Accept %j → %s: application/json outranks application/*', (header, expected) => {
    expect(accepts(header, 'application/json')).toBe(expected);
  });

  it('lets a type/* range refuse what */* would accept for another type', () => {
    expect(accepts('*/*, text/*;q=0', 'text/csv')).toBe(false);
    expect(accepts('*/*, text/*;q=0', 'application/json')).toBe(true);
  });
});

describe('accepts: the q parameter', () => {
  it.each([
    // Only a parameter named exactly "q" is the quality.
    ['application/json;xq=0', true],
    ['application/json;level=1;aq=0', true],
    // A q value with text after the number is no q value: the range keeps q=1.
    ['application/json;q=0abc', true],
    ['application/json;q=0 ', false],
  ])('Accept %j → %s for application/json', (header, expected) => {
    expect(accepts(header, 'application/json')).toBe(expected);
  });
});

describe('charsetOf: only parameters carry a charset', () => {
  it.each([
    // The part before the first ";" is the media type, never a parameter.
    ['charset=utf-16', null],
    ['charset=utf-16; charset=latin1', 'latin1'],
    // Only a value quoted at both ends is unquoted.
    ['text/csv; charset="utf-8"x', '"utf-8"x'],
    ['text/csv; charset=x"utf-8"', 'x"utf-8"'],
    ['text/csv; charset="utf-8', '"utf-8'],
    ['text/csv; charset=""', ''],
  ])('%j → %j', (header, expected) => {
    expect(charsetOf(header)).toBe(expected);
  });

  it('refuses a half-quoted UTF-8 charset, quoting it as sent', () => {
    expect(unreadableContentType('text/csv; charset="utf-8"x', ['text/csv'])).toBe(
      'charset ""utf-8"x" is not supported: send the body as UTF-8 (text/csv; charset=utf-8, or no charset).',
    );
    expect(unreadableContentType('text/csv; charset="UTF-8"', ['text/csv'])).toBeNull();
  });
});
