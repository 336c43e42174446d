import { memo } from 'react';
import type { ViolationsReport } from '../../core/monitoring/violations';
import { DEFAULT_DRIFT_THRESHOLD, MODELLED_ON_FILE, VIOLATIONS_FILE } from '../../core/monitoring/violations';
import { CodeBlock } from '../../ui/code-block';

/** Saves text as a file through a temporary object URL (released right after the click). */
function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The monitoring job's output, modelled on SageMaker Model Monitor's report (same fields, not the same checks), with a download button. */
export const MonitorViolations = memo(function MonitorViolations({ report }: { report: ViolationsReport | null }) {
  const json = JSON.stringify(report ?? { violations: [] }, null, 2);
  const n = report?.violations.length ?? 0;
  return (
    <section className="monitor-section" aria-labelledby="monitor-violations">
      <h2 id="monitor-violations">The violations report</h2>
      <div className="measure">
        <p>
          A monitoring job on a cloud platform runs on a schedule. It compares the captured requests with the baseline and writes a report. Amazon SageMaker AI
          Model Monitor calls its report <code>{MODELLED_ON_FILE}</code>. (Model Monitor is closed to new customers; existing ones can still use it.)
        </p>
        <p>
          Ours, <code>{VIOLATIONS_FILE}</code>, is modelled on it, not the same file. It has the same three fields per violation. Two things differ.{' '}
          <code>value_range_check</code> is our own check: SageMaker has none. Our <code>baseline_drift_check</code> fires when PSI is above {DEFAULT_DRIFT_THRESHOLD}; SageMaker's
          compares a distance between the two distributions with a threshold you set (<code>comparison_threshold</code>).
        </p>
        <p>The last minute: {n === 0 ? 'no violation.' : `${n} violation${n === 1 ? '' : 's'}.`}</p>
      </div>
      <CodeBlock label={`${VIOLATIONS_FILE} (modelled on ${MODELLED_ON_FILE})`}>{json}</CodeBlock>
      <p>
        <button type="button" onClick={() => download(VIOLATIONS_FILE, `${json}\n`)}>
          Download {VIOLATIONS_FILE}
        </button>
      </p>
    </section>
  );
});
