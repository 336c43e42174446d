import { DismissibleNotice } from '../../ui/dismissible-notice';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { configErrors, describeConfig, trainConfigSchema } from '../../core/modeling/train-config';
import type { TrainConfig } from '../../core/modeling/train-config';
import { loadPipelineState, savePipelineState } from '../../store/pipeline-store';
import { StagePage } from '../../ui/stage-page';
import type { TrainingClient } from '../../workers/training-client';
import { RunsNotice } from './runs-notice';
import { chooseRun, getModelSession, useModelSession } from './model-session';
import { BestEpochNote } from './best-epoch-note';
import { BlockedHint, dataOrWorkerBlocker, PreparedDataStatus } from './prepared-data-status';
import { RunCharts } from './run-charts';
import { RunProgress } from './run-progress';
import { completionSentence, DivergenceNote, OverfittingNote, RunSummary, runDiverged } from './run-summary';
import { candidateFromForm, formFromConfig, TrainConfigForm } from './train-config-form';
import type { ConfigFormState } from './train-config-form';
import { trainLinkFromQuery, trainLinkToQuery } from './train-link';
import { getTrainSettings, setTrainSettings } from './train-settings';
import { TrainingDataSummary } from './training-data-summary';
import type { TrainPreset } from './train-presets';
import { TrainPresetsPanel } from './train-presets-panel';
import { trainingInputFrom, usePreparedData } from './use-prepared-data';
import { useTrainingClient } from './use-training-client';
import { useTrainingRun } from './use-training-run';
import { useArrivalQuery, useReplaceQuery } from './use-view-query';
import { WorkerErrorAlert } from './worker-error-alert';
import './modeling.css';

function validConfig(form: ConfigFormState): TrainConfig | null {
  const r = trainConfigSchema.safeParse(candidateFromForm(form));
  return r.success ? r.data : null;
}

/** Step 4: train one network on the prepared data and watch its loss and accuracy, epoch by epoch. */
export default function TrainPage() {
  const { prepared, retry } = usePreparedData();
  const worker = useTrainingClient();
  const input = useMemo(() => trainingInputFrom(prepared), [prepared]);
  const training = useTrainingRun(worker.client, input, 'train');
  const session = useModelSession();
  const run = session.runs.find((r) => r.source === 'train') ?? null;
  // Charts follow the run at low priority: React may skip a frame of them to keep the page (and the Stop button) responsive.
  const chartRun = useDeferredValue(run);
  // The finished run's notes and summary mount from the deferred copy too, so their first render (tables, the choose
  // button) is time-sliced instead of one long task right after the last epoch.
  const settled = chartRun && run && chartRun.id === run.id && chartRun.status !== 'running' && chartRun.status !== 'queued' ? chartRun : null;
  const ready = prepared.status === 'ready' && prepared.data.ok ? prepared.data : null;
  const trainRows = ready?.result.sets.train.labels.length ?? 0;
  const validationRows = ready?.result.sets.validation.labels.length ?? 0;

  // A shared link's settings win over this visit's memory; what cannot be used falls back and is said.
  const arrivalQuery = useArrivalQuery();
  const [link] = useState(() => trainLinkFromQuery(arrivalQuery, getTrainSettings()));
  const [linkNotice, setLinkNotice] = useState(link.notice);
  const [form, setForm] = useState(() => formFromConfig(link.config));
  const [linked, setLinked] = useState(link.config);
  const errors = useMemo(() => configErrors(candidateFromForm(form)), [form]);
  const config = useMemo(() => validConfig(form), [form]);
  const changeForm = useCallback((next: ConfigFormState) => {
    setForm(next);
    const valid = validConfig(next);
    if (valid) {
      setTrainSettings(valid);
      setLinked(valid);
    }
  }, []);

  // A preset may change the data choices too: they are saved where Prepare keeps them, then the prepared data reloads.
  const [applied, setApplied] = useState<TrainPreset | null>(null);
  const applyPreset = useCallback(
    (preset: TrainPreset) => {
      savePipelineState(preset.data(loadPipelineState().state));
      retry();
      changeForm(formFromConfig(preset.config));
      setApplied(preset);
    },
    [retry, changeForm],
  );
  // Opening a link that had a preset applied applies its data change too (the link's settings stay as they are).
  useEffect(() => {
    setTrainSettings(link.config);
    if (!link.preset) return;
    savePipelineState(link.preset.data(loadPipelineState().state));
    retry();
    setApplied(link.preset);
  }, [link, retry]);
  // The address holds the last valid settings (a half-typed value is not shared).
  useReplaceQuery((q) => trainLinkToQuery(q, linked, applied?.id ?? null), `${JSON.stringify(linked)}|${applied?.id}`);

  const [announcement, setAnnouncement] = useState('');
  const startedFrom = useRef<Element | null>(null);
  const { start } = training;
  const train = useCallback(
    async (c: TrainConfig) => {
      setAnnouncement('');
      startedFrom.current = document.activeElement;
      const result = await start(c);
      const done = result && getModelSession().runs.find((r) => r.id === result.id);
      if (done) {
        setAnnouncement(`Training finished. ${completionSentence(done, validationRows)}`);
        setFocusResult((n) => n + 1);
      }
    },
    [start, validationRows],
  );
  // The Train button is disabled during the run, so focus falls to the page; bring it to the result instead
  // (unless the learner moved it somewhere on purpose meanwhile).
  // The result mounts from the deferred run, maybe a render after the run ends: focus waits until it is there.
  const [focusResult, setFocusResult] = useState(0);
  const focused = useRef(0);
  useEffect(() => {
    const heading = document.getElementById('result-heading');
    if (focusResult === focused.current || !heading || !settled) return;
    focused.current = focusResult;
    const active = document.activeElement;
    if (active && active !== document.body && active !== startedFrom.current) return;
    heading.focus();
  }, [focusResult, settled]);

  // After a crash, Retry starts a new worker and runs the same settings again once it exists.
  const retryWith = useRef<{ from: TrainingClient | null; config: TrainConfig } | null>(null);
  useEffect(() => {
    const pending = retryWith.current;
    if (!pending || !worker.client || worker.client === pending.from) return;
    retryWith.current = null;
    void train(pending.config);
  }, [worker.client, train]);
  const retryAfterCrash = () => {
    const again = run?.config ?? config;
    if (again) retryWith.current = { from: worker.client, config: again };
    training.clearCrash();
    worker.restart();
  };

  const problems = Object.keys(errors).length;
  const blockedBecause =
    dataOrWorkerBlocker(prepared, worker) ??
    (training.running ? 'A run is in progress.' : config === null ? `Fix the ${problems === 1 ? 'setting' : `${problems} settings`} marked above first.` : null);

  const diverged = run ? runDiverged(run) : false;
  const isCurrent = run !== null && training.activeId === run.id;
  const staleData = run !== null && input !== null && run.dataKey !== input.dataKey;

  return (
    <StagePage path="/model/train">
      <RunsNotice />
      <DismissibleNotice notice={linkNotice} onDismiss={() => setLinkNotice(null)} />
      <div className="modeling">
      <PreparedDataStatus prepared={prepared} retry={retry} />
      {ready && <TrainingDataSummary data={ready} />}
      <WorkerErrorAlert error={worker.error} onRetry={worker.restart} />

      <TrainPresetsPanel applied={applied} onApply={applyPreset} disabled={training.running} />

      <div className="train-bench">
        <section className="bench-panel settings-panel" aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <TrainConfigForm form={form} onChange={changeForm} errors={errors} disabled={training.running} trainRows={ready ? trainRows : null} inputs={ready?.result.features.length} />
          <div className="train-actions">
            <button type="button" className="primary" disabled={blockedBecause !== null} aria-describedby={blockedBecause ? 'train-blocked' : undefined} onClick={() => config && void train(config)}>
              Train
            </button>
            {training.running && (
              <button type="button" onClick={training.stop} disabled={training.stopping} aria-describedby="stop-hint">
                {training.stopping ? 'Stopping…' : 'Stop'}
              </button>
            )}
          </div>
          {blockedBecause && <BlockedHint id="train-blocked" reason={blockedBecause} prepared={prepared} />}
          {training.running && (
            <p id="stop-hint" className="hint">
              Stop ends the run after the current epoch and keeps what the model has learned so far.
            </p>
          )}
        </section>

        <section className="bench-panel run-panel" aria-labelledby="run-heading">
          <h2 id="run-heading">Training</h2>
          <p className="backend-line">
            {run && !isCurrent && run.backend ? (
              <>
                Trained on: <code>{run.backend}</code>
              </>
            ) : (
              <>
                Trains in a background worker on: <code>{worker.backend ?? 'starting…'}</code>
              </>
            )}{' '}
            <span className="muted">(TensorFlow.js backend)</span>
          </p>
          {training.crash && (
            <div role="alert" className="callout error">
              <p>
                <strong>Training stopped unexpectedly.</strong> {training.crash} Your settings and earlier results are still here.
              </p>
              <button type="button" onClick={retryAfterCrash}>
                Retry
              </button>
            </div>
          )}
          {!run && <p className="muted">Press Train to start. The curves appear here while the model learns, and the numbers below them when it is done.</p>}
          {run && (
            <>
              <p className="run-config">
                {isCurrent ? 'Training' : 'Last run'}: <code>{describeConfig(run.config)}</code>, seed {run.config.seed}
              </p>
              {staleData && <p className="callout warning">This run used earlier data choices. Train again to learn from your current data.</p>}
              {(isCurrent || run.points.length > 0) && <RunProgress run={run} label="Training progress" />}
              {run.status === 'error' && !training.crash && (
                <p className="callout error">
                  {run.error} Press Train to run it again.
                </p>
              )}
              {diverged ? (
                <DivergenceNote run={run} onUseRate={training.running ? undefined : (lr) => changeForm({ ...form, learningRate: lr })} />
              ) : (
                run.points.length > 0 && (
                  <>
                    {chartRun && chartRun.id === run.id && <RunCharts run={chartRun} live={isCurrent} />}
                    <OverfittingNote run={run} />
                    {!isCurrent && settled && (
                      <BestEpochNote
                        run={settled}
                        onKeepBest={
                          training.running
                            ? undefined
                            : (epochs) => {
                                const keep = { ...settled.config, epochs };
                                changeForm(formFromConfig(keep));
                                void train(keep);
                              }
                        }
                      />
                    )}
                  </>
                )
              )}
              {!isCurrent && !diverged && ready && settled && (
                <RunSummary run={settled} trainRows={trainRows} validationRows={validationRows} chosen={session.chosenRunId === settled.id} onChoose={() => chooseRun(settled.id)} />
              )}
            </>
          )}
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
        </section>
      </div>
      </div>
    </StagePage>
  );
}
