// @vitest-environment node
import { rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { StartupError, createServerApp } from './create-server-app';
import { makeAppDir, makeModelFolder } from './test-fixtures';

const appDir = makeAppDir();
const logger = pino({ level: 'silent' });
const start = (modelDirs: string[]) => createServerApp({ port: 0, host: '127.0.0.1', modelDirs, token: undefined, allowOrigins: [], appDir }, logger);

/** The problems a start with these folders fails with (none when it starts). */
async function startupProblems(modelDirs: string[]) {
  try {
    await start(modelDirs);
    return [];
  } catch (e) {
    if (!(e instanceof StartupError)) throw e;
    return e.problems;
  }
}

const invoke = (handler: (r: Request) => Promise<Response>) =>
  handler(
    new Request('http://127.0.0.1/api/endpoints/penguins/invocations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ instances: [{ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }] }),
    }),
  );

describe('--models folders', () => {
  it('starts with v1 only and serves it', async () => {
    const app = await start([]);
    expect(app.versions).toEqual(['v1']);
    expect(app.serving).toBe('v1');
  });

  it('registers each folder as the next version through POST /api/models; the last one serves "penguins"', async () => {
    const mine = makeModelFolder({ file: 'card.json', change: (c) => Object.assign(c, { name: 'my-penguins' }) });
    const app = await start([makeModelFolder(), mine]);
    expect(app.versions).toEqual(['v1', 'v2', 'v3']);
    expect(app.serving).toBe('v3');
    expect(app.context.registry.getVersion('v3')?.card.name).toBe('my-penguins');
    const res = await invoke(app.handler);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Model-Version')).toBe('v3');
  });

  it('blames the file and the field the API check refuses (a negative std in preprocessing.json)', async () => {
    const bad = makeModelFolder({ file: 'preprocessing.json', change: (p) => ((p.features as { std: number }[])[0] as { std: number }).std = -1 });
    expect(await startupProblems([bad])).toEqual([expect.objectContaining({ file: join(bad, 'preprocessing.json'), field: '/features/0/std' })]);
  });

  it('blames a missing card.json', async () => {
    const bad = makeModelFolder();
    rmSync(join(bad, 'card.json'));
    expect(await startupProblems([bad])).toEqual([{ file: join(bad, 'card.json'), field: '', reason: 'cannot be read (ENOENT)' }]);
  });

  it('blames the weights file when it is shorter than model.json says', async () => {
    const bad = makeModelFolder();
    truncateSync(join(bad, 'weights.bin'), 100);
    const problems = await startupProblems([bad]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.file).toBe(join(bad, 'weights.bin'));
  });

  it('refuses to start at all when any folder fails, even after good ones', async () => {
    const bad = makeModelFolder({ file: 'model.json', change: (m) => delete m.modelTopology });
    const problems = await startupProblems([makeModelFolder(), bad]);
    expect(problems[0]?.file).toBe(join(bad, 'model.json'));
  });
});
