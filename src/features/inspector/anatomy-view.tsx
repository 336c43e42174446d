import type { ReactNode } from 'react';
import { useState } from 'react';
import { HEADER_NOTES, PART_NOTES, STATUS_NOTES } from '../../content/http-glossary';
import type { Exchange, HeaderPair } from '../../core/http/exchange';
import { rawRequestParts, rawResponseParts } from '../../core/http/raw-message';
import type { MessagePart, MessagePartKind } from '../../core/http/raw-message';
import { statusFamily, statusText } from '../../core/http/status-text';

/** Which part of which message is highlighted: the structured view and the raw text light up together. */
type Focus = { side: 'request' | 'response'; kind: MessagePartKind; header?: number } | null;

/** What the parts need: the highlighted part, the part a click pinned, and the two ways to change them. */
interface Selection {
  focus: Focus;
  pinned: Focus;
  onFocus: (f: Focus) => void;
  onPin: (f: Focus) => void;
}

const same = (a: Focus, side: 'request' | 'response', p: { kind: MessagePartKind; header?: number }) =>
  a !== null && a.side === side && a.kind === p.kind && (p.kind !== 'header' || a.header === p.header);

function RawMessage({ parts, side, focus, onFocus, label }: { parts: MessagePart[]; side: 'request' | 'response'; focus: Focus; onFocus: (f: Focus) => void; label: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the raw message scrolls, so keyboard users must reach it
    <section className="raw-message code-block" aria-label={label} tabIndex={0}>
      <pre>
        {parts.map((p, line) => ({ ...p, line })).map((p) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: hover is a mouse extra; keyboard users get the same highlight from the part buttons
          <span
            key={p.line}
            className={`raw-line raw-${p.kind}${same(focus, side, p) ? ' active' : ''}`}
            onMouseEnter={() => onFocus({ side, kind: p.kind, ...(p.header !== undefined ? { header: p.header } : {}) })}
            onMouseLeave={() => onFocus(null)}
          >
            {p.text}
            {p.kind === 'body' ? '' : '\n'}
          </span>
        ))}
      </pre>
    </section>
  );
}

function Part({ side, kind, header, sel, title, children, note }: { side: 'request' | 'response'; kind: MessagePartKind; header?: number; sel: Selection; title: string; children: ReactNode; note: string }) {
  const p = { kind, ...(header !== undefined ? { header } : {}) };
  const active = same(sel.focus, side, p);
  const pinned = same(sel.pinned, side, p);
  const f: Focus = { side, ...p };
  const onFocus = sel.onFocus;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover is a mouse extra; the button inside gives keyboard users the same highlight
    <div className={`anatomy-part part-${kind}${active ? ' active' : ''}`} onMouseEnter={() => onFocus(f)} onMouseLeave={() => onFocus(null)}>
      <button type="button" className="part-title" aria-pressed={pinned} onFocus={() => onFocus(f)} onBlur={() => onFocus(null)} onClick={() => sel.onPin(pinned ? null : f)}>
        {title}
      </button>
      <div className="part-value">{children}</div>
      <p className="part-note">{note}</p>
    </div>
  );
}

function HeaderParts({ headers, side, offset, sel }: { headers: readonly HeaderPair[]; side: 'request' | 'response'; offset: number; sel: Selection }) {
  return (
    <>
      {headers.map(([name, value], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their order is their identity
        <Part key={i} side={side} kind="header" header={i + offset} sel={sel} title={`Header ${name}`} note={HEADER_NOTES[name.toLowerCase()] ?? 'A header this page has no note for.'}>
          <code className="http-header-name">{name}</code>: <code className="http-header-value">{value}</code>
        </Part>
      ))}
    </>
  );
}

/** The exchange shown two ways side by side, structured and as raw HTTP/1.1 text, linked on hover and focus; a click keeps a part selected. */
export function AnatomyView({ exchange, host }: { exchange: Exchange; host: string }) {
  // Hover and focus highlight for a moment; a click pins a part, so it stays lit after the pointer moves on.
  const [hover, setHover] = useState<Focus>(null);
  const [pinned, setPinned] = useState<Focus>(null);
  const shown = hover ?? pinned;
  const sel: Selection = { focus: shown, pinned, onFocus: setHover, onPin: setPinned };
  const req = exchange.request;
  const reqParts = rawRequestParts(req, host);
  const reqHeaders = reqParts.filter((p) => p.kind === 'header').map((p) => {
    const at = p.text.indexOf(': ');
    return [p.text.slice(0, at), p.text.slice(at + 2)] as const;
  });
  const res = exchange.response;
  const note = res ? STATUS_NOTES[res.status] : undefined;
  return (
    <div className="anatomy">
      <div className="anatomy-side">
        <h3>Request</h3>
        <div className="anatomy-pair">
          <div className="anatomy-structured">
            <Part side="request" kind="start-line" sel={sel} title="Method and URL" note={`${PART_NOTES.method} ${PART_NOTES.url}`}>
              <code className="http-method">{req.method}</code> <code className="http-url">{req.url}</code>
            </Part>
            <HeaderParts headers={reqHeaders} side="request" offset={0} sel={sel} />
            {req.body ? (
              <Part side="request" kind="body" sel={sel} title="Body" note={PART_NOTES.requestBody}>
                <code className="http-body">{req.body.length > 160 ? `${req.body.slice(0, 160)}…` : req.body}</code>
              </Part>
            ) : (
              <p className="muted">No body: {req.method} requests here carry none.</p>
            )}
          </div>
          <RawMessage parts={reqParts} side="request" focus={shown} onFocus={setHover} label="Raw HTTP request" />
        </div>
      </div>
      {res && (
        <div className="anatomy-side">
          <h3>Response</h3>
          <div className="anatomy-pair">
            <div className="anatomy-structured">
              <Part side="response" kind="start-line" sel={sel} title="Status" note={note ? `${note.meaning} What to do: ${note.clientShould}` : PART_NOTES.status}>
                <code>
                  {res.status} {res.statusText || statusText(res.status)}
                </code>{' '}
                <span className="muted">({statusFamily(res.status)})</span>
              </Part>
              <HeaderParts headers={res.headers} side="response" offset={0} sel={sel} />
              {res.body ? (
                <Part side="response" kind="body" sel={sel} title="Body" note={PART_NOTES.responseBody}>
                  <code className="http-body">{res.body.length > 160 ? `${res.body.slice(0, 160)}…` : res.body}</code>
                </Part>
              ) : (
                <p className="muted">No body.</p>
              )}
            </div>
            <RawMessage parts={rawResponseParts(res)} side="response" focus={shown} onFocus={setHover} label="Raw HTTP response" />
          </div>
        </div>
      )}
    </div>
  );
}
