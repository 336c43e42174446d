import type { RequestSpec } from './exchange';
import { headerValue } from './exchange';

/** Methods the request builder offers. */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Where a problem in a built request is: a field of the form, or header row `i`. */
export type RequestField = 'method' | 'url' | 'body' | { header: number; part: 'name' | 'value' };

/** A problem with a built request; `blocking` ones stop it from being sent. */
export interface RequestCheck {
  field: RequestField;
  message: string;
  blocking: boolean;
}

// RFC 9110 §5.1: a field name is a token.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Where in the text a JSON.parse error happened, as "line L, column C", when the engine says. */
function jsonErrorPosition(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split('\n');
  return ` at line ${before.length}, column ${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** Checks a request the learner built before it is sent: what the browser would refuse, and bodies that will not parse. */
export function checkRequest(spec: RequestSpec): RequestCheck[] {
  const out: RequestCheck[] = [];
  if (!(METHODS as readonly string[]).includes(spec.method)) out.push({ field: 'method', message: `Choose one of ${METHODS.join(', ')}.`, blocking: true });
  const url = spec.url.trim();
  if (url === '') out.push({ field: 'url', message: 'Enter a URL, for example /api/ping.', blocking: true });
  else if (!url.startsWith('/') && !/^https?:\/\//.test(url)) out.push({ field: 'url', message: 'Start the URL with / (a path on this site) or http:// or https://.', blocking: true });
  else if (/\s/.test(url)) out.push({ field: 'url', message: 'A URL cannot contain spaces; write %20 instead.', blocking: true });
  spec.headers.forEach(([name, value], i) => {
    if (name.trim() === '' && value.trim() === '') return;
    if (!TOKEN.test(name.trim())) out.push({ field: { header: i, part: 'name' }, message: 'A header name uses letters, digits and - only (no spaces or colons).', blocking: true });
    if (/[\r\n]/.test(value)) out.push({ field: { header: i, part: 'value' }, message: 'A header value must fit on one line.', blocking: true });
  });
  const hasBody = spec.body !== null && spec.body !== '';
  if (hasBody && (spec.method === 'GET' || spec.method === 'HEAD')) {
    out.push({ field: 'body', message: `${spec.method} requests cannot carry a body. Clear the body, or use POST.`, blocking: true });
  }
  const type = headerValue(spec.headers, 'Content-Type')?.toLowerCase() ?? '';
  if (hasBody && type.includes('json')) {
    try {
      JSON.parse(spec.body as string);
    } catch (e) {
      const msg = e instanceof Error ? e.message : '';
      out.push({ field: 'body', message: `This body is not valid JSON${jsonErrorPosition(spec.body as string, msg)}. You can still send it: the server will answer 400.`, blocking: false });
    }
  }
  return out;
}
