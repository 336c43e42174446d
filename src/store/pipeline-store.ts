import { DEFAULT_PIPELINE, parsePipelineState } from '../core/data/pipeline-state';
import type { PipelineState } from '../core/data/pipeline-state';
import { browserStorage, readStoredJson, writeStoredJson } from './local-json';

/** localStorage key of the learner's data-phase choices; the suffix changes when the stored shape does. */
export const PIPELINE_KEY = 'deploy-lab:pipeline:v1';

/** A loaded state and, when stored data had to be discarded, a notice that says so. */
export interface LoadedPipeline {
  state: PipelineState;
  notice: string | null;
}

/** Reads the saved pipeline state; missing → defaults, unreadable → defaults plus a notice. Never throws. */
export function loadPipelineState(store: Storage | undefined = browserStorage()): LoadedPipeline {
  const read = readStoredJson(store, PIPELINE_KEY, parsePipelineState);
  if (read.kind === 'ok') return { state: read.value, notice: null };
  if (read.kind === 'missing') return { state: DEFAULT_PIPELINE, notice: null };
  if (read.kind === 'blocked') return { state: DEFAULT_PIPELINE, notice: 'Your browser blocked storage, so your data choices will not survive a reload.' };
  return { state: DEFAULT_PIPELINE, notice: 'Your saved data choices could not be read (they may be from an older version), so the defaults are back.' };
}

/** Saves the pipeline state; storage errors are ignored (the page keeps working for this visit). */
export function savePipelineState(state: PipelineState, store: Storage | undefined = browserStorage()): void {
  writeStoredJson(store, PIPELINE_KEY, state);
}
