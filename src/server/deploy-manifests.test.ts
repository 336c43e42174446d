// @vitest-environment node
import { readFileSync } from 'node:fs';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createServerApp } from './create-server-app';
import { DRAIN_TIMEOUT_MS } from './listen';
import { DEFAULT_PORT, parseServerOptions } from './options';
import { makeAppDir } from './test-fixtures';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const dockerfile = read('public/deploy/Dockerfile');

interface Probe {
  httpGet: { path: string; port: string };
}
interface Container {
  args: string[];
  ports: { name: string; containerPort: number }[];
  readinessProbe: Probe;
  livenessProbe: Probe;
  lifecycle?: { preStop?: { exec: { command: string[] } } };
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  env: { name: string }[];
}
const deployment = parse(read('public/deploy/k8s/deployment.yaml')) as {
  kind: string;
  metadata: { name: string };
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: { metadata: { labels: Record<string, string> }; spec: { terminationGracePeriodSeconds: number; containers: Container[] } } };
};
const service = parse(read('public/deploy/k8s/service.yaml')) as { kind: string; spec: { selector: Record<string, string>; ports: { targetPort: string | number }[] } };
const hpa = parse(read('public/deploy/k8s/hpa.yaml')) as {
  kind: string;
  spec: { scaleTargetRef: { kind: string; name: string }; minReplicas: number; metrics: { resource: { name: string } }[] };
};
const container = deployment.spec.template.spec.containers[0] as Container;

/** The JSON array of a Dockerfile instruction (ENTRYPOINT ["node", …]). */
function instruction(name: string): string[] {
  const line = dockerfile.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`no ${name} in the Dockerfile`);
  return JSON.parse(line.slice(name.length + 1)) as string[];
}

describe('container and manifests agree with the code', () => {
  it('probe paths are routes the server answers with 200 (live at once, ready with models loaded)', async () => {
    const app = await createServerApp({ port: 0, host: '127.0.0.1', modelDirs: [], token: undefined, allowOrigins: [], appDir: makeAppDir() }, pino({ level: 'silent' }));
    const healthcheck = /fetch\('http:\/\/127\.0\.0\.1:(\d+)(\/[^']+)'\)/.exec(dockerfile);
    const paths = [container.readinessProbe.httpGet.path, container.livenessProbe.httpGet.path, healthcheck?.[2] ?? 'missing'];
    expect(paths).toEqual(['/api/v2/health/ready', '/api/v2/health/live', '/api/v2/health/live']);
    for (const path of paths) expect((await app.handler(new Request(`http://127.0.0.1${path}`))).status, path).toBe(200);
    expect(Number(healthcheck?.[1])).toBe(DEFAULT_PORT);
  });

  it('one port everywhere: the server\'s --port, the container port, EXPOSE, and the Service\'s target', () => {
    const args = [...instruction('CMD')];
    expect(args[args.indexOf('--port') + 1]).toBe(String(DEFAULT_PORT));
    expect(container.args[container.args.indexOf('--port') + 1]).toBe(String(DEFAULT_PORT));
    expect(container.ports).toEqual([{ name: 'http', containerPort: DEFAULT_PORT }]);
    expect(dockerfile).toMatch(new RegExp(`^EXPOSE ${DEFAULT_PORT}$`, 'm'));
    expect(service.spec.ports[0]?.targetPort).toBe('http');
    expect(container.readinessProbe.httpGet.port).toBe('http');
  });

  it('the container runs the serve program (src/server/main.ts, bundled) with options it accepts, token from a Secret', () => {
    expect(dockerfile).toMatch(/vite build --config src\/server\/vite\.config\.ts --outDir \/out\/server/);
    expect(read('src/server/vite.config.ts')).toMatch(/ssr: 'src\/server\/main\.ts'/);
    expect(read('src/server/start.mjs')).toMatch(/'src\/server\/main\.ts'/);
    expect((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.serve).toBe('node src/server/start.mjs');
    expect(instruction('ENTRYPOINT')).toEqual(['node', 'server/main.js']);
    const env = { DEPLOY_LAB_TOKEN: 'a-secret-from-kubernetes' };
    for (const args of [instruction('CMD'), container.args]) expect(parseServerOptions(args, env), args.join(' ')).toMatchObject({ ok: true, options: { host: '0.0.0.0' } });
    // Without the token both would refuse to start: a non-loopback bind needs one.
    expect(parseServerOptions(container.args, {}).ok).toBe(false);
    expect(container.env.map((e) => e.name)).toContain('DEPLOY_LAB_TOKEN');
  });

  it('the grace period outlasts preStop plus the drain', () => {
    const preStop = Number(container.lifecycle?.preStop?.exec.command[1] ?? 0);
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(preStop + DRAIN_TIMEOUT_MS / 1000);
  });

  it('3 replicas with requests and limits, a Service on their labels, an HPA on CPU scaling that Deployment', () => {
    expect(deployment.spec.replicas).toBe(3);
    expect(deployment.spec.template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(Object.keys(container.resources.requests).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(container.resources.limits).sort()).toEqual(['cpu', 'memory']);
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBe(deployment.spec.replicas);
    expect(hpa.spec.metrics.map((m) => m.resource.name)).toEqual(['cpu']);
  });

  it('the image is multi-stage on node:20-slim, installs production dependencies only and runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM node:20-slim/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
  });
});
