/** One media range of an Accept header with its quality (RFC 9110 §12.5.1). */
interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const p of params) {
      const m = /^q=([0-9.]+)$/.exec(p);
      if (m) q = Number(m[1]);
    }
    ranges.push({ type, subtype, q: Number.isFinite(q) ? q : 0 });
  }
  return ranges;
}

/**
 * True when a response of `mediaType` (e.g. "application/json") satisfies the request's
 * Accept header. No header, or an empty one, accepts anything; q=0 refuses.
 */
export function accepts(acceptHeader: string | null, mediaType: string): boolean {
  if (acceptHeader === null || acceptHeader.trim() === '') return true;
  const [type, subtype] = mediaType.toLowerCase().split('/');
  const ranges = parseAccept(acceptHeader);
  if (ranges.length === 0) return true;
  // The most specific matching range decides (RFC 9110): exact, then type/*, then */*.
  const score = (r: MediaRange) => (r.type === type && r.subtype === subtype ? 3 : r.type === type && r.subtype === '*' ? 2 : r.type === '*' && r.subtype === '*' ? 1 : 0);
  let best: MediaRange | null = null;
  for (const r of ranges) {
    const s = score(r);
    if (s > 0 && (best === null || s > score(best))) best = r;
  }
  return best !== null && best.q > 0;
}

/** The media type of a Content-Type header without parameters, lower-cased ("text/csv; charset=utf-8" → "text/csv"). */
export function mediaTypeOf(contentType: string | null): string | null {
  if (contentType === null) return null;
  const t = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return t === '' ? null : t;
}

/** The charset parameter of a Content-Type header, lower-cased and unquoted; null when absent. */
export function charsetOf(contentType: string | null): string | null {
  if (contentType === null) return null;
  for (const param of contentType.split(';').slice(1)) {
    const [name = '', ...rest] = param.split('=');
    if (name.trim().toLowerCase() === 'charset') return rest.join('=').trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return null;
}

/**
 * Why a body with this Content-Type cannot be read, in one sentence, or null when it can: the media
 * type must be one of `allowed` and the text UTF-8 (the only charset this API decodes).
 */
export function unreadableContentType(header: string | null, allowed: readonly string[]): string | null {
  const type = mediaTypeOf(header);
  const accepted = allowed.join(' or ');
  if (type === null) return `The request has no Content-Type header. Say what the body is: ${accepted}.`;
  if (!allowed.includes(type)) return `Content-Type "${header}" is not supported here. Use ${accepted}.`;
  const charset = charsetOf(header);
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') {
    return `charset "${charset}" is not supported: send the body as UTF-8 (${type}; charset=utf-8, or no charset).`;
  }
  return null;
}
