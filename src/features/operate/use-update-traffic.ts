import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sendRequest } from '../../api/client';
import { headerValue } from '../../core/http/exchange';
import { fitBirdPopulation } from '../../core/monitoring/bird-population';
import { createRng } from '../../core/rng';
import { feedbackBody, makeTrafficRequest } from '../../core/monitoring/traffic';
import type { SourceRow, TrafficScenario } from '../../core/monitoring/traffic';
import { ENDPOINT } from './use-update-release';

/** How many requests the "send" button sends, and how many are in flight at once (a small, polite burst). */
export const BURST = { requests: 50, concurrency: 4 } as const;

/** Progress of a burst: sent so far, answered 200, failed, and which version answered how many. */
export interface BurstProgress {
  running: boolean;
  sent: number;
  answered: number;
  failed: number;
  byVersion: Record<string, number>;
}

const IDLE: BurstProgress = { running: false, sent: 0, answered: 0, failed: 0, byVersion: {} };

/**
 * Sends a burst of BURST.requests real invocations (one new bird each, drawn like `rows`, transformed as the scenario says) through
 * the API client, and for every 200 the ground-truth feedback call, so the comparison gets accuracy too. Stops on unmount.
 */
export function useUpdateTraffic(rows: readonly SourceRow[]) {
  const [progress, setProgress] = useState<BurstProgress>(IDLE);
  const live = useRef(true);
  // New birds, never replayed rows: the canary is graded on birds no version trained on (see makeTrafficRequest).
  const population = useMemo(() => (rows.length === 0 ? null : fitBirdPopulation(rows)), [rows]);
  const running = useRef(false);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const send = useCallback(
    async (scenario: TrafficScenario) => {
      if (running.current || population === null) return;
      running.current = true;
      const random = createRng(Date.now() >>> 0);
      let next = 0;
      const tally: BurstProgress = { ...IDLE, running: true, byVersion: {} };
      setProgress({ ...tally });
      const one = async () => {
        const req = makeTrafficRequest(population, scenario, random);
        const ex = await sendRequest({
          method: 'POST',
          url: `/api/endpoints/${ENDPOINT}/invocations`,
          headers: [
            ['Content-Type', req.contentType],
            ['X-Client', 'update-page'],
          ],
          body: req.body,
        });
        tally.sent += 1;
        const version = ex.response ? headerValue(ex.response.headers, 'X-Model-Version') : null;
        const requestId = ex.response ? headerValue(ex.response.headers, 'X-Request-Id') : null;
        if (ex.response?.status === 200) tally.answered += 1;
        else tally.failed += 1;
        if (version) tally.byVersion[version] = (tally.byVersion[version] ?? 0) + 1;
        if (live.current) setProgress({ ...tally, byVersion: { ...tally.byVersion } });
        if (ex.response?.status === 200 && requestId && req.labels) {
          await sendRequest({
            method: 'POST',
            url: `/api/endpoints/${ENDPOINT}/feedback`,
            headers: [
              ['Content-Type', 'application/json'],
              ['X-Client', 'update-page'],
            ],
            body: feedbackBody(requestId, req.labels),
          });
        }
      };
      const worker = async () => {
        while (live.current && next < BURST.requests) {
          next += 1;
          await one();
        }
      };
      await Promise.all(Array.from({ length: BURST.concurrency }, worker));
      running.current = false;
      if (live.current) setProgress({ ...tally, running: false, byVersion: { ...tally.byVersion } });
    },
    [population],
  );

  return { progress, send };
}
