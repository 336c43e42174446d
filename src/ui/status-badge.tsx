import { statusFamily, statusText } from '../core/http/status-text';

/** A status code with its reason phrase and family in words, so color is never the only cue. */
export function StatusBadge({ status, reason }: { status: number; reason?: string }) {
  const family = statusFamily(status);
  const phrase = reason || statusText(status);
  return (
    <span className={`status-badge status-${family.replace(' ', '-')}`}>
      <strong>
        {status} {phrase}
      </strong>
      <span className="status-family">({family})</span>
    </span>
  );
}
