// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { InlineModel, ModelVersion } from './model-artifact';
import { checkRegistryState, checkVariants } from './registry-checks';
import type { EndpointConfig, RegistryState } from './registry-state';

const AT = '2026-01-01T00:00:00Z';
const preprocessing = (features = ['a'], classes = ['X', 'Y']) => ({
  format: 'deploy-lab/preprocessing@1' as const,
  features: features.map((name) => ({ name, unit: '', mean: 0, std: 1, min: 0, max: 1 })),
  classes,
});

/** base64 of little-endian float32 values, as a registration carries them. */
const b64 = (values: number[]) => btoa(String.fromCharCode(...new Uint8Array(new Float32Array(values).buffer)));
/** A sound inline model for one feature and two classes: a single 1×2 kernel. */
const inlineModel = (over: Partial<InlineModel> = {}): InlineModel => ({
  modelTopology: {},
  weightSpecs: [{ name: 'dense/kernel', shape: [1, 2], dtype: 'float32' }],
  weightData: b64([0.5, -0.5]),
  ...over,
});

const urlVersion = (name: string, modelUrl = `/models/${name}/model.json`, features = ['a']): ModelVersion =>
  ({ version: name, registeredAt: AT, card: {}, preprocessing: preprocessing(features), source: { kind: 'url', modelUrl } }) as unknown as ModelVersion;
const inlineVersion = (name: string, model = inlineModel(), pre = preprocessing()): ModelVersion =>
  ({ version: name, registeredAt: AT, card: {}, preprocessing: pre, source: { kind: 'inline', model } }) as unknown as ModelVersion;
const endpoint = (name: string, variants: EndpointConfig['variants']): EndpointConfig => ({ name, variants, createdAt: AT, updatedAt: AT });
const state = (versions: ModelVersion[], endpoints: EndpointConfig[] = []): RegistryState => ({ format: 'deploy-lab/registry@1', versions, endpoints });

describe('checkVariants edges', () => {
  it('tells feature lists apart that would join to the same letters', () => {
    const versions = new Map([
      ['v1', urlVersion('v1', undefined, ['ab', 'c'])],
      ['v2', urlVersion('v2', undefined, ['a', 'bc'])],
    ]);
    expect(
      checkVariants(
        [
          { version: 'v1', weight: 50 },
          { version: 'v2', weight: 50 },
        ],
        (name) => versions.get(name),
      ),
    ).toEqual([{ pointer: '/variants/1/version', message: 'version "v2" has different features or classes than "v1"' }]);
  });
});

describe('checkRegistryState', () => {
  it('accepts a state the API could have written, url and inline versions alike', () => {
    const sound = state([urlVersion('v1'), inlineVersion('v2')], [endpoint('penguins', [{ version: 'v1', weight: 100 }]), endpoint('canary', [{ version: 'v2', weight: 100 }])]);
    expect(checkRegistryState(sound)).toEqual([]);
    expect(checkRegistryState(state([]))).toEqual([]);
  });

  it('blames a version stored twice at its second place', () => {
    expect(checkRegistryState(state([urlVersion('v1'), urlVersion('v2'), urlVersion('v1')]))).toEqual([{ pointer: '/versions/2/version', message: 'version "v1" is stored twice' }]);
  });

  it('refuses a model URL off this origin, inside the version’s source', () => {
    expect(checkRegistryState(state([urlVersion('v1'), urlVersion('v2', '//evil.example/model.json')]))).toEqual([
      { pointer: '/versions/1/source/modelUrl', message: 'must be a path on this site, never another origin' },
    ]);
  });

  it('holds inline models to the registration checks, with pointers moved inside the version', () => {
    const broken = inlineVersion('v2', inlineModel({ weightData: b64([1]) }), { ...preprocessing(), features: [{ name: 'a', unit: '', mean: 0, std: 1, min: 1, max: 1 }] });
    expect(checkRegistryState(state([urlVersion('v1'), broken]))).toEqual([
      { pointer: '/versions/1/preprocessing/features/0/max', message: 'must be greater than min (1): the valid range of "a" is empty' },
      { pointer: '/versions/1/source/model/weightData', message: 'must decode to 8 bytes (4 per float32 weight of weightSpecs), not 4' },
    ]);
  });

  it('moves only pointers that start with /model under /source', () => {
    const wrongShape = inlineVersion('v1', inlineModel({ weightSpecs: [{ name: 'dense/kernel', shape: [2, 1], dtype: 'float32' }] }));
    expect(checkRegistryState(state([wrongShape]))).toEqual([
      { pointer: '/versions/0/source/model/weightSpecs/0/shape/0', message: 'must be 1: the first layer takes one input per feature' },
      { pointer: '/versions/0/source/model/weightSpecs/0/shape/1', message: 'must be 2: the last layer gives one probability per class' },
    ]);
    const twice = inlineVersion('v1', inlineModel(), preprocessing(['a'], ['X', 'Y', 'X']));
    expect(checkRegistryState(state([twice]))).toEqual([
      { pointer: '/versions/0/preprocessing/classes/2', message: 'class "X" is listed twice' },
      { pointer: '/versions/0/source/model/weightSpecs/0/shape/1', message: 'must be 3: the last layer gives one probability per class' },
    ]);
  });

  it('blames an endpoint stored twice at its second place', () => {
    const v = { version: 'v1', weight: 100 };
    expect(checkRegistryState(state([urlVersion('v1')], [endpoint('a', [v]), endpoint('b', [v]), endpoint('a', [v])]))).toEqual([
      { pointer: '/endpoints/2/name', message: 'endpoint "a" is stored twice' },
    ]);
  });

  it('checks each endpoint’s variants against the stored versions, pointers inside the endpoint', () => {
    const endpoints = [
      endpoint('ok', [{ version: 'v1', weight: 100 }]),
      endpoint('bad', [
        { version: 'v9', weight: 50 },
        { version: 'v1', weight: 40 },
      ]),
    ];
    expect(checkRegistryState(state([urlVersion('v1')], endpoints))).toEqual([
      { pointer: '/endpoints/1/variants/0/version', message: 'version "v9" is not registered (GET /api/models)' },
      { pointer: '/endpoints/1/variants', message: 'weights must sum to 100, they sum to 90' },
    ]);
  });

  it('reports version problems before endpoint problems', () => {
    const s = state([urlVersion('v1', 'https://evil.example/m.json')], [endpoint('e', [{ version: 'v2', weight: 100 }])]);
    expect(checkRegistryState(s)).toEqual([
      { pointer: '/versions/0/source/modelUrl', message: 'must be a path on this site, never another origin' },
      { pointer: '/endpoints/0/variants/0/version', message: 'version "v2" is not registered (GET /api/models)' },
    ]);
  });
});
