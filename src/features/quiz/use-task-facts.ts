import { startTransition, useEffect, useState } from 'react';
import { sendRequest } from '../../api/client';
import { subscribeThrottled } from '../../api/log-subscription';
import { requestLog } from '../../api/mock-api';
import type { RequestSpec } from '../../core/http/exchange';
import type { RequestLogEntry } from '../../core/monitoring/log-entry';
import type { RegisteredVersion, TaskFacts } from '../../core/quiz/tasks';
import { variantsFromEndpointBody, versionsFromModelsBody } from '../../core/quiz/tasks';

/** Log changes are applied at most this often: traffic can add 50 entries a second. */
const THROTTLE_MS = 400;
const get = (url: string): RequestSpec => ({ method: 'GET', url, headers: [['Accept', 'application/json'], ['X-Client', 'quiz']], body: null });

/** A successful change to the registry (register a version, change or delete an endpoint): the time to read it again. */
const changesRegistry = (e: RequestLogEntry) =>
  e.method !== 'GET' && e.kind === 'other' && e.status >= 200 && e.status < 300 && (e.path.startsWith('/api/models') || e.path.startsWith('/api/endpoints/'));

async function readRegistry(): Promise<{ models: RegisteredVersion[] | null; variants: { version: string; weight: number }[] | null }> {
  const [models, endpoint] = await Promise.all([sendRequest(get('/api/models')), sendRequest(get('/api/endpoints/penguins'))]);
  return {
    models: models.response?.status === 200 ? versionsFromModelsBody(models.response.body) : null,
    variants: endpoint.response?.status === 200 ? variantsFromEndpointBody(endpoint.response.body) : null,
  };
}

/** What the tasks are checked against, kept live: the request log (throttled) and, if asked for, the registry. */
export type TaskFactsState = { kind: 'off' } | { kind: 'loading' } | { kind: 'ready'; facts: TaskFacts } | { kind: 'error'; message: string };

/**
 * Subscribes to the request log of this visit while `enabled` (starting the in-browser API if needed);
 * with `withRegistry`, also reads GET /api/models and GET /api/endpoints/penguins, again after each registry change.
 */
export function useTaskFacts(enabled: boolean, withRegistry: boolean): TaskFactsState {
  const [state, setState] = useState<TaskFactsState>(enabled ? { kind: 'loading' } : { kind: 'off' });

  useEffect(() => {
    if (!enabled) {
      setState({ kind: 'off' });
      return;
    }
    let live = true;
    let unsubscribe = () => {};
    let facts: TaskFacts = { entries: [], models: null, variants: null };
    let registrySeen = 0;
    const publish = () => live && startTransition(() => setState({ kind: 'ready', facts }));
    const refreshRegistry = () =>
      void readRegistry().then((r) => {
        facts = { ...facts, ...r };
        publish();
      });

    setState({ kind: 'loading' });
    requestLog()
      .then((log) => {
        if (!live) return;
        const apply = () => {
          const entries = log.entries();
          facts = { ...facts, entries };
          // Our own GETs land in the log too; only a real registry change triggers a new read.
          const changes = entries.filter(changesRegistry).length;
          if (withRegistry && changes !== registrySeen) {
            registrySeen = changes;
            refreshRegistry();
          }
          publish();
        };
        unsubscribe = subscribeThrottled(log, THROTTLE_MS, apply);
        registrySeen = log.entries().filter(changesRegistry).length;
        if (withRegistry) refreshRegistry();
        apply();
      })
      .catch(() => live && setState({ kind: 'error', message: 'The in-browser API could not start, so tasks cannot be checked. Reload the page and try again.' }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [enabled, withRegistry]);

  return state;
}
