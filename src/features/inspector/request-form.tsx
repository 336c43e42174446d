import { useId } from 'react';
import type { HeaderPair, RequestSpec } from '../../core/http/exchange';
import { headerValue } from '../../core/http/exchange';
import { formatBody } from '../../core/http/format-body';
import type { RequestCheck } from '../../core/http/request-checks';
import { METHODS } from '../../core/http/request-checks';
import { HEADER_SUGGESTIONS, PRESETS } from './presets';

interface Props {
  presetId: string;
  onPreset: (id: string) => void;
  spec: RequestSpec;
  onChange: (spec: RequestSpec) => void;
  checks: readonly RequestCheck[];
  blocked: boolean;
  sending: boolean;
  onSend: () => void;
}

const GROUPS = ['Predict', 'Manage', 'Other contracts', 'Errors'] as const;

function messagesFor(checks: readonly RequestCheck[], match: (c: RequestCheck) => boolean): RequestCheck[] {
  return checks.filter(match);
}

/** The request builder: preset menu, method, URL, header rows and body, with inline checks. */
export function RequestForm({ presetId, onPreset, spec, onChange, checks, blocked, sending, onSend }: Props) {
  const id = useId();
  const setHeader = (i: number, pair: HeaderPair) => onChange({ ...spec, headers: spec.headers.map((h, j) => (j === i ? pair : h)) });
  const urlChecks = messagesFor(checks, (c) => c.field === 'url');
  const bodyChecks = messagesFor(checks, (c) => c.field === 'body');
  return (
    <form
      className="request-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
    >
      <h2 id={`${id}-title`}>Request</h2>
      <div className="field preset-field">
        <label htmlFor={`${id}-preset`}>Preset</label>
        <select id={`${id}-preset`} value={presetId} onChange={(e) => onPreset(e.target.value)}>
          {presetId === '' && <option value="">Your own request</option>}
          {GROUPS.map((g) => (
            <optgroup key={g} label={g}>
              {PRESETS.filter((p) => p.group === g).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="request-line-fields">
        <div className="field method-field">
          <label htmlFor={`${id}-method`}>Method</label>
          <select id={`${id}-method`} className="http-method" value={spec.method} onChange={(e) => onChange({ ...spec, method: e.target.value })}>
            {METHODS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
        <div className="field url-field">
          <label htmlFor={`${id}-url`}>URL</label>
          {/* A one-line textarea that wraps, not an input: a long URL is never cut off ("…/invocatio"). Enter sends, as in an input. */}
          <textarea
            id={`${id}-url`}
            className="http-url url-input"
            rows={1}
            value={spec.url}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={urlChecks.length > 0}
            aria-describedby={urlChecks.length > 0 ? `${id}-url-error` : undefined}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }}
            onChange={(e) => onChange({ ...spec, url: e.target.value.replace(/[\r\n]+/g, '') })}
          />
          {urlChecks.map((c) => (
            <p key={c.message} id={`${id}-url-error`} className="field-error">
              {c.message}
            </p>
          ))}
        </div>
      </div>
      <fieldset className="headers-fieldset">
        <legend>Headers</legend>
        <datalist id={`${id}-header-names`}>
          {HEADER_SUGGESTIONS.map((h) => (
            <option key={h} value={h} />
          ))}
        </datalist>
        {spec.headers.length === 0 && <p className="muted">No headers. Add one if the server needs to know more about your request.</p>}
        {spec.headers.map(([name, value], i) => {
          const rowChecks = messagesFor(checks, (c) => typeof c.field === 'object' && c.field.header === i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity beyond position
            <div className="header-row" key={i}>
              <label className="visually-hidden" htmlFor={`${id}-hn-${i}`}>{`Header ${i + 1} name`}</label>
              <input id={`${id}-hn-${i}`} className="http-header-name" list={`${id}-header-names`} value={name} spellCheck={false} aria-invalid={rowChecks.length > 0} onChange={(e) => setHeader(i, [e.target.value, value])} />
              <span aria-hidden="true">:</span>
              <label className="visually-hidden" htmlFor={`${id}-hv-${i}`}>{`Header ${i + 1} value`}</label>
              <input id={`${id}-hv-${i}`} className="http-header-value" value={value} spellCheck={false} onChange={(e) => setHeader(i, [name, e.target.value])} />
              <button type="button" className="quiet" aria-label={`Remove header ${name || i + 1}`} onClick={() => onChange({ ...spec, headers: spec.headers.filter((_, j) => j !== i) })}>
                <span aria-hidden="true">✕</span>
              </button>
              {rowChecks.map((c) => (
                <p key={c.message} className="field-error">
                  {c.message}
                </p>
              ))}
            </div>
          );
        })}
        <button type="button" className="quiet" onClick={() => onChange({ ...spec, headers: [...spec.headers, ['', '']] })}>
          Add header
        </button>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-body`}>Body</label>
        <textarea
          id={`${id}-body`}
          className="http-body code-input"
          rows={6}
          spellCheck={false}
          value={spec.body ?? ''}
          aria-describedby={bodyChecks.length > 0 ? `${id}-body-note` : undefined}
          onChange={(e) => onChange({ ...spec, body: e.target.value === '' ? null : e.target.value })}
        />
        {bodyChecks.map((c) => (
          <p key={c.message} id={`${id}-body-note`} className={c.blocking ? 'field-error' : 'field-warning'}>
            {c.message}
          </p>
        ))}
      </div>
      <div className="send-row">
        {/* aria-disabled while sending, not disabled: a disabled button drops keyboard focus to the page body. */}
        <button type="submit" className="primary" disabled={blocked} aria-disabled={sending || undefined} aria-describedby={blocked ? `${id}-blocked` : undefined}>
          {sending ? 'Sending…' : 'Send request'}
        </button>
        {spec.body && (
          <button
            type="button"
            className="quiet"
            disabled={formatBody(spec.body, headerValue(spec.headers, 'Content-Type')) === null}
            onClick={() => {
              const tidy = formatBody(spec.body ?? '', headerValue(spec.headers, 'Content-Type'));
              if (tidy !== null) onChange({ ...spec, body: tidy });
            }}
          >
            Format body
          </button>
        )}
      </div>
      {blocked && (
        <p id={`${id}-blocked`} className="field-error">
          Fix the marked fields to send this request.
        </p>
      )}
    </form>
  );
}
