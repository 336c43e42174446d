import { useState } from 'react';

/** "Reset scores", then a confirmation step: yes resets, cancel keeps everything. */
export function ResetScores({ onReset, disabled }: { onReset: () => void; disabled: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="quiet" disabled={disabled} onClick={() => setAsking(true)}>
        Reset scores
      </button>
    );
  }
  return (
    <fieldset className="quiz-confirm">
      <legend>Delete all your quiz scores?</legend>
      <button
        type="button"
        className="quiet"
        onClick={() => {
          onReset();
          setAsking(false);
        }}
      >
        Yes, reset
      </button>
      <button type="button" className="quiet" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </fieldset>
  );
}
