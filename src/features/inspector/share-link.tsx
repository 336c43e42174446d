import { useState } from 'react';

/** A button that copies a link to the current request; where copying is blocked, the link is shown to copy by hand. */
export function ShareLink({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()}>
        Copy link to this request
      </button>{' '}
      <span role="status">{state === 'copied' ? 'Link copied: anyone who opens it sees this request, ready to send.' : ''}</span>
      {state === 'manual' && (
        <label className="field">
          Copy this link
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
