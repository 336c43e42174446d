import { useId } from 'react';
import type { RefObject } from 'react';
import { Link } from 'react-router';
import { ShortcutTable } from '../ui/shortcut-table';

/**
 * The "Keyboard shortcuts" dialog: a native modal <dialog>, so the browser traps focus, closes it
 * on Esc and makes the page behind it inert. The opener restores focus (see openHelpDialog).
 */
export function HelpDialog({
  dialogRef,
  shortcuts,
  onShortcutsChange,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  shortcuts: boolean;
  onShortcutsChange: (on: boolean) => void;
}) {
  const id = useId();
  const close = () => dialogRef.current?.close();
  return (
    <dialog ref={dialogRef} className="help-dialog" aria-labelledby={`${id}-title`}>
      <div className="help-dialog-head">
        <h2 id={`${id}-title`}>Keyboard shortcuts</h2>
        <button type="button" className="quiet" onClick={close}>
          Close
        </button>
      </div>
      <ShortcutTable
        caption="Keys and what they do"
        extraRows={
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close this dialog.</td>
          </tr>
        }
      />
      <p className="muted">The keys do nothing while you type in a field, so you can still type ? or [ in a request body.</p>
      <div className="checkbox-line">
        <input id={`${id}-keys`} type="checkbox" checked={shortcuts} onChange={(e) => onShortcutsChange(e.target.checked)} />
        <label htmlFor={`${id}-keys`}>Use these single-key shortcuts (turn off if they get in the way of your screen reader or speech input)</label>
      </div>
      <h3>Presenter mode</h3>
      <p>For teaching on a projector. Turn it on with the Presenter mode button in the header or with Shift + P.</p>
      <ul>
        <li>Text and charts are a quarter larger, so the back row can read them.</li>
        <li>Quiz answers, explanations and each question’s last score stay hidden until you press Reveal answers, so the class can think first.</li>
        <li>The keyboard focus gets a thicker outline, so everyone sees where you are.</li>
        <li>This browser remembers the mode until you turn it off.</li>
      </ul>
      <p>
        Planning a class? Read the{' '}
        <Link to="/instructor" onClick={close}>
          instructor guide
        </Link>{' '}
        (a 50-minute session plan) or look up a word in the{' '}
        <Link to="/glossary" onClick={close}>
          glossary
        </Link>
        .
      </p>
    </dialog>
  );
}

/** Opens the dialog as a modal and, when it closes, puts focus back where it was (for browsers that do not). */
export function openHelpDialog(dialog: HTMLDialogElement | null): void {
  if (!dialog || dialog.open) return;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener(
    'close',
    () => {
      if (returnTo?.isConnected && document.activeElement !== returnTo) returnTo.focus();
    },
    { once: true },
  );
  dialog.showModal();
}
