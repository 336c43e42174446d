import type { ConfigChange } from '../../core/monitoring/versions';
import { CANARY_PERCENT, describeRelease } from '../../core/monitoring/versions';

/** Step 5: three release strategies in a few lines each, and which one the learner just ran (from the config history). */
export function UpdateStrategiesSection({ history, now }: { history: readonly ConfigChange[]; now: number }) {
  const yours = describeRelease(history, now);
  return (
    <section aria-labelledby="strategies-title" className="bench-section">
      <h2 id="strategies-title">5. Release strategies</h2>
      <dl className="update-strategies measure">
        <dt>All at once</dt>
        <dd>The new version takes 100% of traffic in one step. Simple and fast; if it is bad, every user meets it until you roll back.</dd>
        <dt>Canary</dt>
        <dd>
          The new version gets a small share (say {CANARY_PERCENT.default}%, the slider's starting point) beside the old one. You compare them on the same live traffic, then promote or roll back. Named after the
          canaries miners carried: a small early warning.
        </dd>
        <dt>Blue/green</dt>
        <dd>
          Two full copies of production: blue serves, green gets the new version and is tested without users. The switch moves all traffic at once, and
          switching back is just as fast, because blue is still running.
        </dd>
      </dl>
      <p className="callout">
        {yours ?? 'You have not changed the endpoint from this page yet. Deploy a canary above, then promote or roll back; this line will tell you what you did.'}
      </p>
    </section>
  );
}
