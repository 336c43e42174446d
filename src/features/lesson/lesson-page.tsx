import { Link, useLocation } from 'react-router';
import { stageByPath } from '../../content/stages';
import { StagePage } from '../../ui/stage-page';

/** A stage whose interactive bench is not built yet: the lesson text, honest about what comes next. */
export default function LessonPage() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/$/, '') || '/';
  if (!stageByPath(path)) return null;
  return (
    <StagePage path={path}>
      <aside className="callout" aria-label="Status of this step">
        <p>
          <strong>The hands-on part of this step is being built.</strong> The lesson above is complete; the interactive bench arrives in a coming release. Meanwhile you can{' '}
          <Link to="/deploy/inspect">call the deployed model yourself</Link>.
        </p>
      </aside>
    </StagePage>
  );
}
