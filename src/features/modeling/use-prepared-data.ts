import { useCallback, useEffect, useRef, useState } from 'react';
import { SPECIES } from '../../core/data/penguins';
import { pipelineToQuery } from '../../core/data/pipeline-state';
import { loadPreparedData } from '../../store/prepared-data';
import type { PreparedData } from '../../store/prepared-data';
import type { TrainingInput } from './use-training-run';

/** The prepared data while it loads, once it is known (usable or with blockers), or when loading failed. */
export type PreparedDataState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: PreparedData };

/** Loads the learner's prepared data (train/validation/test from the data phase); `retry` loads again. */
export function usePreparedData(): { prepared: PreparedDataState; retry: () => void } {
  const [prepared, setPrepared] = useState<PreparedDataState>({ status: 'loading' });
  const generation = useRef(0);

  const load = useCallback(() => {
    // Only the latest load may set the state (a retry or unmount makes older ones stale).
    const mine = ++generation.current;
    setPrepared({ status: 'loading' });
    loadPreparedData().then(
      (data) => mine === generation.current && setPrepared({ status: 'ready', data }),
      (e: unknown) => mine === generation.current && setPrepared({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  useEffect(() => {
    load();
    return () => {
      generation.current += 1;
    };
  }, [load]);

  return { prepared, retry: load };
}

/** The standardized training and validation sets of usable prepared data, in the shape the worker takes. */
export function trainingInputFrom(prepared: PreparedDataState): TrainingInput | null {
  if (prepared.status !== 'ready' || !prepared.data.ok) return null;
  const { sets } = prepared.data.result;
  return {
    train: { x: sets.train.xModel, labels: sets.train.labels },
    validation: { x: sets.validation.xModel, labels: sets.validation.labels },
    classes: SPECIES.length,
    dataKey: pipelineToQuery(prepared.data.state),
  };
}
