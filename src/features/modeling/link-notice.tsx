/** Says which parts of a shared link could not be used (and were replaced by defaults); never blocks the page. */
export function LinkNotice({ notice, onDismiss }: { notice: string | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <div className="notice link-notice" role="status">
      <p>{notice}</p>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
