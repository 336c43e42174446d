import { useCallback, useEffect, useState } from 'react';
import type { ServedVariant } from '../core/format/serving-versions';
import { servingPhrase, servingVariants } from '../core/format/serving-versions';
import { sendRequest } from './client';
import { subscribeThrottled } from './log-subscription';
import { whenMockApiStarted } from './mock-api';

/** What endpoint "penguins" serves, as the endpoint itself describes it. */
export type ServingVersions =
  | { state: 'loading' }
  | { state: 'ready'; variants: ServedVariant[]; phrase: string; features: string[] }
  | { state: 'error'; message: string };

/** A request that may change what is served: anything but a read of the models or endpoints. */
const CHANGES_SERVING = /^\/api\/(endpoints|models)(\/|$)/;

let inflight: Promise<ServingVersions> | null = null;

/** Asks the endpoint what it serves; callers at the same moment (several sections of one page) share one request. */
function askServing(): Promise<ServingVersions> {
  inflight ??= describeServing().finally(() => {
    inflight = null;
  });
  return inflight;
}

async function describeServing(): Promise<ServingVersions> {
  const ex = await sendRequest({ method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null });
  if (ex.response?.status !== 200) return { state: 'error', message: ex.response ? `GET /api/endpoints/penguins answered ${ex.response.status}` : (ex.error ?? 'no answer') };
  try {
    const described = JSON.parse(ex.response.body) as { variants?: ServedVariant[]; input?: { features?: { name: string }[] } | null };
    const variants = servingVariants(described.variants ?? []);
    return { state: 'ready', variants, phrase: servingPhrase(variants), features: (described.input?.features ?? []).map((f) => f.name) };
  } catch {
    return { state: 'error', message: 'GET /api/endpoints/penguins answered something that is not JSON' };
  }
}

/**
 * The versions endpoint "penguins" serves now (GET /api/endpoints/penguins), largest share first, a phrase
 * naming them ("v2 (90 %) and v1 (10 %)") and the input features its schema asks for. Asked again after any PUT, POST or DELETE the in-tab API records, so
 * text naming the version stays true when the learner redeploys or rolls back on this page.
 */
export function useServingVersions(): ServingVersions & { refresh: () => Promise<void> } {
  const [serving, setServing] = useState<ServingVersions>({ state: 'loading' });

  const refresh = useCallback(async () => setServing(await askServing()), []);

  useEffect(() => {
    let live = true;
    let unsubscribe: () => void = () => {};
    const guarded = () => {
      if (live) void refresh();
    };
    guarded();
    void whenMockApiStarted().then((api) => {
      if (!live) return;
      let seen = api.log.total();
      unsubscribe = subscribeThrottled(api.log, 300, () => {
        const added = api.log.total() - seen;
        seen = api.log.total();
        const fresh = added > 0 ? api.log.entries().slice(-added) : [];
        if (fresh.some((e) => e.method !== 'GET' && e.method !== 'HEAD' && CHANGES_SERVING.test(e.path) && e.status < 400)) guarded();
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [refresh]);

  return { ...serving, refresh };
}
