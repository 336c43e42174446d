/**
 * A status notice with a Dismiss button (a stored state that was reset, a shared link's unusable parts); never
 * blocks the page, and renders nothing when there is no notice.
 */
export function DismissibleNotice({ notice, onDismiss, className = 'notice link-notice' }: { notice: string | null; onDismiss: () => void; className?: string }) {
  if (!notice) return null;
  return (
    <div className={className} role="status">
      <p>{notice}</p>
      <button type="button" className="quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
