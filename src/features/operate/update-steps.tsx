import { SentRequestList } from '../../ui/sent-request-list';
import type { ReleaseStep } from './use-update-release';

/** Every request this page sent, in order: what it was for, method, path and status (problem detail when it failed). */
export function UpdateSteps({ steps }: { steps: readonly ReleaseStep[] }) {
  return (
    <section aria-labelledby="update-steps-title" className="bench-section">
      <h2 id="update-steps-title">Requests sent from this page</h2>
      {steps.length === 0 ? (
        <p className="muted">None yet. Registering, canary, promote and rollback each send real requests; they are listed here (and in DevTools' Network tab).</p>
      ) : (
        <SentRequestList requests={steps} className="update-steps" />
      )}
    </section>
  );
}
