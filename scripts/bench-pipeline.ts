// Benchmark: re-running the whole data pipeline (344 rows) after a slider change.
// Budget (issue 3): median ≤ 5 ms in Node. Prints a table; exits 1 if over budget.
import { runPipeline } from '../src/core/data/pipeline';
import { DEFAULT_PIPELINE } from '../src/core/data/pipeline-state';
import type { PipelineState } from '../src/core/data/pipeline-state';
import { rawTestRows } from '../src/core/data/test-rows';

const BUDGET_MS = 5;
const RUNS = 300;
const raw = rawTestRows();

const cases: [string, (i: number) => PipelineState][] = [
  ['default path', () => DEFAULT_PIPELINE],
  ['outlier slider moving (IQR k varies, remove on)', (i) => ({ ...DEFAULT_PIPELINE, outliers: { rule: 'iqr', threshold: 0.5 + (i % 25) / 10, remove: true } })],
  ['seed changing (stratified split)', (i) => ({ ...DEFAULT_PIPELINE, split: { ...DEFAULT_PIPELINE.split, seed: i } })],
  ['messy data, all fixes, median imputation', () => ({ ...DEFAULT_PIPELINE, messy: true, cleaning: { dropDuplicates: true, fixLabels: true, invalidAsMissing: true }, missing: 'median' })],
  ['min-max scaler fitted on all rows (leakage demo)', () => ({ ...DEFAULT_PIPELINE, scaler: 'minmax', fitScalerOnAll: true })],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

let over = false;
console.log(`runPipeline on ${raw.length} rows, ${RUNS} runs each after 50 warm-up runs (budget: median ≤ ${BUDGET_MS} ms)\n`);
console.log(`${'case'.padEnd(52)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
for (const [name, state] of cases) {
  for (let i = 0; i < 50; i++) runPipeline(raw, state(i));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = state(i);
    const t0 = performance.now();
    runPipeline(raw, s);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const med = percentile(times, 0.5);
  if (med > BUDGET_MS) over = true;
  console.log(`${name.padEnd(52)} ${med.toFixed(2).padStart(7)}ms ${percentile(times, 0.95).toFixed(2).padStart(7)}ms ${(times[times.length - 1] as number).toFixed(2).padStart(7)}ms`);
}
console.log(over ? '\npipeline bench: OVER BUDGET' : '\npipeline bench: OK');
process.exitCode = over ? 1 : 0;
