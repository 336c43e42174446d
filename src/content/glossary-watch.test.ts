// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './glossary';
import { GLOSSARY } from './glossary';
import { createTermMatcher, unexplainedUses } from './glossary-linker';
import { WATCHED_WORDS } from './glossary-watch';

const SRC = join(import.meta.dirname, '..');

/** Every source file of the lesson content and the pages (tests and the glossary's own files excluded). */
function sourceFiles(): string[] {
  return ['content', 'features', 'ui', 'app'].flatMap((dir) =>
    readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !/glossary/.test(f))
      .map((f) => join(SRC, dir, f)),
  );
}

/**
 * The prose of a source file as a learner reads it: string and template literals, and JSX text between tags.
 * Comments are removed first (they are for developers); code names such as `f1` or `rule === 'iqr'` in lower case
 * stay out because all-capital words are watched in capitals only.
 */
function proseOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const literals = [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  // Text between tags, with {expressions} cut out (their string parts are literals above).
  const jsxText = [...code.matchAll(/>([^<>]*[A-Za-z][^<>]*)</g)].map((m) => (m[1] ?? '').replace(/\{[^{}]*\}/g, ' '));
  return [...literals, ...jsxText].filter((t) => /[A-Za-z]/.test(t));
}

const matcher = createTermMatcher(GLOSSARY);
const describeUse = (u: { word: string; context: string }) => `"${u.word}" in …${u.context.replace(/\s+/g, ' ')}…`;

describe('every watched word the lessons and pages use is explained in the glossary', () => {
  const files = sourceFiles();

  it('scans the real pages and lessons (the scan is not empty)', () => {
    expect(files.some((f) => f.endsWith('stages.ts'))).toBe(true);
    expect(files.some((f) => f.endsWith('train-page.tsx'))).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it('lesson text and UI text: no watched word without an entry', () => {
    const problems = files.flatMap((file) => unexplainedUses(proseOf(readFileSync(file, 'utf8')), WATCHED_WORDS, matcher).map((u) => `${file.slice(SRC.length + 1)}: ${describeUse(u)}`));
    expect(problems).toEqual([]);
  });

  it('every watched word has an entry, used or not yet', () => {
    const missing = unexplainedUses(WATCHED_WORDS, WATCHED_WORDS, matcher).map(describeUse);
    expect(missing).toEqual([]);
  });

  it('the terms issue 15 listed are all defined', () => {
    const listed = ['relu', 'tanh', 'sigmoid', 'softmax', 'adam', 'sgd', 'gradient descent', 'mini-batch', 'seed', 'one-hot', 'X_train', 'weights', 'IQR', 'Q1', 'Q3', 'z-score', 'F1', 'MLP', 'KiB', 'cache-control', 'content-disposition', 'x-request-id', 'DevTools', 'service worker', 'Web Worker', 'cold start', 'curl', 'JSON Pointer', 'RFC 9457', 'FP32', 'tensor', 'exponential backoff', 'Server-Timing', 'p50', 'p95', 'p99', 'PSI', 'quantile bin', 'SageMaker', 'KServe', 'Triton', 'MLflow'];
    expect(unexplainedUses(listed, listed, matcher).map(describeUse)).toEqual([]);
  });
});

describe('the scan fails where it should', () => {
  const without = (id: string): GlossaryTerm[] => GLOSSARY.filter((t) => t.id !== id);

  it('a watched word whose entry is removed is reported, with where it was used', () => {
    const uses = unexplainedUses(['Training uses the Adam optimizer.'], ['Adam'], createTermMatcher(without('adam')));
    expect(uses).toEqual([{ word: 'Adam', context: 'Training uses the Adam optimizer.' }]);
  });

  it('plurals count as uses; words inside paths, names or longer words do not', () => {
    const m = createTermMatcher(without('tensor'));
    expect(unexplainedUses(['Two tensors.'], ['tensor'], m)).toHaveLength(1);
    expect(unexplainedUses(['TensorFlow and /api/tensor and my_tensor'], ['tensor'], m)).toEqual([]);
  });

  it('a spelling no entry lists is reported even when the term exists in another spelling', () => {
    const onlyCapitals = [...without('sgd'), { id: 'sgd', term: 'SGD', definition: 'Stochastic gradient descent.' }];
    expect(unexplainedUses(['optimizer: sgd'], ['sgd'], createTermMatcher(onlyCapitals))).toHaveLength(1);
  });

  it('reads prose from code: literals and JSX text, not comments', () => {
    const prose = proseOf(`// a softmax comment\nconst x = 'Uses softmax';\nreturn <p>With tanh {n} units</p>;`);
    expect(prose).toContain('Uses softmax');
    expect(prose.some((t) => t.includes('With tanh'))).toBe(true);
    expect(prose.join(' ')).not.toContain('comment');
  });
});
