import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FEATURES, SPECIES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import { chosenFeatures, pipelineToQuery } from '../../core/data/pipeline-state';
import { argMax } from '../../core/modeling/metrics';
import type { TrainConfig } from '../../core/modeling/train-config';
import type { RequestLogEntry } from '../../core/monitoring/log-entry';
import { labelledFeedback, retrainingData } from '../../core/monitoring/feedback-data';
import { loadSavedArtifacts, saveArtifact } from '../../store/artifact-store';
import type { SavedArtifact } from '../../store/artifact-store';
import { loadPreparedData } from '../../store/prepared-data';
import type { PreparedData } from '../../store/prepared-data';
import { isTestSetSeen } from '../../store/test-lock-store';
import { createTrainingClient } from '../../workers/training-client';
import type { TrainingClient } from '../../workers/training-client';
import { columnsOf, retrainConfig, retrainedArtifact, widenScaler } from './update-retrain-artifact';

/** Where a retrain is: not started, training (epochs done of total), saving, done (the saved artifact), or failed (why). */
export type RetrainState =
  | { phase: 'idle' }
  | { phase: 'training'; epoch: number; epochs: number }
  | { phase: 'saving' }
  | { phase: 'done'; saved: SavedArtifact; validationAccuracy: number; counts: { original: number; feedback: number; validation: number } }
  | { phase: 'failed'; message: string };

/** What the retrain starts from: the prepared data (or why it is not usable) and the settings of the learner's last saved model. */
export type RetrainSource =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: PreparedData; config: TrainConfig; configSource: 'saved' | 'default'; latest: SavedArtifact | null };

/** Creates the worker's client; injectable so tests can pass a fake. */
export type TrainingClientFactory = () => TrainingClient;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The measurements the retrained model sees: those the learner chose on Prepare (all four until the state is loaded). */
function modelFeatures(source: RetrainSource): readonly Feature[] {
  return source.status === 'ready' && source.data.ok ? chosenFeatures(source.data.state) : FEATURES;
}

/**
 * Retrains with feedback: the learner's prepared training rows plus the labelled feedback rows joined from the log, on
 * the measurements the pipeline state chose (as Train does), a scaler refitted on both, the settings of the last
 * saved model, trained in the training worker; then the artifact is saved (IndexedDB). Returns the feedback too.
 */
export function useUpdateRetrain(entries: readonly RequestLogEntry[], makeClient: TrainingClientFactory = createTrainingClient) {
  const [source, setSource] = useState<RetrainSource>({ status: 'loading' });
  const features = useMemo(() => modelFeatures(source), [source]);
  const feedback = useMemo(() => labelledFeedback(entries, features), [entries, features]);
  const [state, setState] = useState<RetrainState>({ phase: 'idle' });
  const client = useRef<TrainingClient | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    Promise.all([loadPreparedData(), loadSavedArtifacts()]).then(
      ([data, saved]) => {
        const { config, source: configSource } = retrainConfig(saved.latest?.artifact.card);
        if (live.current) setSource({ status: 'ready', data, config, configSource, latest: saved.latest });
      },
      (e: unknown) => live.current && setSource({ status: 'error', message: message(e) }),
    );
    return () => {
      live.current = false;
      // Leaving the page ends the worker (and any run in it).
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  const retrain = useCallback(async () => {
    if (source.status !== 'ready' || !source.data.ok || feedback.rows.length === 0) return;
    const { state: pipeline, result } = source.data;
    const { sets } = result;
    // The sets' raw matrices hold all four measurements; the model sees only the chosen ones, like the serving model.
    const pick = columnsOf(features);
    const data = retrainingData({ x: pick(sets.train.x), labels: sets.train.labels }, feedback, { x: pick(sets.validation.x), labels: sets.validation.labels }, pipeline.scaler, SPECIES);
    const { config } = source;
    setState({ phase: 'training', epoch: 0, epochs: config.epochs });
    try {
      client.current ??= makeClient();
      const started = client.current.train({ config, train: data.train, validation: data.validation, classes: SPECIES.length }, (points) => {
        const last = points.at(-1);
        if (last && live.current) setState({ phase: 'training', epoch: last.epoch, epochs: config.epochs });
      });
      const outcome = await started.done;
      if (!outcome.model) throw new Error('The run diverged (its loss became NaN), so there is no model to save. Try a smaller learning rate on the Train page.');
      // Validation accuracy of the shipped weights, measured in the worker on the (newly scaled) validation rows.
      const probabilities = await client.current.predict(outcome.model, data.validation.x);
      const correct = probabilities.filter((p, i) => argMax(p) === data.validation.labels[i]).length;
      const validationAccuracy = correct / Math.max(1, data.validation.labels.length);
      if (!live.current) return;
      setState({ phase: 'saving' });
      const runId = `retrain-${Date.now().toString(36)}`;
      const built = retrainedArtifact({
        runId,
        config,
        model: outcome.model,
        validationAccuracy,
        testSetSeenBeforeTraining: isTestSetSeen(),
        scaler: widenScaler(data.scaler, features),
        features,
        pipeline,
        dataKey: pipelineToQuery(pipeline),
        counts: { ...data.counts, test: sets.test.labels.length },
        perClass: feedback.perClass,
        created: new Date(),
      });
      if (!built.ok) throw new Error(`The model could not be packaged: ${built.problems.join(' ')}`);
      const saved = await saveArtifact(built.value, runId);
      if (!saved.ok) throw new Error(saved.message);
      if (live.current) setState({ phase: 'done', saved: saved.saved, validationAccuracy, counts: data.counts });
    } catch (e) {
      if (live.current) setState({ phase: 'failed', message: message(e) || 'The training worker stopped working.' });
      // A crashed worker is not reused: the next retrain starts a fresh one.
      client.current?.dispose();
      client.current = null;
    }
  }, [source, feedback, features, makeClient]);

  return { source, state, retrain, feedback, features };
}
