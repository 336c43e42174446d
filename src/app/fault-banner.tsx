import { Link } from 'react-router';
import { useFaults } from '../ui/use-faults';

/** A site-wide banner while any fault is injected, so a demo fault never sticks silently. */
export function FaultBanner() {
  const faults = useFaults();
  if (!faults.active) return null;
  return (
    <div className="fault-banner" role="status">
      <strong>Fault injection is on:</strong> {faults.description}. Requests to the API behave badly on purpose.{' '}
      <button type="button" onClick={() => faults.injector?.clear()}>
        Clear faults
      </button>{' '}
      <Link to="/deploy/inspect#fault-panel">Open the panel</Link>
    </div>
  );
}
