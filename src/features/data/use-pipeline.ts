import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { runPipeline } from '../../core/data/pipeline';
import type { PipelineResult } from '../../core/data/pipeline';
import { DEFAULT_PIPELINE, PIPELINE_QUERY_KEYS, pipelineFromQuery, pipelineToQuery } from '../../core/data/pipeline-state';
import type { PipelineState } from '../../core/data/pipeline-state';
import { loadPipelineState, savePipelineState } from '../../store/pipeline-store';
import { loadRawRows } from '../../store/raw-data';
import type { RawData } from '../../store/raw-data';

/** The start state: a valid link wins (instructors share them), then the saved state, then defaults; with notices. */
function initialState(query: string): { state: PipelineState; notices: string[] } {
  const fromUrl = pipelineFromQuery(query);
  const saved = loadPipelineState();
  const notices = saved.notice ? [saved.notice] : [];
  if (fromUrl === 'invalid') {
    notices.push('The data settings in this link could not be read, so your own saved settings are used instead.');
    return { state: saved.state, notices };
  }
  if (fromUrl) return { state: fromUrl, notices };
  return { state: saved.state, notices };
}

/**
 * The learner's data pipeline: the raw rows (retrieved through the API), the choices
 * (saved and mirrored in the URL), and the result of running the pipeline on them.
 */
export function usePipeline() {
  const [params, setParams] = useSearchParams();
  const [start] = useState(() => initialState(params.toString()));
  const [state, setState] = useState<PipelineState>(start.state);
  const [notices, setNotices] = useState<string[]>(start.notices);
  const [raw, setRaw] = useState<RawData | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load after a failure
  useEffect(() => {
    let live = true;
    setRaw(null);
    // A transition: the page's first render with data (tables, charts) runs in slices, not as one long task.
    void loadRawRows().then((r) => live && startTransition(() => setRaw(r)));
    return () => {
      live = false;
    };
  }, [attempt]);

  // Keep storage and the URL in step with the state, so a reload or a shared link shows the same data.
  // Storage at once (cheap, and nothing is lost on leaving); the URL debounced, because a slider drag
  // would otherwise rewrite history on every step (Safari throttles replaceState). The URL is only
  // replaced when it differs: a needless replace would also cancel a navigation that is under way.
  // Refs, because setParams changes identity with every URL change: depending on it would re-run the effect forever.
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  useEffect(() => {
    savePipelineState(state);
    const timer = setTimeout(() => {
      const next = new URLSearchParams(paramsRef.current);
      for (const k of PIPELINE_QUERY_KEYS) next.delete(k);
      for (const [k, v] of new URLSearchParams(pipelineToQuery(state))) next.set(k, v);
      if (next.toString() !== paramsRef.current.toString()) setParamsRef.current(next, { replace: true, preventScrollReset: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [state]);

  const result: PipelineResult | null = useMemo(() => (raw?.ok ? runPipeline(raw.rows, state) : null), [raw, state]);

  const update = useCallback((change: (s: PipelineState) => PipelineState) => setState((s) => change(s)), []);
  const reset = useCallback(() => setState(DEFAULT_PIPELINE), []);
  const dismissNotices = useCallback(() => setNotices([]), []);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  return { state, update, reset, result, raw, retry, notices, dismissNotices, shareQuery: pipelineToQuery(state) };
}

export type Pipeline = ReturnType<typeof usePipeline>;
