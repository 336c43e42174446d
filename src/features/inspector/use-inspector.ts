import { useCallback, useEffect, useMemo, useState } from 'react';
import { sendRequest } from '../../api/client';
import { mockApiNotice, resetMockApi } from '../../api/mock-api';
import type { Exchange, RequestSpec } from '../../core/http/exchange';
import { checkRequest } from '../../core/http/request-checks';
import { PRESETS } from './presets';
import type { Preset } from './presets';

const first = PRESETS[0] as Preset;

/** State and actions of the request inspector: the request being built, checks, sending, the last exchange and the history. */
export function useInspector() {
  const [presetId, setPresetId] = useState(first.id);
  const [spec, setSpec] = useState<RequestSpec>(first.request);
  const [sending, setSending] = useState(false);
  const [history, setHistory] = useState<Exchange[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

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
      const exchange = await sendRequest(spec);
      done.push(exchange);
      setHistory((h) => [...done.reverse(), ...h].slice(0, 100));
      setSelectedId(exchange.id);
    } finally {
      setSending(false);
    }
  }, [blocked, sending, preset, spec]);

  const reset = useCallback(async () => {
    await resetMockApi();
    setNotice('The API is back to its default: endpoint "penguins" serving v1 to 100% of traffic.');
  }, []);

  const selected = history.find((e) => e.id === selectedId) ?? null;
  const editAndResend = useCallback((e: Exchange) => {
    setSpec(e.request);
    setPresetId('');
  }, []);

  return { presetId, preset, choosePreset, spec, setSpec, checks, blocked, sending, send, selected, history, select: setSelectedId, editAndResend, reset, notice };
}
