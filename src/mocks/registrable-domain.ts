/**
 * Stands in for the `tldts` package in the browser build (vite.config.ts aliases it here). MSW keeps a cookie jar
 * (tough-cookie), and tough-cookie asks tldts for a host's registrable domain. tldts carries the whole public suffix
 * list: 310 KB of the 632 KB MSW chunk, parsed and evaluated on the main thread of every page that starts the in-tab
 * API (about 150 ms at 4× CPU slowdown). The lab's API sets no cookies, so the jar is always empty and a simpler
 * answer changes nothing the learner sees.
 *
 * The answer is the last two labels of a host name ("api.example.org" → "example.org"), and null for an IP address
 * or a single label ("localhost"), as tldts gives for every host whose public suffix is one label. For a suffix of
 * two labels ("github.io", "co.uk") it gives the suffix itself, where tldts would give one label more: a wider cookie
 * scope, which matters only to cookies, and this API has none.
 */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The registrable domain of a host name or URL ("https://a.b.example.org/x" → "example.org"), or null for an IP address, a single label or an empty name. */
export function getDomain(hostOrUrl: string, _options?: unknown): string | null {
  let host = hostOrUrl.trim().toLowerCase();
  // tldts accepts URLs as well as host names.
  const scheme = host.indexOf('://');
  if (scheme >= 0) host = host.slice(scheme + 3);
  host = host.replace(/[/?#].*$/, '').replace(/^[^@]*@/, '');
  if (host.startsWith('[') || host.includes('::')) return null;
  host = host.replace(/:\d*$/, '').replace(/\.$/, '');
  if (host === '' || IPV4.test(host)) return null;
  const labels = host.split('.');
  if (labels.some((l) => l === '')) return null;
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}
