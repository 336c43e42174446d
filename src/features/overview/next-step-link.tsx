import { Link } from 'react-router';
import { STAGES } from '../../content/stages';
import { useProgress } from '../../store/progress-store';
import { nextStep } from './next-step';

const STEPS = STAGES.filter((s) => s.phase !== 'more');

/** The overview's main button, following stored progress: start, continue with the first step not done, or the recap. */
export default function NextStepLink() {
  const next = nextStep(useProgress(), STEPS);
  if (next.kind === 'recap') {
    return (
      <Link className="button-link" to="/recap">
        See your recap
      </Link>
    );
  }
  return (
    <Link className="button-link" to={next.stage.path}>
      {next.kind === 'start' ? 'Start' : 'Continue'} with step {next.number}: {next.stage.short}
    </Link>
  );
}
