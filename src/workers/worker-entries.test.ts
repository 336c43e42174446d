// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// zod decides whether to compile parsers with `new Function` when a schema is created, so the module that
// makes it jitless must be evaluated before any other: the first import of every entry point. Under the
// app's CSP the probe would be refused and reported as a violation. (The CSP browser test watches the
// workers too, but only from when Playwright reports them, which can be after their first module ran.)
describe('entry points make zod jitless before anything else', () => {
  it.each(['src/workers/training.worker.ts', 'src/workers/traffic.worker.ts', 'src/app/main.tsx'])('%s', (file) => {
    const firstImport = /^import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(file, 'utf8'))?.[1];
    expect(firstImport).toBe('../core/zod-jitless');
  });
});
