import { useCallback, useEffect, useRef, useState } from 'react';
import { sendRequest } from '../../api/client';
import { parseCsvTable } from '../../core/data/csv';
import type { CsvTable } from '../../core/data/csv';
import type { Exchange } from '../../core/http/exchange';
import { markStageTried } from '../../store/progress-store';

/** Where the URL of the raw data set lives in the API. */
export const DATASET_URL = '/api/datasets/penguins.csv';

export type Retrieval =
  | { state: 'loading' }
  | { state: 'failed'; exchange: Exchange; message: string }
  | { state: 'done'; exchange: Exchange; table: CsvTable };

/** Fetches the raw CSV through the API client and parses it; `retry` starts again. */
export function useDatasetRetrieval(): { retrieval: Retrieval; retry: () => void } {
  const [retrieval, setRetrieval] = useState<Retrieval>({ state: 'loading' });
  const generation = useRef(0);

  const load = useCallback(() => {
    // Only the latest request may update the state (a retry or unmount makes older ones stale).
    const mine = ++generation.current;
    setRetrieval({ state: 'loading' });
    void sendRequest({ method: 'GET', url: DATASET_URL, headers: [['Accept', 'text/csv']], body: null }).then((exchange) => {
      if (mine !== generation.current) return;
      const res = exchange.response;
      if (!res) setRetrieval({ state: 'failed', exchange, message: exchange.error ?? 'No response.' });
      else if (res.status !== 200) setRetrieval({ state: 'failed', exchange, message: `The server answered ${res.status} ${res.statusText}.` });
      else setRetrieval({ state: 'done', exchange, table: parseCsvTable(res.body) });
      if (res?.status === 200) markStageTried('retrieve');
    });
  }, []);

  useEffect(() => {
    load();
    return () => {
      generation.current += 1;
    };
  }, [load]);

  return { retrieval, retry: load };
}
