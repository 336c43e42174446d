import { useCallback, useEffect, useState } from 'react';
import { sendRequest } from '../../api/client';
import { endpointConfigSpec, JSON_HEADERS as json, registeredVersion, registerModelSpec } from '../../api/register-model';
import type { Exchange, RequestSpec } from '../../core/http/exchange';
import { loadSavedArtifacts } from '../../store/artifact-store';
import type { SavedArtifact } from '../../store/artifact-store';
import { markStageTried } from '../../store/progress-store';

/** One request of the deploy sequence, with what it is for. */
export interface DeployStep {
  purpose: string;
  exchange: Exchange;
}

/** The `detail` of the problem a failed step answered (e.g. the 507 when the browser's storage is full), or null. */
export function failureDetail(steps: readonly DeployStep[]): string | null {
  const res = steps.at(-1)?.exchange.response;
  if (!res || res.status < 400) return null;
  try {
    const detail = (JSON.parse(res.body) as { detail?: unknown }).detail;
    return typeof detail === 'string' ? detail : null;
  } catch {
    return null;
  }
}

/** What the endpoint serves now: its variants, read through the API. */
export interface EndpointStatus {
  variants: { version: string; weight: number }[];
}

/**
 * The learner's saved model and the deploy sequence: register it as a new version (POST /api/models),
 * give it all traffic (PUT /api/endpoints/penguins), then call it once to check (POST …/invocations).
 */
export function useDeploy() {
  const [saved, setSaved] = useState<{ loading: boolean; latest: SavedArtifact | null; notice: string | null }>({ loading: true, latest: null, notice: null });
  const [steps, setSteps] = useState<DeployStep[]>([]);
  const [state, setState] = useState<'idle' | 'deploying' | 'deployed' | 'failed'>('idle');
  const [status, setStatus] = useState<EndpointStatus | null | 'loading'>('loading');
  // Set when no answer came at all (e.g. the in-browser API could not start): then nothing is known about what is served.
  const [apiError, setApiError] = useState<string | null>(null);

  const refreshStatus = useCallback(async () => {
    const ex = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null });
    setApiError(ex.response ? null : ex.error);
    setStatus(ex.response?.status === 200 ? (JSON.parse(ex.response.body) as EndpointStatus) : null);
  }, []);

  useEffect(() => {
    let live = true;
    void loadSavedArtifacts().then((r) => live && setSaved({ loading: false, latest: r.latest, notice: r.notice }));
    void refreshStatus();
    return () => {
      live = false;
    };
  }, [refreshStatus]);

  const deploy = useCallback(async () => {
    const latest = saved.latest;
    if (!latest) return;
    setState('deploying');
    setSteps([]);
    const run = async (purpose: string, spec: RequestSpec) => {
      const exchange = await sendRequest(spec);
      setSteps((s) => [...s, { purpose, exchange }]);
      return exchange;
    };
    const reg = await run('Register your model as a new version', registerModelSpec(latest.artifact));
    const version = registeredVersion(reg);
    if (!version) {
      setState('failed');
      return;
    }
    const put = await run(`Send all traffic of endpoint "penguins" to ${version}`, endpointConfigSpec('penguins', [{ version, weight: 100 }]));
    if (put.response?.status !== 200 && put.response?.status !== 201) {
      setState('failed');
      return;
    }
    const check = await run('Call the endpoint once to check who answers', {
      method: 'POST',
      url: '/api/endpoints/penguins/invocations',
      headers: json,
      body: JSON.stringify({ instances: [{ bill_length_mm: 46.5, bill_depth_mm: 17.9, flipper_length_mm: 192, body_mass_g: 3500 }] }),
    });
    setState(check.response?.status === 200 ? 'deployed' : 'failed');
    if (check.response?.status === 200) markStageTried('endpoint');
    await refreshStatus();
  }, [saved.latest, refreshStatus]);

  return { saved, steps, state, deploy, status, apiError };
}
