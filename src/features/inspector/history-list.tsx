import type { Exchange } from '../../core/http/exchange';
import { headerValue } from '../../core/http/exchange';

/** Every exchange sent from this page, newest first; select one to view it, or load it back into the form. */
export function HistoryList({ history, selectedId, onSelect, onEdit }: { history: readonly Exchange[]; selectedId: string | null; onSelect: (id: string) => void; onEdit: (e: Exchange) => void }) {
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">History</h2>
      {history.length === 0 ? (
        <p className="muted">Requests you send are listed here.</p>
      ) : (
        <ol reversed>
          {history.map((e) => (
            <li key={e.id} className={e.id === selectedId ? 'selected' : undefined}>
              <button type="button" className="quiet history-item" aria-pressed={e.id === selectedId} onClick={() => onSelect(e.id)}>
                <span className="http-method">{e.request.method}</span> <span className="http-url">{e.request.url}</span> <span>{e.response ? e.response.status : 'failed'}</span>{' '}
                {(e.response ? headerValue(e.response.headers, 'X-Fault-Injected') !== null : e.error !== null) && <span className="fault-tag">fault</span>}{' '}
                {e.attempts && e.attempts.length > 1 && <span className="muted">{e.attempts.length} tries</span>}{' '}
                <span className="muted">{e.durationMs.toFixed(0)} ms</span>
              </button>
              <button type="button" className="quiet" onClick={() => onEdit(e)} aria-label={`Edit and resend ${e.request.method} ${e.request.url}`}>
                Edit &amp; resend
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
