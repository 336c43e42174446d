import type { RequestSpec } from '../core/http/exchange';
import { encodeSharedRequest, SHARE_KEY } from '../core/http/share';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../core/data/pipeline-state';
import { TRAFFIC_SCENARIOS } from '../core/monitoring/traffic';

/** A page to open during a block; `to` may carry state in its query (pipeline choices, a shared request). */
export interface GuideLink {
  to: string;
  label: string;
}

/** One timed block of the session plan. */
export interface GuideBlock {
  id: string;
  /** Minutes from the start of the class. */
  start: number;
  end: number;
  title: string;
  /** One sentence: what the class should take away. */
  goal: string;
  open: GuideLink[];
  /** What to do on screen, in order. */
  show: string[];
  /** Questions for the class; wait for answers before showing. */
  ask: string[];
  /** Keys that help in this block. */
  keys: string[];
}

const INVOKE = '/api/endpoints/penguins/invocations';
const adelie = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** The inspector's "Error 415" request: JSON body, but Content-Type says text/plain (checked against the preset by a test). */
export const WRONG_CONTENT_TYPE_REQUEST: RequestSpec = {
  method: 'POST',
  url: INVOKE,
  headers: [
    ['Content-Type', 'text/plain'],
    ['Accept', 'application/json'],
  ],
  body: pretty({ instances: [adelie] }),
};

/** The inspector's "Error 422" request: readable JSON with a text value and a flipper ten times too long. */
export const WRONG_VALUES_REQUEST: RequestSpec = {
  method: 'POST',
  url: INVOKE,
  headers: [
    ['Content-Type', 'application/json'],
    ['Accept', 'application/json'],
  ],
  body: pretty({ instances: [{ ...adelie, bill_depth_mm: 'deep', flipper_length_mm: 1810 }] }),
};

/** A link that opens the inspector with this request filled in, ready to send. */
export const inspectorLink = (spec: RequestSpec) => `/deploy/inspect?${SHARE_KEY}=${encodeSharedRequest(spec)}`;

/** A link that opens the explore page with the planted mistakes switched on. */
export const MESSY_DATA_LINK = `/data/explore?${pipelineToQuery({ ...DEFAULT_PIPELINE, messy: true })}`;
/** A link that opens the prepare page with the scaler fitted on all rows (the leakage demo). */
export const LEAKAGE_LINK = `/data/prepare?${pipelineToQuery({ ...DEFAULT_PIPELINE, fitScalerOnAll: true })}`;

const scenario = (id: string) => TRAFFIC_SCENARIOS.find((s) => s.id === id)?.label ?? id;

/** A 50-minute session through the app, block by block. */
export const SESSION_PLAN: readonly GuideBlock[] = [
  {
    id: 'overview',
    start: 0,
    end: 5,
    title: 'The workflow is a cycle',
    goal: 'Deployment is a step of the workflow, and monitoring sends you back to the start.',
    open: [{ to: '/', label: 'Overview' }],
    show: [
      'Turn on presenter mode (Shift + P) and check that the back row can read the page.',
      'Walk the three phases of the cycle, then point at the arrow from Monitor back to Retrieve.',
    ],
    ask: ['In your past projects, where in this cycle did you stop?', 'Why does the arrow go back to the start, and not just to Train?'],
    keys: ['Shift + P', ']'],
  },
  {
    id: 'data',
    start: 5,
    end: 12,
    title: 'Data: retrieve, clean, prepare',
    goal: 'A model learns whatever the data says, and preprocessing numbers come from the training set only.',
    open: [
      { to: '/data/retrieve', label: 'Retrieve: the raw CSV' },
      { to: MESSY_DATA_LINK, label: 'Clean & explore, with the planted mistakes on' },
      { to: LEAKAGE_LINK, label: 'Prepare, with the scaler fitted on all rows (leakage)' },
    ],
    show: [
      'Scroll the raw CSV: point at an empty cell (NA).',
      'On the messy data, find the body mass typed in kilograms in the histogram, then fix it with a cleaning choice.',
      'On Prepare, switch the leakage demo off and compare the numbers the scaler learned.',
    ],
    ask: ['What would a model learn from a penguin that weighs 3.4 g?', 'Why must the scaler be fitted on the training set only?'],
    keys: [']', '['],
  },
  {
    id: 'modeling',
    start: 12,
    end: 20,
    title: 'Train, tune, evaluate',
    goal: 'Tune on validation data, measure once on test data, and beat a baseline.',
    open: [
      { to: '/model/train', label: 'Train' },
      { to: '/model/tune', label: 'Tune' },
      { to: '/model/evaluate', label: 'Evaluate' },
    ],
    show: [
      'Train with the default settings and watch the two loss curves.',
      'Tune two or three learning rates and compare them on the validation set.',
      'Evaluate the chosen model on the test set once: read the confusion matrix and the baseline.',
    ],
    ask: [
      'The validation loss rises while the training loss keeps falling: what is happening?',
      'Why not pick the best settings by their test score?',
      'Which species get mixed up, and why might that be?',
    ],
    keys: [']', '['],
  },
  {
    id: 'deploy',
    start: 20,
    end: 32,
    title: 'Deploy, then read a request byte by byte',
    goal: 'An endpoint is the model’s only door: a method, a URL, headers and a body in; a status, headers and a body out.',
    open: [
      { to: '/deploy/endpoint', label: 'Deploy: the production picture and the Python analogy' },
      { to: '/deploy/inspect', label: 'Call the endpoint: the “Predict: one penguin (JSON)” preset' },
      { to: inspectorLink(WRONG_CONTENT_TYPE_REQUEST), label: 'The 415 request (wrong Content-Type), ready to send' },
      { to: inspectorLink(WRONG_VALUES_REQUEST), label: 'The 422 request (readable, wrong values), ready to send' },
    ],
    show: [
      'On Deploy, map predictions = ml_model(user_data) to application, model and endpoint.',
      'Send the JSON prediction preset; in the anatomy view, click each part: method, URL, headers, body, status.',
      'Open the browser’s developer tools (Network tab) and show that the same request is there.',
      'Open the 415 link and send it; then the 422 link, and read errors[].pointer together.',
      'Copy a link with “Copy link to this view” and paste it in the class chat, so everyone opens the same request.',
    ],
    ask: [
      'Which part of the request tells the server how to read the body?',
      '415 or 422: what should the client change in each case?',
      'In predictions = ml_model(user_data), which part is the endpoint?',
    ],
    keys: [']', '['],
  },
  {
    id: 'operate',
    start: 32,
    end: 42,
    title: 'Monitor, then update safely',
    goal: 'A deployed model can go wrong without a single error, and a new version earns its traffic step by step.',
    open: [
      { to: '/deploy/monitor', label: 'Monitor' },
      { to: '/deploy/update', label: 'Update' },
    ],
    show: [
      `Start traffic with the “${scenario('normal')}” scenario: requests per second, latency p95, status codes.`,
      `Switch to “${scenario('new-population')}”: no errors, but the bill length drift (PSI) climbs and accuracy falls as feedback arrives.`,
      `Switch to “${scenario('unit-mistake')}”: 422 errors and major drift on body_mass_g.`,
      `Switch to “${scenario('broken-client')}”: 4xx errors from malformed requests; open the violations report.`,
      'On Update, send a canary a small share of the traffic, compare it with the old version, then promote it or roll back.',
    ],
    ask: [
      'Drift but no errors: is the model broken? How would you know?',
      'With the unit mistake, whose bug is it, and where should it be caught?',
      'What share would you give a canary, and what would make you roll back?',
    ],
    keys: [']', '['],
  },
  {
    id: 'quiz',
    start: 42,
    end: 50,
    title: 'Check yourselves',
    goal: 'The class answers the eight review questions out loud before seeing the answers.',
    open: [
      { to: '/quiz', label: 'Quiz: review questions' },
      { to: '/cloud', label: 'The cloud (for the cloud and platform questions)' },
    ],
    show: [
      'Read a question, let the class vote, then press Check: in presenter mode the answers stay hidden.',
      'Press Reveal answers in the header to show the score and the explanations, then hide them again for the next question.',
    ],
    ask: ['What does it mean for a model to be deployed?', 'Which characteristics must deployed model code have?', 'Which platforms can deploy a model, and how is it called on each?'],
    keys: ['?', 'Shift + P'],
  },
];

/** The steps before the class starts. */
export const BEFORE_CLASS: readonly string[] = [
  'Open the app on the projector’s computer and turn on presenter mode (Shift + P); it stays on after a reload.',
  'Send one prediction from the inspector, so the in-browser endpoint is warm before the class watches.',
  'If you will train live, open Train once beforehand: it downloads nothing, but the first run takes a few seconds longer.',
  'Share the address of the app with the class; every page has “Copy link to this view”.',
];
