import { useId, useState } from 'react';
import { serveCommand } from '../api/answerer';
import { useServedByRealServer } from '../api/use-answerer';
import { DEFAULT_SERVER_URL, parseServerUrl, setApiTarget, useApiTarget } from '../store/api-target-store';
import './api-setting.css';

const isLoopback = (origin: string) => /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin);

/**
 * The header's "API" setting: who answers the lab's /api requests, the service worker in this tab (the default)
 * or a real server at a URL; on a page the real server served, it says that server answers and nothing else does.
 */
export function ApiSetting() {
  const target = useApiTarget();
  const served = useServedByRealServer();
  const [url, setUrl] = useState(target.kind === 'server' ? target.url : DEFAULT_SERVER_URL);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const pageOrigin = location.origin;

  if (served) {
    return (
      <p className="api-setting-summary" data-testid="api-answerer">
        API: the real server that served this page ({pageOrigin})
      </p>
    );
  }
  const typed = parseServerUrl(url);
  const shownOrigin = typed.ok ? typed.url : DEFAULT_SERVER_URL;
  const summary = target.kind === 'tab' ? 'API: in this tab' : `API: real server ${target.url.replace(/^https?:\/\//, '')}`;
  const chooseServer = () => {
    const parsed = parseServerUrl(url);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError(null);
    setApiTarget({ kind: 'server', url: parsed.url });
  };
  return (
    <details className="api-setting">
      <summary data-testid="api-answerer">{summary}</summary>
      <div className="api-setting-panel">
        <fieldset>
          <legend>Who answers the lab's requests to /api</legend>
          <label>
            <input type="radio" name={`${id}-kind`} checked={target.kind === 'tab'} onChange={() => setApiTarget({ kind: 'tab' })} /> In this tab (a service worker: no server needed)
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={target.kind === 'server'} onChange={chooseServer} /> A real server (<code>npm run serve</code>)
          </label>
        </fieldset>
        <label htmlFor={`${id}-url`}>Server URL</label>
        <div className="api-setting-row">
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            spellCheck={false}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : `${id}-help`}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="button" onClick={chooseServer}>
            Use this server
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} className="api-setting-error" role="alert">
            {error}
          </p>
        )}
        <p id={`${id}-help`} className="api-setting-help">
          Start it in a terminal: <code>{serveCommand(shownOrigin, pageOrigin)}</code>.{' '}
          {isLoopback(shownOrigin)
            ? 'This page may call a server on this machine (127.0.0.1 or localhost, any port).'
            : "This page's security policy lets it call only this machine: open the lab from that server itself instead."}
        </p>
      </div>
    </details>
  );
}
