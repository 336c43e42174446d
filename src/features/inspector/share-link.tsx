import { useState } from 'react';
import type { ShareLinkResult } from '../../core/http/share';

/**
 * A button that copies a link to the current request; where copying is blocked, the link is shown to copy by
 * hand; when the request is too large for a link the server would accept, it says so instead of copying.
 */
export function ShareLink({ link }: { link: ShareLinkResult }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual' | 'refused'>('idle');
  const copy = async () => {
    if (!link.ok) {
      setState('refused');
      return;
    }
    try {
      await navigator.clipboard.writeText(link.url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  const message = state === 'copied' ? 'Link copied: anyone who opens it sees this request, ready to send.' : state === 'refused' && !link.ok ? link.reason : '';
  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()}>
        Copy link to this request
      </button>{' '}
      <span role="status">{message}</span>
      {state === 'manual' && link.ok && (
        <label className="field">
          Copy this link
          <input readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
