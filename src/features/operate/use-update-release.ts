import { useCallback, useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { sendRequest } from '../../api/client';
import { endpointConfigSpec, registerModelSpec, registeredVersion } from '../../api/register-model';
import type { Exchange, RequestSpec } from '../../core/http/exchange';
import type { DeployableArtifact } from '../../core/modeling/artifact';
import { allTrafficTo, canaryVariants, rollbackTarget, stableVersion } from '../../core/monitoring/versions';
import type { ConfigChange, TrafficVariant } from '../../core/monitoring/versions';
import { modelCardSchema } from '../../core/serving/model-artifact';
import type { ModelCard } from '../../core/serving/model-artifact';
import { appendConfigChange, loadConfigHistory } from './update-history-store';

/** The endpoint this page releases to. */
export const ENDPOINT = 'penguins';

/** A registered version as GET /api/models lists it. */
export interface RegisteredVersion {
  version: string;
  registeredAt: string;
  card: ModelCard;
}

/** One request this page sent, with what it was for. */
export interface ReleaseStep {
  purpose: string;
  exchange: Exchange;
}

/** Something loaded through the API: still loading, failed (with what to do), or there. */
export type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

const modelsSchema = z.object({
  models: z.array(z.looseObject({ version: z.string(), registered_at: z.string(), card: modelCardSchema })),
});
const endpointSchema = z.looseObject({ variants: z.array(z.object({ version: z.string(), weight: z.number() })) });

const ACCEPT_JSON: [string, string][] = [['Accept', 'application/json']];
const get = (url: string): RequestSpec => ({ method: 'GET', url, headers: ACCEPT_JSON, body: null });
const ok = (ex: Exchange) => ex.response !== null && ex.response.status >= 200 && ex.response.status < 300;

function parseBody<T>(ex: Exchange, schema: z.ZodType<T>): T | null {
  try {
    const r = schema.safeParse(JSON.parse(ex.response?.body ?? ''));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

const failure = (ex: Exchange, what: string) =>
  ex.response ? `${what} answered ${ex.response.status} ${ex.response.statusText}. Try again; if it persists, use “Reset to default” on the inspector page.` : `${what} got no answer: ${(ex.error ?? 'network error').replace(/\.$/, '')}. Reload the page and try again.`;

/**
 * Versions, traffic config and releases of endpoint "penguins": lists versions (GET /api/models) and the config
 * (GET /api/endpoints/penguins), registers artifacts, and sends canary, promote and rollback configs as real PUTs.
 * Every request is kept in `steps`; every accepted config change in `history` (localStorage), which rollback uses.
 */
export function useUpdateRelease() {
  const [models, setModels] = useState<Loaded<RegisteredVersion[]>>({ status: 'loading' });
  const [variants, setVariants] = useState<Loaded<TrafficVariant[]>>({ status: 'loading' });
  const [steps, setSteps] = useState<ReleaseStep[]>([]);
  const [{ history, notice }, setHistory] = useState(() => {
    const loaded = loadConfigHistory();
    return { history: loaded.history, notice: loaded.notice };
  });
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<ReleaseStep | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const record = useCallback((purpose: string, exchange: Exchange) => {
    if (live.current) setSteps((s) => [...s, { purpose, exchange }]);
  }, []);

  const loadVariants = useCallback(async (): Promise<TrafficVariant[] | null> => {
    const ex = await sendRequest(get(`/api/endpoints/${ENDPOINT}`));
    if (!live.current) return null;
    if (ex.response?.status === 404) {
      setVariants({ status: 'ready', value: [] });
      return [];
    }
    const body = ok(ex) ? parseBody(ex, endpointSchema) : null;
    setVariants(body ? { status: 'ready', value: body.variants } : { status: 'error', message: failure(ex, `GET /api/endpoints/${ENDPOINT}`) });
    return body?.variants ?? null;
  }, []);

  const loadModels = useCallback(async () => {
    const ex = await sendRequest(get('/api/models'));
    if (!live.current) return;
    const body = ok(ex) ? parseBody(ex, modelsSchema) : null;
    setModels(
      body
        ? { status: 'ready', value: body.models.map((m) => ({ version: m.version, registeredAt: m.registered_at, card: m.card as ModelCard })) }
        : { status: 'error', message: failure(ex, 'GET /api/models') },
    );
  }, []);

  const refresh = useCallback(async () => {
    await Promise.all([loadModels(), loadVariants()]);
  }, [loadModels, loadVariants]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Sends one step; a failed step is kept in `failed` (its problem detail is shown). */
  const step = useCallback(
    async (purpose: string, spec: RequestSpec): Promise<Exchange> => {
      const exchange = await sendRequest(spec);
      record(purpose, exchange);
      if (live.current) setFailed(ok(exchange) ? null : { purpose, exchange });
      return exchange;
    },
    [record],
  );

  const register = useCallback(
    async (artifact: DeployableArtifact): Promise<string | null> => {
      setBusy('register');
      const ex = await step('Register the new model as a version', registerModelSpec(artifact));
      await loadModels();
      if (live.current) setBusy(null);
      return registeredVersion(ex);
    },
    [step, loadModels],
  );

  /** Reads the config now in force (remembered for rollback), PUTs the new one and records the change when accepted. */
  const change = useCallback(
    async (action: ConfigChange['action'], candidate: string, purpose: string, next: (current: TrafficVariant[]) => TrafficVariant[] | string): Promise<boolean> => {
      setBusy(action);
      const read = await step('Read the config in force now (remembered for rollback)', get(`/api/endpoints/${ENDPOINT}`));
      const current = read.response?.status === 404 ? [] : (parseBody(read, endpointSchema)?.variants ?? null);
      const target = current ? next(current) : 'The current config could not be read, so nothing was changed.';
      let accepted = false;
      if (typeof target === 'string') {
        if (live.current) setFailed({ purpose: target, exchange: read });
      } else {
        const put = await step(purpose, endpointConfigSpec(ENDPOINT, target));
        accepted = ok(put);
        if (accepted && current && live.current) {
          setHistory((h) => ({ ...h, history: appendConfigChange(h.history, { action, at: Date.now(), candidate, before: current, after: target }) }));
        }
        await loadVariants();
      }
      if (live.current) setBusy(null);
      return accepted;
    },
    [step, loadVariants],
  );

  const startCanary = useCallback(
    (candidate: string, percent: number) =>
      change('canary', candidate, `Send ${Math.round(percent)}% of traffic to ${candidate} (canary)`, (current) => {
        const stable = stableVersion(current, candidate);
        if (!stable) return `No other version serves traffic now, so ${candidate} cannot be a canary beside it. Promote it instead (all at once).`;
        const r = canaryVariants(stable, candidate, percent);
        return r.ok ? r.variants : r.reason;
      }),
    [change],
  );

  const promote = useCallback((candidate: string) => change('promote', candidate, `Promote ${candidate}: send it 100% of traffic`, () => allTrafficTo(candidate)), [change]);

  const target = rollbackTarget(history);
  const rollback = useCallback(() => {
    const open = history.at(-1);
    if (!target || !open) return Promise.resolve(false);
    const label = target.map((v) => `${v.version} ${v.weight}%`).join(', ');
    return change('rollback', open.candidate, `Roll back to the config before the release (${label})`, () => target);
  }, [change, history, target]);

  return { models, variants, steps, history, historyNotice: notice, busy, failed, rollbackTo: target, refresh, register, startCanary, promote, rollback };
}

/** What useUpdateRelease returns (the page passes it to its sections). */
export type UpdateRelease = ReturnType<typeof useUpdateRelease>;
