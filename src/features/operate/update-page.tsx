import { useMemo } from 'react';
import { FEATURES, SPECIES } from '../../core/data/penguins';
import type { SourceRow } from '../../core/monitoring/traffic';
import { StagePage } from '../../ui/stage-page';
import { UpdateCompareSection } from './update-compare-section';
import { UpdateDecideSection } from './update-decide-section';
import { UpdateRetrainSection } from './update-retrain-section';
import { UpdateSteps } from './update-steps';
import { UpdateStrategiesSection } from './update-strategies-section';
import { UpdateVersionsSection } from './update-versions-section';
import { useDashboard } from './use-dashboard';
import { useRequestLog } from './use-request-log';
import { useUpdateRelease } from './use-update-release';
import type { RetrainSource, TrainingClientFactory } from './use-update-retrain';
import { useUpdateRetrain } from './use-update-retrain';
import { useUpdateTraffic } from './use-update-traffic';
import './update-page.css';

const NO_ROWS: SourceRow[] = [];

/** Every prepared row (raw units): the burst fits per-species distributions on them and sends new birds (see makeTrafficRequest). */
function heldOutRows(source: RetrainSource): SourceRow[] {
  if (source.status !== 'ready' || !source.data.ok) return NO_ROWS;
  const { train, validation, test } = source.data.result.sets;
  return [train, validation, test].flatMap((set) =>
    set.x.map((row, i) => ({ features: Object.fromEntries(FEATURES.map((f, j) => [f, row[j] as number])), species: SPECIES[set.labels[i] as number] as string })),
  );
}

/** The update stage with an injectable training worker (tests pass a fake one). */
export function UpdateView({ makeClient }: { makeClient?: TrainingClientFactory }) {
  const log = useRequestLog();
  const release = useUpdateRelease();
  const retrain = useUpdateRetrain(log.entries, makeClient);
  const { feedback } = retrain;
  const { dashboard } = useDashboard(log.entries, null, null);
  const rows = useMemo(() => heldOutRows(retrain.source), [retrain.source]);
  const traffic = useUpdateTraffic(rows);
  const newest = retrain.state.phase === 'done' ? retrain.state.saved : retrain.source.status === 'ready' ? retrain.source.latest : null;
  const variants = release.variants.status === 'ready' ? release.variants.value : [];
  // Every step below needs the API: without it, one sentence (what failed, why, what to do) instead of a
  // failure per section. The sentence is api/mock-api's, the same on every page.
  if (log.error) {
    return (
      <div className="update">
        <p className="callout error" role="alert">
          {log.error}
        </p>
      </div>
    );
  }
  return (
    <div className="update">
      {log.notice && (
        <p className="callout" role="alert">
          {log.notice}
        </p>
      )}
      <UpdateRetrainSection
        feedback={feedback}
        logReady={log.ready}
        log={{ oldestAt: log.entries[0]?.startedAt ?? null, held: log.entries.length, capacity: log.capacity }}
        source={retrain.source} state={retrain.state} onRetrain={() => void retrain.retrain()} />
      <UpdateVersionsSection release={release} newest={newest} />
      <UpdateCompareSection entries={log.entries} history={release.history} variants={variants} progress={traffic.progress} canSend={rows.length > 0} onSend={(s) => void traffic.send(s)} />
      <UpdateDecideSection release={release} />
      <UpdateStrategiesSection history={release.history} now={dashboard.now} />
      <UpdateSteps steps={release.steps} />
    </div>
  );
}

/** Step 10: retrain with feedback, register a version, release it as a canary, compare, then promote or roll back. */
export default function UpdatePage() {
  return (
    <StagePage path="/deploy/update">
      <UpdateView />
    </StagePage>
  );
}
