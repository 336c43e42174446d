// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadReferenceVersionFromDisk } from '../../ml/load-predictor-node';
import { Registry } from './registry';
import { defaultRegistryState } from './registry-state';
import { runtimeContext } from './runtime-context';

const AT = '2026-12-01T10:00:00.000Z';
const registry = new Registry(defaultRegistryState(await loadReferenceVersionFromDisk(), AT));
const loader = async () => ({ predict: async () => [] });

describe('runtimeContext', () => {
  it('passes the registry and loader through and uses Math.random', () => {
    const ctx = runtimeContext(registry, loader, () => '');
    expect(ctx.registry).toBe(registry);
    expect(ctx.loadPredictor).toBe(loader);
    expect(ctx.random).toBe(Math.random);
  });

  it('makes the CSV once, on the first request, and answers the same text after', async () => {
    let made = 0;
    const ctx = runtimeContext(registry, loader, () => `species\nAdelie ${++made}\n`);
    expect(made).toBe(0);
    expect(await ctx.datasetCsv()).toBe('species\nAdelie 1\n');
    expect(await ctx.datasetCsv()).toBe('species\nAdelie 1\n');
    expect(made).toBe(1);
  });

  it('reads a monotonic millisecond clock: performance.now()', () => {
    const ctx = runtimeContext(registry, loader, () => '');
    const before = performance.now();
    const t = ctx.now();
    const after = performance.now();
    expect(typeof t).toBe('number');
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(after);
  });

  it('stamps the wall-clock time as an ISO 8601 string', () => {
    const ctx = runtimeContext(registry, loader, () => '');
    const before = Date.now();
    const stamp = ctx.timestamp();
    expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(stamp)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(stamp)).toBeLessThanOrEqual(Date.now());
  });

  it('answers a new version-4 UUID per request id', () => {
    const ctx = runtimeContext(registry, loader, () => '');
    const a = ctx.newRequestId();
    const b = ctx.newRequestId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
  });
});
