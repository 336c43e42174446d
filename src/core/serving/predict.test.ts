// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadReferenceVersionFromDisk } from '../../ml/load-predictor-node';
import type { ServingContext } from './context';
import type { ModelVersion, Predictor } from './model-artifact';
import { chooseVersion, createPredictorCache, predictRows } from './predict';
import { Registry } from './registry';
import type { Variant } from './registry-state';

const AT = '2026-12-01T10:00:00.000Z';
const reference = await loadReferenceVersionFromDisk();

/** A version with two features (mean 10 / std 2, mean 0 / std 1) and classes x, y, z. */
function version(name = 'v7', registeredAt = AT): ModelVersion {
  return {
    ...reference,
    version: name,
    registeredAt,
    preprocessing: {
      format: 'deploy-lab/preprocessing@1',
      features: [
        { name: 'a', unit: 'mm', mean: 10, std: 2, min: 0, max: 100 },
        { name: 'b', unit: 'g', mean: 0, std: 1, min: -10, max: 10 },
      ],
      classes: ['x', 'y', 'z'],
    },
  };
}

/** A context over `versions` and one endpoint "ep" with `variants`; `now` answers `times` in order. */
function context(opts: { variants?: Variant[]; versions?: ModelVersion[]; load?: ServingContext['loadPredictor']; times?: number[]; random?: number } = {}): ServingContext {
  const versions = opts.versions ?? [version()];
  const registry = new Registry({
    format: 'deploy-lab/registry@1',
    versions,
    endpoints: [{ name: 'ep', variants: opts.variants ?? [{ version: 'v7', weight: 100 }], createdAt: AT, updatedAt: AT }],
  });
  const times = [...(opts.times ?? [])];
  return {
    registry,
    loadPredictor: opts.load ?? (async () => fixed([[0.7, 0.2, 0.1]])),
    datasetCsv: async () => '',
    random: () => opts.random ?? 0.5,
    now: () => times.shift() ?? 0,
    timestamp: () => AT,
    newRequestId: () => 'req-1',
  };
}

/** A predictor that answers `out` whatever it is given, and records what it was given. */
function fixed(out: number[][], seen: number[][][] = []): Predictor {
  return {
    predict: async (rows) => {
      seen.push(rows);
      return out;
    },
  };
}

describe('createPredictorCache', () => {
  it('loads a version once: the first call pays the cold start, the second reuses the same predictor', async () => {
    const loaded: string[] = [];
    const p = fixed([]);
    const load = async (v: ModelVersion) => {
      loaded.push(v.version);
      return p;
    };
    const cache = createPredictorCache(context({ load }));
    const first = await cache(version());
    const second = await cache(version());
    expect(first).toEqual({ predictor: p, loadedNow: true });
    expect(second.loadedNow).toBe(false);
    expect(second.predictor).toBe(p);
    expect(loaded).toEqual(['v7']);
  });

  it('keys by version and registration time: a re-registered name loads again', async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      return fixed([]);
    };
    const cache = createPredictorCache(context({ load }));
    await cache(version('v7', AT));
    expect((await cache(version('v7', '2026-12-02T00:00:00.000Z'))).loadedNow).toBe(true);
    expect((await cache(version('v8', AT))).loadedNow).toBe(true);
    expect(loads).toBe(3);
  });

  it('rethrows a failed load and retries it on the next call instead of caching the failure', async () => {
    let calls = 0;
    const p = fixed([]);
    const cache = createPredictorCache(
      context({
        load: async () => {
          calls++;
          if (calls === 1) throw new Error('weights 404');
          return p;
        },
      }),
    );
    await expect(cache(version())).rejects.toThrow('weights 404');
    expect(await cache(version())).toEqual({ predictor: p, loadedNow: true });
    expect(calls).toBe(2);
  });
});

describe('chooseVersion', () => {
  it('answers the registered version a live variant points at', () => {
    const v8 = version('v8');
    const ctx = context({ versions: [version(), v8], variants: [{ version: 'v7', weight: 50 }, { version: 'v8', weight: 50 }], random: 0.75 });
    expect(chooseVersion(ctx, 'ep')).toEqual({ ok: true, version: v8 });
  });

  it('answers unknown-endpoint for a name with no endpoint', () => {
    expect(chooseVersion(context(), 'nope')).toEqual({ ok: false, reason: 'unknown-endpoint' });
  });

  it('answers no-traffic when every variant has weight 0', () => {
    expect(chooseVersion(context({ variants: [{ version: 'v7', weight: 0 }] }), 'ep')).toEqual({ ok: false, reason: 'no-traffic' });
    expect(chooseVersion(context({ variants: [] }), 'ep')).toEqual({ ok: false, reason: 'no-traffic' });
  });

  it('answers no-traffic when the picked variant names a version that is not registered', () => {
    expect(chooseVersion(context({ variants: [{ version: 'v9', weight: 100 }] }), 'ep')).toEqual({ ok: false, reason: 'no-traffic' });
  });
});

describe('predictRows', () => {
  const TIMES = [10, 10.5, 13.25, 14];

  it('standardizes rows, names the most probable class and times every step, model load included on a cold start', async () => {
    const seen: number[][][] = [];
    const ctx = context({ times: TIMES, load: async () => fixed([[0.1, 0.7, 0.2], [0.2, 0.3, 0.5]], seen) });
    const run = await predictRows(ctx, createPredictorCache(ctx), version(), [[14, 3], [8, -1]], 1.234);
    expect(seen).toEqual([[[2, 3], [-1, -1]]]);
    expect(run.probabilities).toEqual([[0.1, 0.7, 0.2], [0.2, 0.3, 0.5]]);
    expect(run.predictions).toEqual([
      { species: 'y', probabilities: { x: 0.1, y: 0.7, z: 0.2 } },
      { species: 'z', probabilities: { x: 0.2, y: 0.3, z: 0.5 } },
    ]);
    expect(run.serverTiming).toBe(
      'validate;dur=1.23;desc="parse and validate", preprocess;dur=0.50;desc="standardize", model-load;dur=2.75;desc="cold start: load weights", inference;dur=0.75;desc="run the model"',
    );
  });

  it('leaves model-load out of Server-Timing when the predictor was already loaded, and clamps negative durations to 0', async () => {
    const ctx = context({ times: [...TIMES, 20, 19, 21, 22.5] });
    const cache = createPredictorCache(ctx);
    await predictRows(ctx, cache, version(), [[10, 0]], 0);
    const warm = await predictRows(ctx, cache, version(), [[10, 0]], -3);
    expect(warm.serverTiming).toBe('validate;dur=0.00;desc="parse and validate", preprocess;dur=0.00;desc="standardize", inference;dur=1.50;desc="run the model"');
  });

  it('throws when the model answers fewer distributions than rows, even if each one is valid', async () => {
    const ctx = context({ load: async () => fixed([[0.7, 0.2, 0.1]]) });
    await expect(predictRows(ctx, createPredictorCache(ctx), version(), [[1, 2], [3, 4]], 0)).rejects.toThrow(
      new Error('version v7 did not answer one probability distribution per row'),
    );
  });

  it('throws when any one row is not a distribution, even if the others are', async () => {
    for (const bad of [[0.5, 0.5, 0.5], [0.5, 0.5], [Number.NaN, 0.5, 0.5]]) {
      const ctx = context({ load: async () => fixed([[0.7, 0.2, 0.1], bad]) });
      await expect(predictRows(ctx, createPredictorCache(ctx), version(), [[1, 2], [3, 4]], 0)).rejects.toThrow(
        'version v7 did not answer one probability distribution per row',
      );
    }
  });
});
