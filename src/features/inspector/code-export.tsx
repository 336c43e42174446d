import { useId, useState } from 'react';
import type { RequestSpec } from '../../core/http/exchange';
import { joinMessage, rawRequestParts } from '../../core/http/raw-message';
import { toCurl, toFetch, toHttpie, toPythonRequests } from '../../core/http/snippets';
import { CodeBlock } from '../../ui/code-block';

const FORMATS = {
  curl: { label: 'curl', make: toCurl },
  fetch: { label: 'JavaScript fetch', make: toFetch },
  python: { label: 'Python requests', make: toPythonRequests },
  httpie: { label: 'HTTPie', make: toHttpie },
  raw: { label: 'Raw HTTP', make: (s: RequestSpec, origin: string) => joinMessage(rawRequestParts(s, new URL(origin).host)).replace(/\r\n/g, '\n') },
} as const;
type Format = keyof typeof FORMATS;

/** The current request as code in five forms, one shown at a time, each with a copy button. */
export function CodeExport({ spec, origin }: { spec: RequestSpec; origin: string }) {
  const id = useId();
  const [format, setFormat] = useState<Format>('curl');
  const [copied, setCopied] = useState<string | null>(null);
  const code = FORMATS[format].make(spec, origin);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(`${FORMATS[format].label} copied to the clipboard.`);
    } catch {
      setCopied('Copying is blocked here: select the code and copy it by hand.');
    }
  };
  return (
    <section aria-labelledby={`${id}-title`} className="bench-section code-export">
      <h2 id={`${id}-title`}>Send it from your own code</h2>
      <p className="measure">The same request, written for other clients. Any language that speaks HTTP can call an endpoint: that is the point of an API.</p>
      <p className="measure muted">
        One honest caveat: this endpoint lives inside this browser tab (a service worker answers it), so curl or Python in a terminal cannot reach it. Against a real deployment they work as
        written. To try one here, paste the fetch version into this tab's DevTools console.
      </p>
      <fieldset className="segmented">
        <legend>Format</legend>
        {(Object.keys(FORMATS) as Format[]).map((f) => (
          <label key={f}>
            <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} /> {FORMATS[f].label}
          </label>
        ))}
      </fieldset>
      <CodeBlock label={`${FORMATS[format].label} code`}>{code}</CodeBlock>
      <p>
        <button type="button" onClick={() => void copy()}>
          Copy {FORMATS[format].label}
        </button>{' '}
        <span role="status">{copied}</span>
      </p>
    </section>
  );
}
