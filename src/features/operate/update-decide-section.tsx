import type { TrafficVariant } from '../../core/monitoring/versions';
import { stableVersion } from '../../core/monitoring/versions';
import type { UpdateRelease } from './use-update-release';

const describe = (variants: readonly TrafficVariant[]) => variants.map((v) => `${v.version} ${v.weight}%`).join(', ');

/** The canary running now: the version with the smaller share beside the stable one, or null. */
export function runningCanary(variants: readonly TrafficVariant[]): string | null {
  const live = variants.filter((v) => v.weight > 0);
  if (live.length < 2) return null;
  const stable = stableVersion(live, null);
  const others = live.filter((v) => v.version !== stable).sort((a, b) => a.weight - b.weight);
  return others[0]?.version ?? null;
}

/** Step 4: promote the canary to 100% or roll back to the config remembered before the release: one click each, real PUTs. */
export function UpdateDecideSection({ release }: { release: UpdateRelease }) {
  const { variants, busy, rollbackTo, historyNotice } = release;
  const current = variants.status === 'ready' ? variants.value : [];
  const canary = runningCanary(current);
  return (
    <section aria-labelledby="decide-title" className="bench-section">
      <h2 id="decide-title">4. Promote or roll back</h2>
      <p className="measure">
        If the canary does as well or better, promote it: it gets all the traffic. If it does worse, roll back: the endpoint goes back to the config it had
        before the canary, which this page remembered (in this browser) before it sent the first PUT.
      </p>
      {historyNotice && <p className="callout">{historyNotice}</p>}
      <p>
        Now: <strong>{variants.status === 'ready' ? describe(current) || 'no version serves traffic' : '…'}</strong>
        {rollbackTo && (
          <>
            . Roll back restores: <strong>{describe(rollbackTo)}</strong>
          </>
        )}
        .
      </p>
      <div className="update-actions">
        <button type="button" className="primary" disabled={busy !== null || !canary} onClick={() => canary && void release.promote(canary)}>
          {busy === 'promote' ? 'Promoting…' : canary ? `Promote ${canary} to 100%` : 'Promote (no canary running)'}
        </button>
        <button type="button" disabled={busy !== null || !rollbackTo} onClick={() => void release.rollback()}>
          {busy === 'rollback' ? 'Rolling back…' : 'Roll back'}
        </button>
      </div>
      <p className="muted measure">
        A rollback changes only the endpoint's config. The request log keeps every request the candidate answered, with its feedback, and the version stays
        registered (versions never change), so you can study it or give it another canary later.
      </p>
    </section>
  );
}
