import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { sendRequest, sendWithRetry } from '../../api/client';
import { mockApiNotice, resetMockApi } from '../../api/mock-api';
import type { AttemptRecord, Exchange, RequestSpec } from '../../core/http/exchange';
import { DEFAULT_RETRY } from '../../core/http/retry';
import { checkRequest } from '../../core/http/request-checks';
import { decodeSharedRequest, SHARE_KEY, shareLinkFor } from '../../core/http/share';
import type { ShareLinkResult } from '../../core/http/share';
import { PRESETS } from './presets';
import type { Preset } from './presets';
import { markStageTried } from '../../store/progress-store';

const first = PRESETS[0] as Preset;

/** The URL query key that names an unchanged preset: a short link instead of the whole request. */
export const PRESET_KEY = 'preset';

/** The inspector's part of the page's query: the preset's id while the request is the preset's, else the whole request if the link fits, else nothing. */
export function inspectorQuery(spec: RequestSpec, presetId: string, link: ShareLinkResult): Record<string, string> {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (preset && JSON.stringify(preset.request) === JSON.stringify(spec)) return { [PRESET_KEY]: preset.id };
  return link.ok ? { [SHARE_KEY]: new URL(link.url).searchParams.get(SHARE_KEY) ?? '' } : {};
}

/** The request to start with: a valid shared link wins; a broken one is ignored with a notice. */
function initialRequest(shared: string | null, presetParam: string | null): { spec: RequestSpec; presetId: string; notice: string | null } {
  const named = PRESETS.find((p) => p.id === presetParam);
  if (shared === null) return named ? { spec: named.request, presetId: named.id, notice: null } : { spec: first.request, presetId: first.id, notice: null };
  const spec = decodeSharedRequest(shared);
  if (spec) return { spec, presetId: '', notice: 'This request came from a shared link. Read it before you send it.' };
  return { spec: first.request, presetId: first.id, notice: 'The request in this link could not be read (it may be cut off or point to another site), so a preset is shown instead.' };
}

/** State and actions of the request inspector: the request being built, checks, sending, the last exchange and the history. */
export function useInspector() {
  const [params, setParams] = useSearchParams();
  const [start] = useState(() => initialRequest(params.get(SHARE_KEY), params.get(PRESET_KEY)));
  const [presetId, setPresetId] = useState(start.presetId);
  const [spec, setSpec] = useState<RequestSpec>(start.spec);
  const [linkNotice, setLinkNotice] = useState<string | null>(start.notice);
  const [sending, setSending] = useState(false);
  const [history, setHistory] = useState<Exchange[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [robust, setRobust] = useState(false);
  const [liveAttempts, setLiveAttempts] = useState<AttemptRecord[]>([]);
  // Counts finished sends, so the response panel knows when to take focus.
  const [sentCount, setSentCount] = useState(0);

  useEffect(() => {
    let live = true;
    mockApiNotice()
      .then((n) => live && setNotice(n))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const preset = PRESETS.find((p) => p.id === presetId);
  const checks = useMemo(() => checkRequest(spec), [spec]);
  const blocked = checks.some((c) => c.blocking);

  const choosePreset = useCallback((id: string) => {
    const p = PRESETS.find((x) => x.id === id);
    if (!p) return;
    setPresetId(id);
    setSpec(p.request);
  }, []);

  const send = useCallback(async () => {
    if (blocked || sending) return;
    setSending(true);
    try {
      const done: Exchange[] = [];
      for (const step of preset?.setup ?? []) done.push(await sendRequest(step));
      setLiveAttempts([]);
      const exchange = robust ? await sendWithRetry(spec, DEFAULT_RETRY, (a) => setLiveAttempts((list) => [...list, a])) : await sendRequest(spec);
      done.push(exchange);
      markStageTried('inspect');
      setHistory((h) => [...done.reverse(), ...h].slice(0, 100));
      setSelectedId(exchange.id);
    } finally {
      setSending(false);
      setSentCount((n) => n + 1);
    }
  }, [blocked, sending, preset, spec, robust]);

  const reset = useCallback(async () => {
    await resetMockApi();
    setNotice('The API is back to its default: endpoint "penguins" serving v1 to 100% of traffic.');
  }, []);

  const selected = history.find((e) => e.id === selectedId) ?? null;
  // Compressing a 64 KB body takes a few ms: only when the request changes, not on every render.
  const shareLink = useMemo(() => shareLinkFor(spec, `${window.location.origin}${window.location.pathname}`), [spec]);
  // The address carries the request, so "Copy link to this view" (and a reload) gives this very request.
  // Debounced: typing in the body must not rewrite history on every key (Safari throttles replaceState).
  // Refs, because setParams changes identity with every URL change.
  const paramsRef = useRef(params);
  paramsRef.current = params;
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = new URLSearchParams(paramsRef.current);
      next.delete(SHARE_KEY);
      next.delete(PRESET_KEY);
      for (const [k, v] of Object.entries(inspectorQuery(spec, presetId, shareLink))) next.set(k, v);
      if (next.toString() !== paramsRef.current.toString()) setParamsRef.current(next, { replace: true, preventScrollReset: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [spec, presetId, shareLink]);
  const editAndResend = useCallback((e: Exchange) => {
    setSpec(e.request);
    setPresetId('');
  }, []);

  return { presetId, preset, choosePreset, spec, setSpec, checks, blocked, sending, send, selected, history, select: setSelectedId, editAndResend, reset, notice, robust, setRobust, liveAttempts, sentCount, linkNotice, dismissLinkNotice: () => setLinkNotice(null), shareLink };
}
