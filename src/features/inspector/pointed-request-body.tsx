import type { ReactNode } from 'react';
import type { Exchange } from '../../core/http/exchange';
import type { TextRange } from '../../core/http/json-pointer-range';
import { jsonPointerRange } from '../../core/http/json-pointer-range';

interface Pointed {
  pointer: string;
  message: string;
  range: TextRange;
}

/** The errors[] of a problem-details body whose pointers name text in the request body, in body order; [] otherwise. */
export function pointedFields(exchange: Exchange): Pointed[] {
  const body = exchange.request.body;
  if (!body || !exchange.response) return [];
  let problem: unknown;
  try {
    problem = JSON.parse(exchange.response.body);
  } catch {
    return [];
  }
  const errors = (problem as { errors?: unknown })?.errors;
  if (!Array.isArray(errors)) return [];
  const out: Pointed[] = [];
  for (const e of errors as { pointer?: unknown; message?: unknown; detail?: unknown }[]) {
    if (typeof e?.pointer !== 'string') continue;
    const range = jsonPointerRange(body, e.pointer);
    const message = typeof e.message === 'string' ? e.message : typeof e.detail === 'string' ? e.detail : '';
    // Overlapping marks cannot nest in one line of text: the first error on a spot wins.
    if (range && !out.some((o) => range.start < o.range.end && o.range.start < range.end)) out.push({ pointer: e.pointer, message, range });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** For a 422: the request body as sent, with each field an errors[].pointer names marked and its message beside it. */
export function PointedRequestBody({ exchange }: { exchange: Exchange }) {
  if (exchange.response?.status !== 422) return null;
  const fields = pointedFields(exchange);
  const body = exchange.request.body ?? '';
  if (fields.length === 0) return null;
  const pieces: ReactNode[] = [];
  let at = 0;
  fields.forEach((f, n) => {
    pieces.push(body.slice(at, f.range.start));
    pieces.push(
      <mark key={f.pointer} className="pointed-field" aria-describedby={`pointed-${n}`}>
        {body.slice(f.range.start, f.range.end)}
      </mark>,
    );
    at = f.range.end;
  });
  pieces.push(body.slice(at));
  return (
    <section className="pointed-body" aria-labelledby="pointed-title">
      <h3 id="pointed-title">Where the errors point in your request</h3>
      <pre className="code-block pointed-pre">
        <code>{pieces}</code>
      </pre>
      <ol className="pointed-list">
        {fields.map((f, n) => (
          <li key={f.pointer} id={`pointed-${n}`}>
            <code>{f.pointer}</code>: {f.message}
          </li>
        ))}
      </ol>
    </section>
  );
}
