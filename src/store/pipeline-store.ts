import { DEFAULT_PIPELINE, parsePipelineState } from '../core/data/pipeline-state';
import type { PipelineState } from '../core/data/pipeline-state';

/** localStorage key of the learner's data-phase choices; the suffix changes when the stored shape does. */
export const PIPELINE_KEY = 'deploy-lab:pipeline:v1';

/** A loaded state and, when stored data had to be discarded, a notice that says so. */
export interface LoadedPipeline {
  state: PipelineState;
  notice: string | null;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the saved pipeline state; missing → defaults, unreadable → defaults plus a notice. Never throws. */
export function loadPipelineState(store: Storage | undefined = storage()): LoadedPipeline {
  let raw: string | null = null;
  try {
    raw = store?.getItem(PIPELINE_KEY) ?? null;
  } catch {
    return { state: DEFAULT_PIPELINE, notice: 'Your browser blocked storage, so your data choices will not survive a reload.' };
  }
  if (raw === null) return { state: DEFAULT_PIPELINE, notice: null };
  let data: unknown = null;
  try {
    data = JSON.parse(raw);
  } catch {
    // Falls through to the notice below.
  }
  const state = parsePipelineState(data);
  if (state) return { state, notice: null };
  return { state: DEFAULT_PIPELINE, notice: 'Your saved data choices could not be read (they may be from an older version), so the defaults are back.' };
}

/** Saves the pipeline state; storage errors are ignored (the page keeps working for this visit). */
export function savePipelineState(state: PipelineState, store: Storage | undefined = storage()): void {
  try {
    store?.setItem(PIPELINE_KEY, JSON.stringify(state));
  } catch {
    // Quota or privacy mode: nothing to lose beyond persistence.
  }
}
