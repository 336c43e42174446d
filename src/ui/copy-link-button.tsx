import { memo, useEffect, useId, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * "Copy link to this view": copies the full address, query included (pages keep their state there),
 * so an instructor can hand the class exactly what is on screen. Where the clipboard is missing or
 * refused, the link appears selected in a read-only field instead.
 */
export const CopyLinkButton = memo(function CopyLinkButton() {
  const id = useId();
  const [state, setState] = useState<CopyState>('idle');
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);

  const copy = async () => {
    const href = location.href;
    setLink(href);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      // Clipboard access needs a secure context and the user's permission; a selected field always works.
      setState('manual');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="quiet" onClick={() => void copy()}>
        Copy link to this view
      </button>
      {/* aria-live without role="status": pages keep their single status region for their own news. */}
      <span aria-live="polite" className="copy-link-status">
        {state === 'copied' && 'Link copied.'}
        {state === 'manual' && 'Copying is blocked here: the link is selected below, press Ctrl+C (⌘C on a Mac).'}
      </span>
      {state === 'manual' && (
        <div className="field copy-link-field">
          <label htmlFor={`${id}-link`}>Link to this view</label>
          <input id={`${id}-link`} ref={field} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
});
