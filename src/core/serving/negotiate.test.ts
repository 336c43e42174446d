import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accepts, charsetOf, mediaTypeOf, unreadableContentType } from './negotiate';

describe('accepts', () => {
  it.each([
    [null, true],
    ['', true],
    ['application/json', true],
    ['application/*', true],
    ['*/*', true],
    ['text/html', false],
    ['text/html, application/json;q=0.5', true],
    ['application/json;q=0', false],
    ['*/*;q=0.1, application/json;q=0', false],
    ['text/*, */*;q=0', false],
  ])('Accept %j → %s for application/json', (header, expected) => {
    expect(accepts(header, 'application/json')).toBe(expected);
  });

  it('never throws on arbitrary header text', () => {
    fc.assert(
      fc.property(fc.string(), (h) => {
        expect(typeof accepts(h, 'application/json')).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mediaTypeOf', () => {
  it('drops parameters and lower-cases', () => {
    expect(mediaTypeOf('Text/CSV; charset=utf-8')).toBe('text/csv');
    expect(mediaTypeOf(null)).toBeNull();
    expect(mediaTypeOf('  ;x=1')).toBeNull();
  });
});

describe('accepts: RFC 9110 §12.5.1 details', () => {
  it.each([
    // Media ranges and parameters are case-insensitive; whitespace around them is optional.
    ['  APPLICATION/JSON ; Q=0.5 ', true],
    ['Application/*;q=0', false],
    // type/* is more specific than */*: it decides even when listed last.
    ['*/*;q=1, application/*;q=0', false],
    ['*/*;q=0, application/*;q=0.2', true],
    // A range for another type never decides, whatever its q.
    ['text/*;q=0, application/json', true],
    ['text/json;q=0, application/json;q=0.3', true],
    // Of two equally specific ranges the first one decides.
    ['application/json;q=0, application/json', false],
    ['application/json, application/json;q=0', true],
    // An unreadable q ("1.2.3" is no number) counts as 0; a range without a subtype is skipped.
    ['application/json;q=1.2.3', false],
    ['application, text/html', false],
    ['application', true],
    // The smallest positive q still accepts (q > 0, RFC 9110 §12.4.2).
    ['application/json;q=0.001', true],
    // Other parameters do not change q.
    ['application/json;level=1', true],
    ['application/json;v=0;q=0.7', true],
  ])('Accept %j → %s for application/json', (header, expected) => {
    expect(accepts(header, 'application/json')).toBe(expected);
  });

  it('matches the offered media type case-insensitively', () => {
    expect(accepts('application/json', 'Application/JSON')).toBe(true);
    expect(accepts('text/csv', 'application/json')).toBe(false);
  });

  it('treats a header of only spaces as no header', () => {
    expect(accepts('   ', 'application/json')).toBe(true);
  });
});

describe('charsetOf', () => {
  it.each([
    [null, null],
    ['application/json', null],
    ['application/json; charset=UTF-8', 'utf-8'],
    ['application/json;CHARSET="Latin1"', 'latin1'],
    ['application/json; boundary=x; charset = utf-16 ', 'utf-16'],
    ['text/csv; charset="a=b"', 'a=b'],
    ['text/csv; charsets=utf-16', null],
  ])('%j → %j', (header, expected) => {
    expect(charsetOf(header)).toBe(expected);
  });
});

describe('unreadableContentType', () => {
  const allowed = ['application/json', 'text/csv'];
  it('names the accepted types when the header is missing', () => {
    expect(unreadableContentType(null, allowed)).toBe('The request has no Content-Type header. Say what the body is: application/json or text/csv.');
  });
  it('quotes the refused header', () => {
    expect(unreadableContentType('text/plain', allowed)).toBe('Content-Type "text/plain" is not supported here. Use application/json or text/csv.');
  });
  it('refuses any charset but UTF-8, spelled either way', () => {
    expect(unreadableContentType('text/csv; charset=latin1', allowed)).toBe(
      'charset "latin1" is not supported: send the body as UTF-8 (text/csv; charset=utf-8, or no charset).',
    );
    expect(unreadableContentType('text/csv; charset=UTF-8', allowed)).toBeNull();
    expect(unreadableContentType('text/csv; charset=utf8', allowed)).toBeNull();
    expect(unreadableContentType('Application/JSON', allowed)).toBeNull();
  });
});

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
