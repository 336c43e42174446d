import type { Exchange } from '../../core/http/exchange';

/** Headers a real network exchange carries that an answer made inside the tab does not. */
const NETWORK_HEADERS = ['Date', 'Content-Length', 'Connection', 'Keep-Alive'] as const;

/**
 * Which answerer produced this exchange, and what that means for its headers: a real server's answer crossed a
 * network (and the browser hides some of its headers from the page), the in-tab one never did.
 */
export function AnsweredBy({ exchange }: { exchange: Exchange }) {
  const by = exchange.answeredBy;
  if (!by || !exchange.response) return null;
  if (by.kind === 'tab') {
    return (
      <p className="answered-by" data-testid="answered-by">
        <strong>Answered by the service worker in this tab.</strong> Nothing crossed a network, so the headers a network adds ({NETWORK_HEADERS.join(', ')}) are missing.
      </p>
    );
  }
  const seen = new Set(exchange.response.headers.map(([n]) => n.toLowerCase()));
  const shown = NETWORK_HEADERS.filter((h) => seen.has(h.toLowerCase()));
  const hidden = NETWORK_HEADERS.filter((h) => !seen.has(h.toLowerCase()));
  return (
    <p className="answered-by" data-testid="answered-by">
      <strong>Answered by the real server at {by.origin}</strong>, over a real network connection.
      {shown.length > 0 && ` It added ${shown.join(', ')}.`}
      {hidden.length > 0 &&
        ` It also sent ${hidden.join(', ')}, but the browser hides ${hidden.length === 1 ? 'that header' : 'those headers'} from this page: ${
          by.servedThisPage ? 'hop-by-hop headers stay with the connection' : 'a page on another origin reads only the headers the server lists in Access-Control-Expose-Headers, plus a few safe ones'
        }. Run the curl version below with -i to see every header.`}
    </p>
  );
}
