import { memo } from 'react';
import { useModelSession } from './model-session';

/** Says so when the runs an earlier visit saved could not be read and the list starts empty (never a blank page). */
export const RunsNotice = memo(function RunsNotice() {
  const { notice } = useModelSession();
  if (!notice) return null;
  return (
    <p className="notice" role="status">
      {notice}
    </p>
  );
});
