// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadReferencePredictorFromDisk } from '../../../ml/load-predictor-node';
import type { ServingContext } from '../context';
import { createEndpoint } from '../endpoint';
import type { EndpointHandler } from '../endpoint';
import type { ModelVersion, Predictor } from '../model-artifact';
import { Registry } from '../registry';
import { defaultRegistryState } from '../registry-state';
import { runtimeContext } from '../runtime-context';

const INVOCATIONS = 'http://localhost/api/mlflow/invocations';
const NAMES = ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'];
const ADELIE = [39.1, 18.7, 181, 3750];
const GENTOO = [50.0, 15.2, 218, 5700];
const record = (row: number[]) => Object.fromEntries(NAMES.map((n, j) => [n, row[j]]));

let reference: { version: ModelVersion; predictor: Predictor };
let registry: Registry;
let endpoint: EndpointHandler;
/** The monotonic clock the endpoint reads: 1000 ms, then one millisecond later at each reading. */
let clock: number;

beforeAll(async () => {
  reference = await loadReferencePredictorFromDisk();
});

beforeEach(() => {
  registry = new Registry(defaultRegistryState(reference.version, reference.version.registeredAt));
  clock = 1000;
  const ctx: ServingContext = { ...runtimeContext(registry, async () => reference.predictor, () => ''), now: () => clock++ };
  endpoint = createEndpoint(ctx);
});

const post = (body: BodyInit, type = 'application/json') => endpoint(new Request(INVOCATIONS, { method: 'POST', headers: { 'Content-Type': type }, body }));
const postJson = (data: unknown) => post(JSON.stringify(data));

/** Checks an MLflow error answer exactly: status, JSON content type, {"error_code", "message"}. */
async function expectError(res: Response, status: number, error_code: string, message: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/json');
  expect(await res.json()).toEqual({ error_code, message });
}

const badRequest = async (data: unknown, message: string) => expectError(await postJson(data), 400, 'BAD_REQUEST', message);

describe('MLflow scoring: a successful answer', () => {
  it('answers 200 with JSON predictions, the serving version and a Server-Timing that counts parsing from the start of the request', async () => {
    const res = await postJson({ dataframe_split: { columns: NAMES, data: [ADELIE, GENTOO] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('X-Model-Version')).toBe('v1');
    // The clock ticks 1 ms per reading: parse started at 1000 and ended at 1001, so validation took 1 ms.
    expect(res.headers.get('Server-Timing')).toBe(
      'validate;dur=1.00;desc="parse and validate", preprocess;dur=1.00;desc="standardize", model-load;dur=1.00;desc="cold start: load weights", inference;dur=1.00;desc="run the model"',
    );
    const body = await res.json();
    expect(Object.keys(body)).toEqual(['predictions']);
    expect(body.predictions.map((p: { species: string }) => p.species)).toEqual(['Adelie', 'Gentoo']);
    expect(Object.keys(body.predictions[0].probabilities)).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
  });

  it('scores CSV with a header line, matching columns by name', async () => {
    const csv = `body_mass_g,flipper_length_mm,bill_depth_mm,bill_length_mm\n5700,218,15.2,50.0\n3750,181,18.7,39.1\n`;
    const res = await post(csv, 'text/csv');
    expect(res.status).toBe(200);
    expect((await res.json()).predictions.map((p: { species: string }) => p.species)).toEqual(['Gentoo', 'Adelie']);
  });

  it('scores exactly 1000 rows, the most one request may send', async () => {
    const res = await postJson({ instances: Array.from({ length: 1000 }, () => record(ADELIE)) });
    expect(res.status).toBe(200);
    expect((await res.json()).predictions).toHaveLength(1000);
  });

  it('reads "inputs" given as columns into one row per position', async () => {
    const columns = Object.fromEntries(NAMES.map((n, j) => [n, [ADELIE[j], GENTOO[j]]]));
    const res = await postJson({ inputs: columns });
    expect(res.status).toBe(200);
    expect((await res.json()).predictions.map((p: { species: string }) => p.species)).toEqual(['Adelie', 'Gentoo']);
  });
});

describe('MLflow scoring: errors before the body is read', () => {
  it('answers 503 TEMPORARILY_UNAVAILABLE with Retry-After when no version serves traffic', async () => {
    registry.deleteEndpoint('penguins');
    const res = await postJson({ instances: [record(ADELIE)] });
    expect(res.headers.get('Retry-After')).toBe('5');
    await expectError(res, 503, 'TEMPORARILY_UNAVAILABLE', 'no model version is serving traffic; a retry only helps once a version is deployed');
  });

  it('answers 415 in plain text, naming the types it reads in Accept-Post', async () => {
    const res = await post('{}', 'text/plain');
    expect(res.status).toBe(415);
    expect(res.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('Accept-Post')).toBe('application/json, text/csv');
  });

  it('answers 413 REQUEST_LIMIT_EXCEEDED for a body over 1 MiB', async () => {
    await expectError(await post(' '.repeat(1_048_577)), 413, 'REQUEST_LIMIT_EXCEEDED', 'body larger than 1048576 bytes');
  });

  it('answers 400 BAD_REQUEST for a body that is not UTF-8', async () => {
    await expectError(await post(new Uint8Array([0x7b, 0xff, 0x7d])), 400, 'BAD_REQUEST', 'body is not valid UTF-8');
  });

  it('answers 405 BAD_REQUEST with Allow for a GET', async () => {
    const res = await endpoint(new Request(INVOCATIONS));
    expect(res.headers.get('Allow')).toBe('POST');
    await expectError(res, 405, 'BAD_REQUEST', 'GET is not allowed on /api/mlflow/invocations. Allowed: POST.');
  });
});

describe('MLflow scoring: bodies it cannot read', () => {
  it('refuses text that is not JSON', async () => {
    await expectError(await post('{"instances": ['), 400, 'BAD_REQUEST', 'body is not valid JSON');
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['an array', [record(ADELIE)]],
  ])('refuses %s as the body: it must be a JSON object', async (_name, data) => {
    await badRequest(data, 'the body must be a JSON object');
  });

  it('asks for exactly one input form, naming the ones it got', async () => {
    await badRequest({ rows: [] }, 'send exactly one of dataframe_split, dataframe_records, instances or inputs (got none)');
    await badRequest(
      { inputs: [], instances: [], dataframe_records: [] },
      'send exactly one of dataframe_split, dataframe_records, instances or inputs (got dataframe_records and instances and inputs)',
    );
  });

  it('refuses dataframe_records or instances that are not arrays', async () => {
    await badRequest({ instances: record(ADELIE) }, 'instances must be an array');
    await badRequest({ dataframe_records: 'rows' }, 'dataframe_records must be an array');
  });

  it.each([
    ['null', null],
    ['a string', 'columns'],
    ['no "columns"', { data: [ADELIE] }],
    ['"columns" that is not an array', { columns: 'bill_length_mm', data: [ADELIE] }],
    ['no "data"', { columns: NAMES }],
  ])('refuses a dataframe_split that is %s', async (_name, split) => {
    await badRequest({ dataframe_split: split }, 'dataframe_split needs "columns" and "data" arrays');
  });

  it('refuses a dataframe_split row that is short or not a list, naming its index', async () => {
    await badRequest({ dataframe_split: { columns: NAMES, data: [ADELIE, [39.1, 18.7]] } }, 'dataframe_split.data[1] must have 4 values, one per column');
    await badRequest({ dataframe_split: { columns: NAMES, data: [record(ADELIE)] } }, 'dataframe_split.data[0] must have 4 values, one per column');
  });

  it.each([
    ['a number', 5],
    ['null', null],
  ])('refuses "inputs" that is %s', async (_name, inputs) => {
    await badRequest({ inputs }, 'inputs must be a list of records or an object of columns');
  });

  it('refuses "inputs" columns that are not lists, or lists of different lengths', async () => {
    await badRequest({ inputs: { bill_length_mm: [39.1], bill_depth_mm: 18.7 } }, 'each column of inputs must be a list of values');
    await badRequest({ inputs: { bill_length_mm: [39.1, 50.0], bill_depth_mm: [18.7] } }, 'the columns of inputs must all have the same length');
  });

  it('reports the first CSV problem with its line', async () => {
    await expectError(await post(`${NAMES.join(',')}\n${ADELIE.join(',')}\n39.1,18.7,181\n`, 'text/csv'), 400, 'BAD_REQUEST', 'CSV line 3: has 3 fields, the header has 4');
  });
});

describe('MLflow scoring: rows it cannot score', () => {
  it.each([
    ['empty records', { instances: [] }],
    ['"inputs" with no columns', { inputs: {} }],
    ['dataframe_split with no data', { dataframe_split: { columns: NAMES, data: [] } }],
  ])('answers "no rows to score" for %s', async (_name, data) => {
    await badRequest(data, 'no rows to score');
  });

  it('answers 413 REQUEST_LIMIT_EXCEEDED for 1001 rows', async () => {
    const res = await postJson({ instances: Array.from({ length: 1001 }, () => record(ADELIE)) });
    await expectError(res, 413, 'REQUEST_LIMIT_EXCEEDED', 'at most 1000 rows per request');
  });

  it('names each invalid field by row, separated by "; "', async () => {
    const rows = [record(ADELIE), { ...record(GENTOO), bill_length_mm: 'long' }, { ...record(ADELIE), flipper_length_mm: 1810 }];
    await badRequest(
      { dataframe_records: rows },
      'row 1/bill_length_mm: must be a number, got the string "long"; row 2/flipper_length_mm: must be at most 300 mm (got 1810)',
    );
  });

  it('says when only the first 50 field errors are listed (60 bad rows: 10 more)', async () => {
    const rows = Array.from({ length: 60 }, () => ({ ...record(ADELIE), bill_length_mm: 'long' }));
    const res = await postJson({ dataframe_records: rows });
    expect(res.status).toBe(400);
    const { message } = (await res.json()) as { message: string };
    expect(message.split('; row ')).toHaveLength(50);
    expect(message.endsWith('row 49/bill_length_mm: must be a number, got the string "long"; … and 10 more errors (first 50 shown)')).toBe(true);
  });
});
