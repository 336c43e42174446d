/** The alert shown when the training worker cannot start, with a button that starts a fresh one. */
export function WorkerErrorAlert({ error, onRetry }: { error: string | null; onRetry: () => void }) {
  if (!error) return null;
  return (
    <div role="alert" className="callout error">
      <p>
        <strong>Training cannot start.</strong> {error}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
