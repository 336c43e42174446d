import type { HeaderPair, RequestSpec, ResponseRecord } from './exchange';
import { headerValue } from './exchange';
import { statusText } from './status-text';

/** The parts of an HTTP message, so a view can link each raw line to its structured twin. */
export type MessagePartKind = 'start-line' | 'header' | 'blank' | 'body';

/** One line (or the whole body) of a raw HTTP/1.1 message. `header` is the header's index for header lines. */
export interface MessagePart {
  kind: MessagePartKind;
  text: string;
  header?: number;
}

/** Byte length of a string as UTF-8 (what Content-Length counts). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function headerParts(headers: readonly HeaderPair[]): MessagePart[] {
  return headers.map(([name, value], i) => ({ kind: 'header' as const, text: `${name}: ${value}`, header: i }));
}

/**
 * The request as HTTP/1.1 text, part by part: request line with the path, Host, the headers
 * the learner set, Content-Length when there is a body (browsers add it), a blank line, the body.
 */
export function rawRequestParts(spec: RequestSpec, host: string): MessagePart[] {
  const url = new URL(spec.url, `http://${host}`);
  const body = spec.body ?? '';
  const headers: HeaderPair[] = [['Host', url.host], ...spec.headers.filter(([n]) => n.trim() !== '')];
  if (body !== '' && headerValue(headers, 'Content-Length') === null) headers.push(['Content-Length', String(utf8Length(body))]);
  return [{ kind: 'start-line', text: `${spec.method} ${url.pathname}${url.search} HTTP/1.1` }, ...headerParts(headers), { kind: 'blank', text: '' }, ...(body === '' ? [] : [{ kind: 'body' as const, text: body }])];
}

/** The response as HTTP/1.1 text, part by part: status line, headers, blank line, body. */
export function rawResponseParts(res: ResponseRecord): MessagePart[] {
  return [{ kind: 'start-line', text: `HTTP/1.1 ${res.status} ${res.statusText || statusText(res.status)}`.trimEnd() }, ...headerParts(res.headers), { kind: 'blank', text: '' }, ...(res.body === '' ? [] : [{ kind: 'body' as const, text: res.body }])];
}

/** Joins message parts into the text that travels on the wire (CRLF line ends). */
export function joinMessage(parts: readonly MessagePart[]): string {
  return parts.map((p) => p.text).join('\r\n');
}
