import { describe, expect, it } from 'vitest';
import { joinMessage, rawRequestParts, rawResponseParts } from './raw-message';
import { parseServerTiming } from './server-timing';

describe('raw HTTP/1.1 messages', () => {
  it('renders a request with Host and Content-Length in UTF-8 bytes', () => {
    const parts = rawRequestParts({ method: 'POST', url: '/api/x?y=1', headers: [['Content-Type', 'text/csv']], body: 'é,1' }, 'localhost:4173');
    expect(joinMessage(parts)).toBe('POST /api/x?y=1 HTTP/1.1\r\nHost: localhost:4173\r\nContent-Type: text/csv\r\nContent-Length: 4\r\n\r\né,1');
    expect(parts.map((p) => p.kind)).toEqual(['start-line', 'header', 'header', 'header', 'blank', 'body']);
  });

  it('renders a response with its status line and no body part when empty', () => {
    const parts = rawResponseParts({ status: 204, statusText: 'No Content', headers: [['x-request-id', 'a']], body: '', bytes: 0 });
    expect(joinMessage(parts)).toBe('HTTP/1.1 204 No Content\r\nx-request-id: a\r\n');
  });
});

describe('Server-Timing', () => {
  it('parses names, durations and quoted descriptions with commas', () => {
    expect(parseServerTiming('validate;dur=0.42;desc="parse, validate", inference;dur=3.1, cache')).toEqual([
      { name: 'validate', durationMs: 0.42, description: 'parse, validate' },
      { name: 'inference', durationMs: 3.1, description: null },
      { name: 'cache', durationMs: null, description: null },
    ]);
    expect(parseServerTiming(null)).toEqual([]);
  });
});

import { formatBody } from './format-body';

describe('formatBody', () => {
  it('re-indents JSON and refuses broken JSON', () => {
    expect(formatBody('{"a":[1,2]}', 'application/json')).toBe('{\n  "a": [\n    1,\n    2\n  ]\n}');
    expect(formatBody('{"a":', 'application/json')).toBeNull();
  });
  it('tidies CSV line ends, spaces after commas and trailing blank lines', () => {
    expect(formatBody('39.1, 18.7 ,181\r\n\r\n', 'text/csv')).toBe('39.1,18.7,181\n');
  });
});
