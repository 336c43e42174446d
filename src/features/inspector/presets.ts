import type { RequestSpec } from '../../core/http/exchange';
import { MAX_INSTANCES } from '../../core/serving/limits';
import { formatCount } from '../../core/format/count';

/** A ready-made request: what it is for, the request itself, and requests to send first (if any). */
export interface Preset {
  id: string;
  group: 'Predict' | 'Manage' | 'Other contracts' | 'Errors';
  label: string;
  /** One sentence shown under the form: what this request shows. */
  why: string;
  request: RequestSpec;
  setup?: RequestSpec[];
  /** The status this preset gets from the default API (checked by a contract test). */
  expectedStatus: number;
}

const INVOKE = '/api/endpoints/penguins/invocations';
const json: [string, string][] = [
  ['Content-Type', 'application/json'],
  ['Accept', 'application/json'],
];
const adelie = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
const chinstrap = { bill_length_mm: 46.5, bill_depth_mm: 17.9, flipper_length_mm: 192, body_mass_g: 3500 };
const gentoo = { bill_length_mm: 50.0, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };
const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** A count as the texts print it: 1000 → "1,000". */
const count = formatCount;

function tooMany(): string {
  const lines = Array.from({ length: MAX_INSTANCES + 1 }, () => JSON.stringify(adelie));
  return `{"instances":[\n${lines.join(',\n')}\n]}`;
}

/** Every preset, grouped by purpose; error labels start with "Error NNN" so the status is visible before sending. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'predict-json', expectedStatus: 200,
    group: 'Predict',
    label: 'Predict: one penguin (JSON)',
    why: 'The everyday call: one penguin\'s measurements in, the predicted species and its probabilities out.',
    request: { method: 'POST', url: INVOKE, headers: json, body: pretty({ instances: [adelie] }) },
  },
  {
    id: 'predict-batch', expectedStatus: 200,
    group: 'Predict',
    label: 'Predict: three penguins (JSON batch)',
    why: `One request can carry many instances (up to ${count(MAX_INSTANCES)}): fewer round trips than one request per bird.`,
    request: { method: 'POST', url: INVOKE, headers: json, body: pretty({ instances: [adelie, chinstrap, gentoo] }) },
  },
  {
    id: 'predict-csv', expectedStatus: 200,
    group: 'Predict',
    label: 'Predict: CSV',
    why: 'The same endpoint reads CSV: one penguin a line, no header, columns in the order the endpoint describes.',
    request: {
      method: 'POST',
      url: INVOKE,
      headers: [
        ['Content-Type', 'text/csv'],
        ['Accept', 'application/json'],
      ],
      body: '39.1,18.7,181,3750\n46.5,17.9,192,3500\n50.0,15.2,218,5700\n',
    },
  },
  { id: 'ping', expectedStatus: 200, group: 'Manage', label: 'Manage: health check', why: 'Load balancers poll a health URL: 200 with an empty body means "alive".', request: { method: 'GET', url: '/api/ping', headers: [], body: null } },
  { id: 'list-endpoints', expectedStatus: 200, group: 'Manage', label: 'Manage: list endpoints', why: 'GET reads without changing anything.', request: { method: 'GET', url: '/api/endpoints', headers: [['Accept', 'application/json']], body: null } },
  {
    id: 'describe', expectedStatus: 200,
    group: 'Manage',
    label: 'Manage: describe the penguins endpoint',
    why: 'The endpoint tells clients what it accepts: features, units, valid ranges, classes and limits.',
    request: { method: 'GET', url: '/api/endpoints/penguins', headers: [['Accept', 'application/json']], body: null },
  },
  { id: 'list-models', expectedStatus: 200, group: 'Manage', label: 'Manage: list model versions', why: 'Model versions live in a registry of their own, apart from endpoints.', request: { method: 'GET', url: '/api/models', headers: [['Accept', 'application/json']], body: null } },
  {
    id: 'put-traffic', expectedStatus: 200,
    group: 'Manage',
    label: 'Manage: set traffic (PUT)',
    why: 'PUT replaces the endpoint\'s configuration: which versions serve, and what share of traffic each gets (weights sum to 100).',
    request: { method: 'PUT', url: '/api/endpoints/penguins', headers: json, body: pretty({ variants: [{ version: 'v1', weight: 100 }] }) },
  },
  {
    id: 'v2-infer', expectedStatus: 200,
    group: 'Other contracts',
    label: 'Open Inference V2: infer',
    why: 'KServe and NVIDIA Triton speak this protocol: the data is a tensor (shape, datatype, flat numbers) and the answer is a tensor of probabilities. The id you send comes back in the answer, so a client can match them.',
    request: {
      method: 'POST',
      url: '/api/v2/models/penguins/infer',
      headers: json,
      body: pretty({ id: 'field-notes-17', inputs: [{ name: 'input-0', shape: [2, 4], datatype: 'FP32', data: [...Object.values(adelie), ...Object.values(gentoo)] }] }),
    },
  },
  { id: 'v2-ready', expectedStatus: 200, group: 'Other contracts', label: 'Open Inference V2: ready?', why: 'A readiness check: is a model loaded and able to answer?', request: { method: 'GET', url: '/api/v2/health/ready', headers: [], body: null } },
  { id: 'v2-meta', expectedStatus: 200, group: 'Other contracts', label: 'Open Inference V2: model metadata', why: 'The V2 way to describe inputs and outputs: tensor names, datatypes and shapes.', request: { method: 'GET', url: '/api/v2/models/penguins', headers: [], body: null } },
  {
    id: 'mlflow-split', expectedStatus: 200,
    group: 'Other contracts',
    label: 'MLflow: dataframe_split',
    why: 'MLflow model servers take a table: column names once, then rows of values.',
    request: { method: 'POST', url: '/api/mlflow/invocations', headers: json, body: pretty({ dataframe_split: { columns: Object.keys(adelie), data: [Object.values(adelie), Object.values(gentoo)] } }) },
  },
  {
    id: 'mlflow-records', expectedStatus: 200,
    group: 'Other contracts',
    label: 'MLflow: dataframe_records',
    why: 'The same table as a list of records, one object per row.',
    request: { method: 'POST', url: '/api/mlflow/invocations', headers: json, body: pretty({ dataframe_records: [adelie, gentoo] }) },
  },
  {
    id: 'mlflow-inputs', expectedStatus: 200,
    group: 'Other contracts',
    label: 'MLflow: inputs (columns)',
    why: 'MLflow also takes "inputs": here one list per column, each as long as the number of penguins.',
    request: { method: 'POST', url: '/api/mlflow/invocations', headers: json, body: pretty({ inputs: Object.fromEntries(Object.keys(adelie).map((k) => [k, [adelie[k as keyof typeof adelie], gentoo[k as keyof typeof gentoo]]])) }) },
  },
  {
    id: 'e400', expectedStatus: 400,
    group: 'Errors',
    label: 'Error 400: body is not valid JSON',
    why: 'The body is cut off, so it cannot be parsed at all. 400 means: the server could not read what you sent.',
    request: { method: 'POST', url: INVOKE, headers: json, body: '{"instances": [ {"bill_length_mm": 39.1,' },
  },
  {
    id: 'e404', expectedStatus: 404,
    group: 'Errors',
    label: 'Error 404: unknown endpoint',
    why: 'There is no endpoint called "pelicans". 404 means: nothing lives at this URL.',
    request: { method: 'POST', url: '/api/endpoints/pelicans/invocations', headers: json, body: pretty({ instances: [adelie] }) },
  },
  {
    id: 'e405', expectedStatus: 405,
    group: 'Errors',
    label: 'Error 405: wrong method',
    why: 'Predictions are made with POST. GET on this URL is refused, and the Allow header lists what would work.',
    request: { method: 'GET', url: INVOKE, headers: [['Accept', 'application/json']], body: null },
  },
  {
    id: 'e406', expectedStatus: 406,
    group: 'Errors',
    label: 'Error 406: asks for HTML',
    why: 'The Accept header asks for text/html, but the endpoint only answers JSON. 406 means: I cannot give you that format. A server may also ignore Accept and answer anyway; this one refuses, so the mismatch is plain.',
    request: { method: 'POST', url: INVOKE, headers: [['Content-Type', 'application/json'], ['Accept', 'text/html']], body: pretty({ instances: [adelie] }) },
  },
  {
    id: 'e413', expectedStatus: 413,
    group: 'Errors',
    label: 'Error 413: too many instances',
    why: `${count(MAX_INSTANCES + 1)} penguins in one request: one more than the endpoint's limit. Limits protect the service from requests that would hog it.`,
    request: { method: 'POST', url: INVOKE, headers: json, body: tooMany() },
  },
  {
    id: 'e415', expectedStatus: 415,
    group: 'Errors',
    label: 'Error 415: wrong Content-Type',
    why: 'The body is JSON, but the header says text/plain. The server reads the header to know how to parse the body, so it refuses.',
    request: { method: 'POST', url: INVOKE, headers: [['Content-Type', 'text/plain'], ['Accept', 'application/json']], body: pretty({ instances: [adelie] }) },
  },
  {
    id: 'e422', expectedStatus: 422,
    group: 'Errors',
    label: 'Error 422: readable but wrong values',
    why: 'Valid JSON, but one value is text and one is ten times too large. 422 points at each bad field with a JSON Pointer.',
    request: { method: 'POST', url: INVOKE, headers: json, body: pretty({ instances: [{ ...adelie, bill_depth_mm: 'deep', flipper_length_mm: 1810 }] }) },
  },
  {
    id: 'e503', expectedStatus: 503,
    group: 'Errors',
    label: 'Error 503: no version serves traffic',
    why: 'This preset first creates a second endpoint, "penguins-paused", with no model versions (PUT), then calls it. The endpoint exists but nothing can answer, so: 503. Its Retry-After says when to ask again, but a retry only helps once someone deploys a version to it.',
    setup: [{ method: 'PUT', url: '/api/endpoints/penguins-paused', headers: json, body: pretty({ variants: [] }) }],
    request: { method: 'POST', url: '/api/endpoints/penguins-paused/invocations', headers: json, body: pretty({ instances: [adelie] }) },
  },
];

/** URL suggestions for the URL field. */
export const URL_SUGGESTIONS = ['/api/ping', '/api/datasets/penguins.csv', '/api/models', '/api/models/v1', '/api/endpoints', '/api/endpoints/penguins', INVOKE, '/api/v2/health/ready', '/api/v2/models/penguins', '/api/v2/models/penguins/infer', '/api/mlflow/invocations'];

/** Header names learners commonly need. */
export const HEADER_SUGGESTIONS = ['Content-Type', 'Accept', 'X-Request-Id'];
