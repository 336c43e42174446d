import { useEffect, useId, useRef, useState } from 'react';
import { QUIZ_BANK } from '../../content/quiz-bank';
import { STAGES } from '../../content/stages';
import {
  dismissProgressNotice,
  exportProgressText,
  importProgressText,
  resetProgress,
  useProgress,
  useProgressNotice,
} from '../../store/progress-store';
import './progress.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;
const STEP_IDS = STAGES.filter((s) => s.phase !== 'more').map((s) => s.id);

/** Saves text as a file through a temporary Blob link (no server involved). */
function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Reset progress", then an inline confirmation; focus moves into it and back, so it works by keyboard. */
function ResetProgress({ onDone }: { onDone: (m: Message) => void }) {
  const [asking, setAsking] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    (asking ? cancelButton : resetButton).current?.focus();
  }, [asking]);
  const ask = (open: boolean) => {
    moved.current = true;
    setAsking(open);
  };
  if (!asking) {
    return (
      <button ref={resetButton} type="button" onClick={() => ask(true)}>
        Reset progress
      </button>
    );
  }
  return (
    <fieldset className="progress-confirm">
      <legend>Delete all your progress: visited steps, quiz scores and tasks done?</legend>
      <button
        type="button"
        onClick={() => {
          resetProgress();
          onDone({ kind: 'ok', text: 'Your progress was reset.' });
          ask(false);
        }}
      >
        Yes, delete my progress
      </button>
      <button ref={cancelButton} type="button" onClick={() => ask(false)}>
        Cancel
      </button>
    </fieldset>
  );
}

/** The learner's progress in one sentence, then export to a file, import from one (all or nothing) and reset. */
export default function ProgressControls() {
  const progress = useProgress();
  const notice = useProgressNotice();
  const [message, setMessage] = useState<Message>(null);
  const fileId = useId();
  const visited = STEP_IDS.filter((id) => progress.stages[id]?.visited).length;
  const tried = STEP_IDS.filter((id) => progress.stages[id]?.tried).length;
  const answered = QUIZ_BANK.filter((q) => Object.hasOwn(progress.quiz, q.id)).length;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: 'The file could not be read. Nothing was imported.' });
      return;
    }
    const r = importProgressText(text);
    setMessage(r.ok ? { kind: 'ok', text: `Imported your progress from ${file.name}.` } : { kind: 'error', text: `Nothing was imported: ${r.reason}` });
  };

  return (
    <div className="progress-panel">
      {notice && (
        <div className="callout error" role="status">
          <p>{notice}</p>
          <button type="button" className="quiet" onClick={dismissProgressNotice}>
            Dismiss
          </button>
        </div>
      )}
      <p className="progress-summary">
        You opened {visited} of {STEP_IDS.length} steps and tried {tried}. Quiz: {answered} of {QUIZ_BANK.length} questions answered.
      </p>
      <p className="muted">Progress is saved in this browser only. To move it to another browser, export it to a file and import it there.</p>
      <div className="progress-actions">
        <button type="button" onClick={() => download(exportProgressText(), 'deploy-lab-progress.json')}>
          Export progress
        </button>
        <div className="progress-import">
          <label htmlFor={fileId}>Import progress from a file</label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget;
              void importFile(input.files?.[0]).finally(() => {
                // Clear the choice so the same file can be imported again after a change.
                input.value = '';
              });
            }}
          />
        </div>
        <ResetProgress onDone={setMessage} />
      </div>
      <div aria-live="polite">
        {message && <p className={message.kind === 'error' ? 'progress-message error-text' : 'progress-message'}>{message.text}</p>}
      </div>
    </div>
  );
}
