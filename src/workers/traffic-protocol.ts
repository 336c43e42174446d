// Messages between the monitor page and the traffic worker (structured-clone data only).
import type { SourceRow } from '../core/monitoring/traffic';
import type { TrafficCounts, TrafficSettings } from '../core/monitoring/traffic-schedule';

/**
 * Page → worker. `runId` tags a run so a late message of a stopped run is not taken for the next one's.
 * `pause`/`resume` follow the tab's visibility: MSW answers a worker's requests only for a visible tab.
 */
export type ToTrafficWorker =
  | { type: 'start'; runId: number; rows: SourceRow[]; settings: TrafficSettings }
  | { type: 'update'; settings: TrafficSettings }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' };

/** Worker → page: the counters a few times a second while running, and once when the run ends (reason null: stopped by hand). */
export type FromTrafficWorker = { type: 'counts'; runId: number; counts: TrafficCounts } | { type: 'stopped'; runId: number; counts: TrafficCounts; reason: string | null };
