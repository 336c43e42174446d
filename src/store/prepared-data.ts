import { runPipeline } from '../core/data/pipeline';
import type { PipelineResult } from '../core/data/pipeline';
import type { PipelineState } from '../core/data/pipeline-state';
import { loadPipelineState } from './pipeline-store';
import { loadRawRows } from './raw-data';

/** The learner's prepared data as the data phase left it, or why it is not usable yet. */
export type PreparedData =
  | { ok: true; state: PipelineState; result: PipelineResult & { sets: NonNullable<PipelineResult['sets']> }; notice: string | null }
  | { ok: false; message: string; blockers: string[] };

/** Rebuilds the prepared data from the retrieved rows and the saved pipeline choices (deterministic: same numbers as the data pages showed). */
export async function loadPreparedData(): Promise<PreparedData> {
  const raw = await loadRawRows();
  if (!raw.ok) return { ok: false, message: raw.message, blockers: [] };
  const { state, notice } = loadPipelineState();
  const result = runPipeline(raw.rows, state);
  if (!result.sets) return { ok: false, message: 'Your data choices leave no usable training data.', blockers: result.blockers };
  return { ok: true, state, result: { ...result, sets: result.sets }, notice };
}
