import { Link } from 'react-router';
import { formatDateTime } from '../../core/format/date-time';
import { FEEDBACK_SHARE } from '../../core/monitoring/traffic-schedule';
import { shareInWords } from './monitor-format';
import { formatCount } from '../../core/format/count';

/** The Monitor link that opens with the scenario this step needs already chosen. */
export const MONITOR_NEW_POPULATION = '/deploy/monitor?scenario=new-population';

interface Props {
  /** When the oldest exchange the log holds started (ms since the epoch), or null when it holds none. */
  oldestAt: number | null;
  /** How many exchanges the log holds, and at most. */
  held: number;
  capacity: number;
  /** Feedback labels that were sent but could not be used. */
  skipped: number;
}

/** Why Update has nothing to retrain on, exactly: since when the log holds no usable feedback, and how to get some. */
export function UpdateFeedbackEmpty({ oldestAt, held, capacity, skipped }: Props) {
  return (
    <div className="callout">
      <p>
        <strong>
          {oldestAt === null
            ? 'No labelled feedback: the request log is empty.'
            : `No labelled feedback since ${formatDateTime(oldestAt)}, ${held === 1 ? 'when the one request the log holds was sent' : `the oldest of the ${formatCount(held)} requests the log holds`}.`}
        </strong>{' '}
        The log keeps the last {formatCount(capacity)} requests, across pages and reloads, until you clear it.
      </p>
      <p>
        <Link to={MONITOR_NEW_POPULATION}>Go to Monitor and run New population</Link> for about a minute: for {shareInWords(FEEDBACK_SHARE)} predictions the
        traffic generator sends the true species back as feedback, a few seconds later. It keeps running when you come back here (the header shows it).
      </p>
      {skipped > 0 && <p className="muted">{skipped} feedback labels could not be used (their request is no longer in the log, or it was refused).</p>}
    </div>
  );
}
