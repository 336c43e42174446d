import { useId, useState } from 'react';
import type { RequestSpec } from '../../core/http/exchange';
import { joinMessage, rawRequestParts } from '../../core/http/raw-message';
import { serveCommand } from '../../api/answerer';
import { type SnippetTarget, snippetsCaveat, toCurl, toFetch, toHttpie, toPythonRequests } from '../../core/http/snippets';
import { DEFAULT_SERVER_URL } from '../../store/api-target-store';
import { CodeBlock } from '../../ui/code-block';

const FORMATS = {
  curl: { label: 'curl', make: toCurl },
  fetch: { label: 'JavaScript fetch', make: toFetch },
  python: { label: 'Python requests', make: toPythonRequests },
  httpie: { label: 'HTTPie', make: toHttpie },
  raw: { label: 'Raw HTTP', make: (s: RequestSpec, origin: string) => joinMessage(rawRequestParts(s, new URL(origin).host)).replace(/\r\n/g, '\n') },
} as const;
type Format = keyof typeof FORMATS;

/** The current request as code in five forms, one shown at a time, each with a copy button, and whether a terminal can run them (`target`). */
export function CodeExport({ spec, origin, target }: { spec: RequestSpec; origin: string; target: SnippetTarget }) {
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
      <p className="measure muted" data-testid="snippets-caveat">
        {snippetsCaveat(target, serveCommand(DEFAULT_SERVER_URL, window.location.origin))}
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
