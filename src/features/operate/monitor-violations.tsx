import { memo } from 'react';
import type { ViolationsReport } from '../../core/monitoring/violations';
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

/** The monitoring job's output in the shape SageMaker Model Monitor writes it, with a download button. */
export const MonitorViolations = memo(function MonitorViolations({ report }: { report: ViolationsReport | null }) {
  const json = JSON.stringify(report ?? { violations: [] }, null, 2);
  const n = report?.violations.length ?? 0;
  return (
    <section className="monitor-section" aria-labelledby="monitor-violations">
      <h2 id="monitor-violations">The violations report</h2>
      <p className="measure">
        A monitoring job on a cloud platform runs on a schedule, compares the captured requests with the baseline and writes a report. Amazon SageMaker Model
        Monitor calls it <code>constraint_violations.json</code>. Here is the same shape for the last minute: {n === 0 ? 'no violation.' : `${n} violation${n === 1 ? '' : 's'}.`}
      </p>
      <CodeBlock label="constraint_violations.json">{json}</CodeBlock>
      <p>
        <button type="button" onClick={() => download('constraint_violations.json', `${json}\n`)}>
          Download constraint_violations.json
        </button>
      </p>
    </section>
  );
});
