import { useCallback, useState } from 'react';
import { SPECIES } from '../../core/data/penguins';
import { evaluatePredictions } from '../../core/modeling/evaluation';
import type { TestEvaluation } from '../../core/modeling/evaluation';
import { createTestLock } from '../../core/modeling/test-lock';
import type { TestLock } from '../../core/modeling/test-lock';
import type { PreparedData } from '../../store/prepared-data';
import { recordTestUse } from '../../store/test-lock-store';
import type { LoadedTestLock } from '../../store/test-lock-store';
import type { TrainingClient } from '../../workers/training-client';
import type { TrainingRun } from './model-session';
import { markStageTried } from '../../store/progress-store';

/** Prepared data that can be trained and evaluated on. */
export type UsableData = Extract<PreparedData, { ok: true }>;

/** One evaluation on the test set: the scores, which run and data, when, and whether the test set had been used before. */
export interface EvaluationRecord extends TestEvaluation {
  runId: string;
  dataKey: string;
  evaluatedAt: string;
  /** The first use of the test set when it predates this evaluation (the score is then optimistic), else null. */
  seenBefore: TestLock | null;
}

/** The evaluation survives leaving the page and coming back during the visit (not a reload: the run is gone then too). */
let remembered: EvaluationRecord | null = null;

/** Forgets the remembered evaluation (tests). */
export function forgetEvaluation(): void {
  remembered = null;
}

/** Evaluates the chosen run on the test set in the worker, records the test-set use, and keeps the result. */
export function useEvaluation(args: {
  client: TrainingClient | null;
  run: TrainingRun;
  data: UsableData;
  dataKey: string;
  testLock: LoadedTestLock;
  onTestLock: (next: LoadedTestLock) => void;
}) {
  const { client, run, data, dataKey, testLock, onTestLock } = args;
  const [evaluation, setEvaluation] = useState<EvaluationRecord | null>(remembered);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const evaluate = useCallback(async () => {
    if (!client || !run.model) return;
    setRunning(true);
    setError(null);
    const { test, train } = data.result.sets;
    try {
      const probabilities = await client.predict(run.model, test.xModel);
      const scores = evaluatePredictions(probabilities, test.labels, train.labels, SPECIES);
      const lock = createTestLock({ runId: run.id, dataKey, accuracy: scores.accuracy });
      const record: EvaluationRecord = { ...scores, runId: run.id, dataKey, evaluatedAt: lock.evaluatedAt, seenBefore: testLock.lock };
      onTestLock(recordTestUse(lock));
      remembered = record;
      setEvaluation(record);
      markStageTried('evaluate');
    } catch (e) {
      setError(`The test set could not be evaluated: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setRunning(false);
    }
  }, [client, run, data, dataKey, testLock.lock, onTestLock]);

  // A remembered evaluation only counts for the same run on the same data.
  const current = evaluation && evaluation.runId === run.id && evaluation.dataKey === dataKey ? evaluation : null;
  return { evaluation: current, running, error, evaluate };
}
