import { formatDateTime } from '../../core/format/date-time';
import { describeConfig } from '../../core/modeling/train-config';
import type { TrainingRun } from './model-session';

/** A moment for people in the lab's one date format (the reader's locale and time zone), e.g. "Nov 26, 2026, 5:04 PM". */
export function formatWhen(iso: string): string {
  return formatDateTime(iso);
}

/** A share as a whole percentage, e.g. 0.9804 → "98%" (one decimal when it would round to 100% but is not). */
export function pct(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const whole = Math.round(share * 100);
  return whole === 100 && share < 1 ? `${(share * 100).toFixed(1)}%` : `${whole}%`;
}

/** A probability with one decimal, never rounded up to a certainty: 0.9996 → ">99.9%", 0.0004 → "<0.1%". */
export function probability(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p >= 0.9995 && p < 1) return '>99.9%';
  if (p > 0 && p < 0.0005) return '<0.1%';
  return `${(p * 100).toFixed(1)}%`;
}

/** A byte count for people: "524 bytes", "5.9 KB". */
export function formatBytes(n: number): string {
  return n < 1000 ? `${n} bytes` : `${(n / 1000).toFixed(1)} KB`;
}

/** How a run is named on this page: its settings and when it started. */
export function runLabel(run: Pick<TrainingRun, 'config' | 'startedAt' | 'source'>): string {
  return `${run.source === 'tune' ? 'Tuning' : 'Training'} run of ${formatWhen(run.startedAt)} (${describeConfig(run.config)})`;
}

/** "1 penguin" / "51 penguins". */
export function penguins(n: number): string {
  return `${n} penguin${n === 1 ? '' : 's'}`;
}

/** The baseline comparison in plain words, with the learner's numbers. */
export function baselineSentence(className: string, baselineAccuracy: number, modelAccuracy: number): string {
  const gap = Math.round((modelAccuracy - baselineAccuracy) * 100);
  const verdict =
    gap >= 20
      ? `That is ${gap} percentage points better than guessing.`
      : gap > 0
        ? `Only ${gap} percentage points better than guessing: the model has learned little.`
        : 'The model is no better than guessing.';
  return `Always guessing ${className} would get ${pct(baselineAccuracy)} right; your model gets ${pct(modelAccuracy)}. ${verdict}`;
}
