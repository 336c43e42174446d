import { useId, useState } from 'react';
import { chartChoicesQuery } from './use-chart-choice';

/** "Reset data choices" and "Copy link to these settings" (clipboard when allowed, else the link in a read-only field). */
export function ExploreShare({ shareQuery, onReset }: { shareQuery: string; onReset: () => void }) {
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  // The pipeline's choices, plus the charts' (they live in the address too).
  const charts = chartChoicesQuery(location.search);
  const link = `${location.origin}${location.pathname}?${shareQuery}${charts ? `&${charts}` : ''}`;
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      // Clipboard access needs a secure context and permission; the read-only field always works.
      setStatus('manual');
    }
  };
  return (
    <div className="share-actions">
      <div className="button-row">
        <button type="button" onClick={() => void copy()}>
          Copy link to these settings
        </button>
        <button
          type="button"
          onClick={() => {
            onReset();
            setStatus('idle');
          }}
        >
          Reset data choices
        </button>
      </div>
      <p role="status" className="hint">
        {status === 'copied' && 'Link copied. Anyone who opens it sees the same data and charts.'}
      </p>
      {status === 'manual' && (
        <div className="field">
          <label htmlFor={`${id}-link`}>Link to these settings (copy it from here)</label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}
