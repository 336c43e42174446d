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
