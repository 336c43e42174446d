import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { stageMarks } from '../../core/progress/progress';
import { stageByPath } from '../../content/stages';
import { markStageVisited, useProgress } from '../../store/progress-store';
import './progress.css';

/** A small status glyph after a step in the navigation: ✓ done (tried), ● visited, nothing yet; with hidden text for screen readers. */
export default function NavProgressGlyph({ stageId }: { stageId: string }) {
  const marks = stageMarks(useProgress(), stageId);
  if (!marks.visited) return null;
  return (
    <span className={marks.tried ? 'nav-glyph is-done' : 'nav-glyph'}>
      <span aria-hidden="true">{marks.tried ? '✓' : '●'}</span>
      <span className="visually-hidden">{marks.tried ? ' (done)' : ' (visited)'}</span>
    </span>
  );
}

/** Marks the stage of the current page as visited, after every navigation. Renders nothing. */
export function VisitTracker() {
  const { pathname } = useLocation();
  useEffect(() => {
    const stage = stageByPath(pathname);
    if (stage) markStageVisited(stage.id);
  }, [pathname]);
  return null;
}
