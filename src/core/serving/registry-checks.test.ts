// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ModelVersion } from './model-artifact';
import { checkVariants, isSameOriginPath } from './registry-checks';

/** A version with the given feature and class names; only the schema matters to checkVariants. */
const version = (name: string, features = ['a', 'b'], classes = ['X', 'Y']): ModelVersion =>
  ({
    version: name,
    registeredAt: '2026-01-01T00:00:00Z',
    card: {},
    preprocessing: { format: 'deploy-lab/preprocessing@1', features: features.map((f) => ({ name: f, unit: '', mean: 0, std: 1, min: 0, max: 1 })), classes },
    source: { kind: 'url', modelUrl: `/models/${name}/model.json` },
  }) as unknown as ModelVersion;

const registry = new Map([
  ['v1', version('v1')],
  ['v2', version('v2')],
  ['other-features', version('other-features', ['a', 'c'])],
  ['other-classes', version('other-classes', ['a', 'b'], ['X', 'Z'])],
]);
const get = (name: string) => registry.get(name);

describe('checkVariants', () => {
  it('accepts weights at both ends of 0–100 that sum to 100', () => {
    expect(checkVariants([{ version: 'v1', weight: 100 }], get)).toEqual([]);
    expect(checkVariants([{ version: 'v1', weight: 0 }, { version: 'v2', weight: 100 }], get)).toEqual([]);
    expect(checkVariants([{ version: 'v1', weight: 33.3 }, { version: 'v2', weight: 66.7 }], get)).toEqual([]);
    expect(checkVariants([], get)).toEqual([]);
  });

  it('refuses weights outside 0–100 or not a number, and a total other than 100', () => {
    expect(checkVariants([{ version: 'v1', weight: -1 }, { version: 'v2', weight: 101 }], get)).toEqual([
      { pointer: '/variants/0/weight', message: 'must be a share of traffic between 0 and 100' },
      { pointer: '/variants/1/weight', message: 'must be a share of traffic between 0 and 100' },
    ]);
    expect(checkVariants([{ version: 'v1', weight: Number.NaN }], get)[0]).toEqual({ pointer: '/variants/0/weight', message: 'must be a share of traffic between 0 and 100' });
    expect(checkVariants([{ version: 'v1', weight: 60 }, { version: 'v2', weight: 39 }], get)).toEqual([{ pointer: '/variants', message: 'weights must sum to 100, they sum to 99' }]);
    expect(checkVariants([{ version: 'v1', weight: 100.000001 }], get)).toHaveLength(2);
  });

  it('blames an unregistered version and a version listed twice', () => {
    expect(checkVariants([{ version: 'nope', weight: 100 }], get)).toEqual([{ pointer: '/variants/0/version', message: 'version "nope" is not registered (GET /api/models)' }]);
    expect(checkVariants([{ version: 'v1', weight: 50 }, { version: 'v1', weight: 50 }], get)).toEqual([{ pointer: '/variants/1/version', message: 'version "v1" is listed twice' }]);
  });

  it('holds every variant to the first one’s features and classes', () => {
    expect(checkVariants([{ version: 'v1', weight: 50 }, { version: 'other-features', weight: 25 }, { version: 'other-classes', weight: 25 }], get)).toEqual([
      { pointer: '/variants/1/version', message: 'version "other-features" has different features or classes than "v1"' },
      { pointer: '/variants/2/version', message: 'version "other-classes" has different features or classes than "v1"' },
    ]);
    // An unregistered first variant sets no schema: the next registered one does.
    expect(checkVariants([{ version: 'nope', weight: 50 }, { version: 'v1', weight: 25 }, { version: 'other-features', weight: 25 }], get)).toEqual([
      { pointer: '/variants/0/version', message: 'version "nope" is not registered (GET /api/models)' },
      { pointer: '/variants/2/version', message: 'version "other-features" has different features or classes than "v1"' },
    ]);
  });

  it('holds an existing endpoint to its established schema, naming it', () => {
    expect(checkVariants([{ version: 'other-features', weight: 100 }], get, version('v1'))).toEqual([
      {
        pointer: '/variants/0/version',
        message: 'version "other-features" has different features or classes than the endpoint\'s current schema (features a, b; classes X, Y); deploy it to a new endpoint instead',
      },
    ]);
    expect(checkVariants([{ version: 'v2', weight: 100 }], get, version('v1'))).toEqual([]);
  });
});

describe('isSameOriginPath', () => {
  it.each([
    ['/models/penguins/v1/model.json', true],
    ['/', true],
    ['/a b', true],
    ['//evil.example/model.json', false],
    ['/\\evil.example', false],
    ['/a\\b', false],
    ['https://evil.example/m.json', false],
    ['models/m.json', false],
    ['', false],
    ['/a\nb', false],
    ['/a\u001fb', false],
    ['/a\u0000', false],
  ])('%j → %s', (url, expected) => {
    expect(isSameOriginPath(url)).toBe(expected);
  });
});
