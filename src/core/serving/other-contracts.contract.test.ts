// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../mocks/node';
import { createTestApi } from '../../mocks/node';
import { openContractTransport } from '../../server/test-transport';

const transport = await openContractTransport();
const BASE = `${transport.base}/api`;
const adelie = [39.1, 18.7, 181, 3750];
const gentoo = [50.0, 15.2, 218, 5700];
const names = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  transport.attach(api);
});
afterEach(() => api.resetRegistry());
afterAll(() => transport.close());

const post = (path: string, body: string, type = 'application/json') => fetch(`${BASE}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body });

describe('Open Inference Protocol V2', () => {
  it('health and metadata', async () => {
    expect(await (await fetch(`${BASE}/v2/health/live`)).json()).toEqual({ live: true });
    expect(await (await fetch(`${BASE}/v2/health/ready`)).json()).toEqual({ ready: true });
    const meta = await (await fetch(`${BASE}/v2/models/penguins`)).json();
    expect(meta.inputs).toEqual([{ name: 'input-0', datatype: 'FP32', shape: [-1, 4] }]);
    expect(meta.outputs[0].shape).toEqual([-1, 3]);
  });

  it('infers a [2, 4] FP32 tensor (flat or nested data) into [2, 3] probabilities', async () => {
    for (const data of [[...adelie, ...gentoo], [adelie, gentoo]]) {
      const res = await post('/v2/models/penguins/infer', JSON.stringify({ inputs: [{ name: 'input-0', shape: [2, 4], datatype: 'FP32', data }] }));
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ model_name: 'penguins', model_version: 'v1' });
      const out = body.outputs[0];
      expect(out).toMatchObject({ name: 'probabilities', shape: [2, 3], datatype: 'FP32' });
      expect(out.data).toHaveLength(6);
      expect(out.data[0]).toBeGreaterThan(0.9); // Adelie
      expect(out.data[5]).toBeGreaterThan(0.9); // Gentoo
    }
  });

  it.each([
    ['wrong datatype', { inputs: [{ name: 'input-0', shape: [1, 4], datatype: 'INT64', data: adelie }] }, /datatype/],
    ['wrong shape', { inputs: [{ name: 'input-0', shape: [1, 3], datatype: 'FP32', data: [1, 2, 3] }] }, /shape/],
    ['data length off', { inputs: [{ name: 'input-0', shape: [2, 4], datatype: 'FP32', data: adelie }] }, /needs 8/],
    ['two inputs', { inputs: [{}, {}] }, /exactly one/],
    ['out of range', { inputs: [{ name: 'input-0', shape: [1, 4], datatype: 'FP32', data: [39.1, 18.7, 1810, 3750] }] }, /flipper_length_mm/],
  ])('%s → 400 {"error"}', async (_name, body, message) => {
    const res = await post('/v2/models/penguins/infer', JSON.stringify(body));
    expect(res.status).toBe(400);
    const err = await res.json();
    expect(Object.keys(err)).toEqual(['error']);
    expect(err.error).toMatch(message);
  });

  it('returns the request body\'s "id" in the response, and leaves it out when none was sent', async () => {
    const tensor = { name: 'input-0', shape: [1, 4], datatype: 'FP32', data: adelie };
    const withId = await post('/v2/models/penguins/infer', JSON.stringify({ id: 'lab-42', inputs: [tensor] }));
    expect((await withId.json()).id).toBe('lab-42');
    const without = await (await post('/v2/models/penguins/infer', JSON.stringify({ inputs: [tensor] }), 'application/json')).json();
    expect(without).not.toHaveProperty('id');
    const bad = await post('/v2/models/penguins/infer', JSON.stringify({ id: 7, inputs: [tensor] }));
    expect(bad.status).toBe(400);
  });

  it('unknown model → 404, wrong method → 405 with Allow, both {"error"}', async () => {
    const a = await post('/v2/models/pelicans/infer', '{}');
    expect(a.status).toBe(404);
    expect(await a.json()).toHaveProperty('error');
    const b = await fetch(`${BASE}/v2/models/penguins/infer`);
    expect(b.status).toBe(405);
    expect(b.headers.get('Allow')).toBe('POST');
    expect(await b.json()).toHaveProperty('error');
  });
});

describe('MLflow-style scoring', () => {
  const expectSpecies = async (res: Response, species: string[]) => {
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.predictions.map((p: { species: string }) => p.species)).toEqual(species);
  };

  it('accepts dataframe_split, dataframe_records, instances and CSV with a header', async () => {
    await expectSpecies(await post('/mlflow/invocations', JSON.stringify({ dataframe_split: { columns: names, data: [adelie, gentoo] } })), ['Adelie', 'Gentoo']);
    const records = [adelie, gentoo].map((r) => Object.fromEntries(names.map((n, j) => [n, r[j]])));
    await expectSpecies(await post('/mlflow/invocations', JSON.stringify({ dataframe_records: records })), ['Adelie', 'Gentoo']);
    await expectSpecies(await post('/mlflow/invocations', JSON.stringify({ instances: records })), ['Adelie', 'Gentoo']);
    await expectSpecies(await post('/mlflow/invocations', `${names.join(',')}\n${adelie.join(',')}\n${gentoo.join(',')}\n`, 'text/csv'), ['Adelie', 'Gentoo']);
  });

  it('refuses two input forms at once, bad rows and unsupported types', async () => {
    const both = await post('/mlflow/invocations', JSON.stringify({ instances: [], dataframe_records: [] }));
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ error_code: 'BAD_REQUEST' });
    const ragged = await post('/mlflow/invocations', JSON.stringify({ dataframe_split: { columns: names, data: [[1, 2]] } }));
    expect(ragged.status).toBe(400);
    const text = await post('/mlflow/invocations', 'hello', 'text/plain');
    // As real MLflow does: a 415 in plain text, naming the types it reads.
    expect(text.status).toBe(415);
    expect(text.headers.get('Content-Type')).toMatch(/^text\/plain/);
    expect(await text.text()).toMatch(/application\/json or text\/csv/);
  });

  it('accepts the "inputs" form: a list of records or an object of columns', async () => {
    const records = [adelie, gentoo].map((r) => Object.fromEntries(names.map((n, j) => [n, r[j]])));
    await expectSpecies(await post('/mlflow/invocations', JSON.stringify({ inputs: records })), ['Adelie', 'Gentoo']);
    const columns = Object.fromEntries(names.map((n, j) => [n, [adelie[j], gentoo[j]]]));
    await expectSpecies(await post('/mlflow/invocations', JSON.stringify({ inputs: columns })), ['Adelie', 'Gentoo']);
    const ragged = await post('/mlflow/invocations', JSON.stringify({ inputs: { ...columns, body_mass_g: [3750] } }));
    expect(ragged.status).toBe(400);
    expect((await ragged.json()).message).toMatch(/same length/);
  });
});
