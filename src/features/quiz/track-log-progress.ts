import { subscribeThrottled } from '../../api/log-subscription';
import { requestLog } from '../../api/mock-api';
import { stageTriedBy } from '../../core/progress/stage-activity';
import { markStageTried } from '../../store/progress-store';

let started = false;
const SCAN_MS = 1000;

/**
 * Watches the request log for the whole visit and marks stages tried from what it shows (traffic generated →
 * monitor, a canary split → update). Started once by the app when the in-tab API starts; later calls do nothing.
 */
export async function trackProgressFromLog(): Promise<void> {
  if (started) return;
  started = true;
  const log = await requestLog();
  let seen = 0;
  const scan = () => {
    // Walk back to the first unseen entry: the log holds up to 10,000, and traffic adds 50 a second.
    const entries = log.entries();
    let i = entries.length;
    while (i > 0 && (entries[i - 1]?.seq ?? 0) > seen) i -= 1;
    for (const entry of entries.slice(i)) {
      seen = entry.seq;
      const stage = stageTriedBy(entry);
      if (stage) markStageTried(stage);
    }
  };
  scan();
  // Coalesced to one scan a second: `entries()` copies the log (up to 10,000 entries), and at 50 requests a
  // second a scan per entry made that copy 50+ times a second on the thread that answers the requests.
  subscribeThrottled(log, SCAN_MS, scan);
}
