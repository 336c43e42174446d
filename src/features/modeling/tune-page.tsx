import { DismissibleNotice } from '../../ui/dismissible-notice';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { TrainConfig } from '../../core/modeling/train-config';
import { StagePage } from '../../ui/stage-page';
import type { TrainingClient } from '../../workers/training-client';
import { RunsNotice } from './runs-notice';
import { chooseRun, useModelSession } from './model-session';
import { BlockedHint, dataOrWorkerBlocker, PreparedDataStatus } from './prepared-data-status';
import { correctOf, formatLoss, formatPercent, formatRate, lastFinitePoint } from './run-format';
import { RunProgress } from './run-progress';
import { MAX_COMPARED } from './run-styles';
import { TuneCompareChart, runName } from './tune-compare-chart';
import { TuneGridBuilder } from './tune-grid-builder';
import { bestRunReason } from './tune-choice';
import { TuneResultsTable } from './tune-results-table';
import type { NumberedRun } from './tune-results-table';
import { tuneLinkFromQuery, tuneLinkToQuery } from './tune-grid-url';
import { getTrainSettings, setTrainSettings } from './train-settings';
import { trainingInputFrom, usePreparedData } from './use-prepared-data';
import { useRunQueue } from './use-run-queue';
import { useTrainingClient } from './use-training-client';
import { bestRun, useComparedRuns } from './use-compared-runs';
import { useTrainingRun } from './use-training-run';
import { useArrivalQuery, useReplaceQuery } from './use-view-query';
import { WorkerErrorAlert } from './worker-error-alert';
import './modeling.css';

/** The queue never holds more than this many runs (16 grid cells plus a few extra). */
export const MAX_QUEUE = 24;

const sameConfig = (a: TrainConfig, b: TrainConfig) => JSON.stringify(a) === JSON.stringify(b);

/** Step 5: train several settings one after another and compare them on the validation set. */
export default function TunePage() {
  const { prepared, retry } = usePreparedData();
  const worker = useTrainingClient();
  const input = useMemo(() => trainingInputFrom(prepared), [prepared]);
  const training = useTrainingRun(worker.client, input, 'tune');
  const queue = useRunQueue(training, input);
  const session = useModelSession();
  const ready = prepared.status === 'ready' && prepared.data.ok ? prepared.data : null;
  const sets = ready?.result.sets;
  const validationRows = sets?.validation.labels.length ?? 0;
  // A shared link carries the grid and the Train settings it builds on; they replace this visit's settings.
  const arrivalQuery = useArrivalQuery();
  const [link] = useState(() => {
    const read = tuneLinkFromQuery(arrivalQuery, getTrainSettings());
    if (read.base) setTrainSettings(read.base);
    return read;
  });
  const [linkNotice, setLinkNotice] = useState(link.notice);
  const [grid, setGrid] = useState(link.grid);
  const base = getTrainSettings();
  useReplaceQuery((q) => tuneLinkToQuery(q, grid, base), JSON.stringify([grid, base]));

  const [pending, setPending] = useState<TrainConfig[]>([]);
  const [queueNote, setQueueNote] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const numbered: NumberedRun[] = useMemo(() => session.runs.map((run, i) => ({ run, number: session.runs.length - i })), [session.runs]);
  const best = useMemo(() => bestRun(numbered, input?.dataKey ?? null), [numbered, input]);

  const { comparedRuns, compared, toggleCompare } = useComparedRuns(numbered);

  const addToQueue = (configs: TrainConfig[]) => {
    const fresh = configs.filter((c, i) => !pending.some((p) => sameConfig(p, c)) && configs.findIndex((o) => sameConfig(o, c)) === i);
    const room = MAX_QUEUE - pending.length;
    const added = fresh.slice(0, room);
    setPending([...pending, ...added]);
    const skipped = configs.length - added.length;
    setQueueNote(
      skipped === 0
        ? `Added ${added.length} run${added.length === 1 ? '' : 's'}.`
        : `Added ${added.length}; ${skipped} left out (already queued${fresh.length > room ? `, or over the limit of ${MAX_QUEUE}` : ''}).`,
    );
  };

  const { runAll } = queue;
  const runQueue = useCallback(
    async (configs: TrainConfig[]) => {
      setPending([]);
      setQueueNote(null);
      setAnnouncement('');
      const out = await runAll(configs);
      if (!out) {
        setPending(configs);
        return;
      }
      if (out.crashed) {
        setPending(out.leftover);
        setAnnouncement(`The training worker crashed after ${out.finished} of ${out.total} runs.`);
      } else {
        setAnnouncement(`Queue finished: ${out.finished} of ${out.total} runs done. The results table below has their numbers.`);
      }
    },
    [runAll],
  );

  // After a crash, Retry starts a new worker and runs what was left of the queue once it exists.
  const retryWith = useRef<{ from: TrainingClient | null; configs: TrainConfig[] } | null>(null);
  useEffect(() => {
    const pendingRetry = retryWith.current;
    if (!pendingRetry || !worker.client || worker.client === pendingRetry.from) return;
    retryWith.current = null;
    void runQueue(pendingRetry.configs);
  }, [worker.client, runQueue]);
  const retryAfterCrash = () => {
    retryWith.current = { from: worker.client, configs: pending };
    training.clearCrash();
    worker.restart();
  };

  const current = training.activeId ? session.runs.find((r) => r.id === training.activeId) : undefined;
  const blockedBecause = dataOrWorkerBlocker(prepared, worker) ?? (queue.running ? 'The queue is running.' : pending.length === 0 ? 'Add runs to the queue first.' : null);
  const bestPoint = best ? lastFinitePoint(best.run.points) : null;

  return (
    <StagePage path="/model/tune">
      <RunsNotice />
      <DismissibleNotice notice={linkNotice} onDismiss={() => setLinkNotice(null)} />
      <div className="modeling">
      {/* Short paragraphs, one idea each: this callout arrives after the lesson, and one long block would become
          the page's largest paint (LCP) a second later than the lesson's text. */}
      <div className="callout validation-only">
        <p>
          <strong>Only the validation set is used here.</strong>
        </p>
        <p>
          {sets
            ? `Every run learns from the ${sets.train.labels.length} training penguins and is scored on the ${validationRows} validation penguins. The ${sets.test.rows.length} test penguins stay untouched.`
            : 'Every run learns from the training penguins and is scored on the validation penguins. The test penguins stay untouched.'}
        </p>
        <p>Why not pick the winner by its test score? That would tune the model to the test set. Its score would then no longer tell you how it does on new penguins.</p>
      </div>
      <PreparedDataStatus prepared={prepared} retry={retry} />
      <WorkerErrorAlert error={worker.error} onRetry={worker.restart} />

      <div className="tune-bench">
        <section className="bench-panel" aria-labelledby="queue-heading">
          <h2 id="queue-heading">Build a queue</h2>
          <TuneGridBuilder base={base} grid={grid} onGridChange={setGrid} disabled={queue.running} onAdd={addToQueue} />
          <p className="hint">
            Want other fixed settings? Change them on <Link to="/model/train">Train</Link>; the grid uses whatever you set there.
          </p>
          <h3 id="pending-heading">Queue ({pending.length})</h3>
          {queueNote && <p className="hint">{queueNote}</p>}
          {pending.length === 0 ? (
            <p className="muted">The queue is empty.</p>
          ) : (
            <ol className="queue-list" aria-labelledby="pending-heading">
              {pending.map((c, i) => (
                <li key={JSON.stringify(c)}>
                  <span>
                    lr {formatRate(c.learningRate)}, {c.hidden.length === 0 ? 'no hidden layer' : `${c.hidden.join('-')} units`}
                    <span className="muted">
                      {' '}
                      · {c.epochs} epochs · seed {c.seed}
                    </span>
                  </span>
                  <button type="button" className="quiet" disabled={queue.running} onClick={() => setPending(pending.filter((_, j) => j !== i))}>
                    Remove <span className="visually-hidden">queued run {i + 1}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <div className="train-actions">
            <button type="button" className="primary" disabled={blockedBecause !== null} aria-describedby={blockedBecause ? 'queue-blocked' : undefined} onClick={() => void runQueue(pending)}>
              Run the queue
            </button>
            {pending.length > 0 && !queue.running && (
              <button type="button" onClick={() => setPending([])}>
                Clear queue
              </button>
            )}
          </div>
          {blockedBecause && <BlockedHint id="queue-blocked" reason={blockedBecause} prepared={prepared} />}
        </section>

        <section className="bench-panel" aria-labelledby="progress-heading">
          <h2 id="progress-heading">Progress</h2>
          <p className="backend-line">
            Trains in a background worker on: <code>{worker.backend ?? 'starting…'}</code> <span className="muted">(TensorFlow.js backend)</span>
          </p>
          {training.crash && (
            <div role="alert" className="callout error">
              <p>
                <strong>Training stopped unexpectedly.</strong> {training.crash} Finished runs are kept; {pending.length} run{pending.length === 1 ? ' is' : 's are'} back in the queue.
              </p>
              <button type="button" onClick={retryAfterCrash}>
                Retry
              </button>
            </div>
          )}
          {queue.progress ? (
            <>
              <div
                className="progress-track queue-track"
                role="progressbar"
                aria-label="Queue progress"
                aria-valuemin={0}
                aria-valuemax={queue.progress.total}
                aria-valuenow={queue.progress.index}
                aria-valuetext={`Run ${queue.progress.index + 1} of ${queue.progress.total}`}
              >
                <span className="progress-fill" style={{ width: `${(100 * queue.progress.index) / queue.progress.total}%` }} />
              </div>
              <p className="progress-text">
                <strong>
                  Run {queue.progress.index + 1} of {queue.progress.total}
                </strong>
                {current && <span>{runName({ run: current, number: numbered.find((r) => r.run.id === current.id)?.number ?? 0 })}</span>}
              </p>
              {current && <RunProgress run={current} label="Current run progress" />}
              <button type="button" onClick={queue.stopAll} disabled={training.stopping} aria-describedby="stop-queue-hint">
                {training.stopping ? 'Stopping…' : 'Stop the queue'}
              </button>
              <p id="stop-queue-hint" className="hint">
                Stop keeps the finished runs and what the current one has learned; runs still waiting are dropped.
              </p>
            </>
          ) : (
            <p className="muted">{numbered.length === 0 ? 'No runs yet. Build a queue and run it.' : 'Nothing running.'}</p>
          )}
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
        </section>
      </div>

      <section className="bench-section" aria-labelledby="results-heading">
        <h2 id="results-heading">Results</h2>
        {numbered.length === 0 ? (
          <p className="muted">Finished runs appear here with their training and validation numbers.</p>
        ) : (
          <>
            {best && bestPoint && (
              <p className="measure best-line">
                Best on validation so far: <strong>{runName(best)}</strong> gets {correctOf(bestPoint.valAccuracy, validationRows)} of {validationRows} validation penguins right (
                {formatPercent(bestPoint.valAccuracy)}), validation loss {formatLoss(bestPoint.valLoss)}.
                {best.run.id !== session.chosenRunId && ' Choose it below if you want to evaluate it.'}
              </p>
            )}
            {best && <p className="measure best-reason">{bestRunReason(best, numbered, input?.dataKey ?? null, validationRows)}</p>}
            <TuneResultsTable
              rows={numbered}
              validationRows={validationRows}
              compared={compared}
              onToggleCompare={toggleCompare}
              chosenRunId={session.chosenRunId}
              onChoose={chooseRun}
              dataKey={input?.dataKey ?? null}
            />
            {session.chosenRunId && numbered.some((r) => r.run.id === session.chosenRunId) && (
              <p className="choose-row">
                <span className="chosen-mark">
                  <span aria-hidden="true">✓ </span>
                  {runName(numbered.find((r) => r.run.id === session.chosenRunId) as NumberedRun)} is chosen.
                </span>{' '}
                <Link to="/model/evaluate">Evaluate it on the test set →</Link>
              </p>
            )}
            {comparedRuns.length === 0 ? (
              <p className="muted">Tick runs under “Compare” in the table to draw their validation loss here.</p>
            ) : (
              <>
                <p className="hint">
                  Up to {MAX_COMPARED} runs at once. A curve that keeps falling is still learning; one that turns up has started to overfit.
                </p>
                <TuneCompareChart runs={comparedRuns} />
              </>
            )}
          </>
        )}
      </section>
      </div>
    </StagePage>
  );
}
