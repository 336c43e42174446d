import type { RequestSpec } from '../core/http/exchange';
import { encodeSharedRequest, SHARE_KEY } from '../core/http/share';
import type { Feature } from '../core/data/penguins';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../core/data/pipeline-state';
import type { TrafficScenario } from '../core/monitoring/traffic';
import { TRAFFIC_SCENARIOS } from '../core/monitoring/traffic';
import { REVIEW_QUESTIONS } from '../core/quiz/question';
import { countInWords } from './data-facts';
import { QUIZ_BANK } from './quiz-bank';

/** A page to open during a block; `to` may carry state in its query (pipeline choices, a shared request). */
export interface GuideLink {
  to: string;
  label: string;
}

/** One step to do on screen; an optional one is for a class that runs ahead, and its time is not in the plan. */
export interface GuideStep {
  text: string;
  optional?: boolean;
}

/** One block of the session plan, as written: its length in minutes, not its clock times. */
export interface GuidePart {
  id: string;
  /** Minutes the block takes in class, optional steps left out. */
  minutes: number;
  title: string;
  /** One sentence: what the class should take away. */
  goal: string;
  open: GuideLink[];
  /** What to do on screen, in order. */
  show: GuideStep[];
  /** Questions for the class; wait for answers before showing. */
  ask: string[];
  /** Keys that help in this block. */
  keys: string[];
}

/** A block with its clock times: minutes from the start of the class. */
export interface GuideBlock extends GuidePart {
  start: number;
  end: number;
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

const scenario = (id: TrafficScenario) => TRAFFIC_SCENARIOS.find((s) => s.id === id)?.label ?? id;

/**
 * The Train page's "Try this" presets the plan uses, by label. The labels live in the modeling feature, which
 * content may not import; a test checks each one against TRAIN_PRESETS, so a renamed preset fails there.
 */
export const TRAIN_PRESET_LABELS = { overfit: 'Make it overfit', twoFeatures: 'A harder problem: two measurements' } as const;

/** The two measurements that make species hard to tell apart (the Train preset's, checked by a test). */
export const CONFUSING_FEATURES: readonly Feature[] = ['bill_length_mm', 'body_mass_g'];
/** A link that opens Prepare with only the confusing measurements chosen. */
export const CONFUSING_FEATURES_LINK = `/data/prepare?${pipelineToQuery({ ...DEFAULT_PIPELINE, features: [...CONFUSING_FEATURES] })}`;
/** Monitor with the New population scenario chosen: Update's comparison needs its traffic and feedback first. */
export const NEW_POPULATION_LINK = `/deploy/monitor?scenario=${'new-population' satisfies TrafficScenario}`;

/** How many questions the quiz's "Review questions" set holds: the quiz counts every question tagged with a review topic. */
export const REVIEW_QUIZ_COUNT = QUIZ_BANK.filter((q) => q.review !== undefined).length;
/** How many the class answers out loud in the plan's time (about a minute each); the rest are for after class. */
export const REVIEW_IN_CLASS = Math.min(REVIEW_QUIZ_COUNT, 6);

const names = (fs: readonly string[]) => fs.join(' and ');

/** The plan's blocks with their lengths; clock times are computed from the lengths, so they always add up. */
export const PLAN_PARTS: readonly GuidePart[] = [
  {
    id: 'overview',
    minutes: 4,
    title: 'The workflow is a cycle',
    goal: 'Deployment is a step of the workflow, and monitoring sends you back to the start.',
    open: [{ to: '/', label: 'Overview' }],
    show: [
      { text: 'Turn on presenter mode (Shift + P) and check that the back row can read the page.' },
      { text: 'Walk the three phases of the cycle, then point at the arrow from Monitor back to Retrieve.' },
    ],
    ask: ['In your past projects, where in this cycle did you stop?', 'Why does the arrow go back to the start, and not just to Train?'],
    keys: ['Shift + P', ']'],
  },
  {
    id: 'data',
    minutes: 7,
    title: 'Data: retrieve, clean, prepare',
    goal: 'A model learns whatever the data says, and preprocessing numbers come from the training set only.',
    open: [
      { to: '/data/retrieve', label: 'Retrieve: the raw CSV' },
      { to: MESSY_DATA_LINK, label: 'Clean & explore, with the planted mistakes on' },
      { to: LEAKAGE_LINK, label: 'Prepare, with the scaler fitted on all rows (leakage)' },
    ],
    show: [
      { text: 'Scroll the raw CSV: point at an empty cell (NA).' },
      { text: 'On the messy data, find the body mass typed in kilograms in the histogram, then fix it with a cleaning choice.' },
      { text: 'On Prepare, switch the leakage demo off and compare the numbers the scaler learned.' },
      { text: 'Walk the other planted mistakes in the checklist one by one.', optional: true },
    ],
    ask: ['What would a model learn from a penguin that weighs 3.4 g?', 'Why must the scaler be fitted on the training set only?'],
    keys: [']', '['],
  },
  {
    id: 'modeling',
    minutes: 10,
    title: 'Train, evaluate: overfitting and confusion',
    goal: 'Watch validation data to catch overfitting, measure once on test data, and read which classes get mixed up.',
    open: [
      { to: '/model/train', label: 'Train' },
      { to: CONFUSING_FEATURES_LINK, label: `Prepare, with only ${names(CONFUSING_FEATURES)} chosen` },
      { to: '/model/evaluate', label: 'Evaluate' },
      { to: '/model/tune', label: 'Tune (optional)' },
    ],
    show: [
      { text: 'Train with the default settings and watch the two loss curves fall together.' },
      { text: `Overfitting: under “Try this”, choose “${TRAIN_PRESET_LABELS.overfit}” and train. The validation loss reaches its lowest point early, then climbs while the training loss keeps falling.` },
      {
        text: `Confusion: choose “${TRAIN_PRESET_LABELS.twoFeatures}” (or open Prepare with only ${names(CONFUSING_FEATURES)} as features), train, then Evaluate on the test set once and read the confusion matrix.`,
      },
      { text: 'Tune two or three learning rates and compare them on the validation set.', optional: true },
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
    minutes: 10,
    title: 'Deploy, then read a request byte by byte',
    goal: 'An endpoint is the model’s only door: a method, a URL, headers and a body in; a status, headers and a body out.',
    open: [
      { to: '/deploy/endpoint', label: 'Deploy: the production picture and the Python analogy' },
      { to: '/deploy/inspect', label: 'Call the endpoint: the “Predict: one penguin (JSON)” preset' },
      { to: inspectorLink(WRONG_CONTENT_TYPE_REQUEST), label: 'The 415 request (wrong Content-Type), ready to send' },
      { to: inspectorLink(WRONG_VALUES_REQUEST), label: 'The 422 request (readable, wrong values), ready to send' },
    ],
    show: [
      { text: 'On Deploy, map predictions = ml_model(user_data) to application, model and endpoint.' },
      { text: 'Send the JSON prediction preset; in the anatomy view, click each part: method, URL, headers, body, status.' },
      { text: 'Open the 415 link and send it; then the 422 link: the fields its errors[].pointer names are marked in the request body.' },
      { text: 'Press “Copy link to this request” and paste it in the class chat, so everyone opens the same request.' },
      { text: 'Open the browser’s developer tools (Network tab) and show that the same request is there.', optional: true },
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
    minutes: 11,
    title: 'Monitor, then update safely',
    goal: 'A deployed model can go wrong without a single error, and a new version earns its traffic step by step.',
    open: [
      { to: NEW_POPULATION_LINK, label: `Monitor, with “${scenario('new-population')}” chosen` },
      { to: '/deploy/update', label: 'Update' },
    ],
    show: [
      { text: `Start traffic with the “${scenario('normal')}” scenario: requests per second, latency p95, status codes.` },
      {
        text: `Switch to “${scenario('new-population')}” and let it run for about a minute: no errors, but the bill length drift (PSI) climbs and accuracy falls as feedback arrives. Update needs this minute of traffic and feedback before it can compare versions.`,
      },
      { text: `Switch to “${scenario('unit-mistake')}”: 422 errors and major drift on body_mass_g.` },
      { text: 'On Update, send a canary a small share of the traffic, compare it with the old version, then promote it or roll back.' },
      { text: `Switch to “${scenario('broken-client')}”: 4xx errors from malformed requests; open the violations report.`, optional: true },
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
    minutes: 8,
    title: 'Check yourselves',
    goal: `The class answers ${countInWords(REVIEW_IN_CLASS)} of the ${countInWords(REVIEW_QUIZ_COUNT)} review questions out loud before seeing the answers; the rest are for after class.`,
    open: [
      { to: '/quiz', label: `Quiz: review questions (${REVIEW_QUIZ_COUNT}, on the ${countInWords(REVIEW_QUESTIONS.length)} review topics)` },
      { to: '/cloud', label: 'The cloud (for the cloud and platform questions)' },
    ],
    show: [
      { text: 'Read a question, let the class vote, then press Check: in presenter mode the answers stay hidden.' },
      { text: 'Press Reveal answers in the header to show the score and the explanations, then hide them again for the next question.' },
    ],
    ask: ['What does it mean for a model to be deployed?', 'Which characteristics must deployed model code have?', 'Which platforms can deploy a model, and how is it called on each?'],
    keys: ['?', 'Shift + P'],
  },
];

/** Minutes the plan takes in all: the sum of its blocks, optional steps left out (a test holds it to CLASS_MINUTES). */
export const PLAN_MINUTES = PLAN_PARTS.reduce((sum, p) => sum + p.minutes, 0);

/** The session plan with clock times: each block starts where the one before ends. */
export const SESSION_PLAN: readonly GuideBlock[] = PLAN_PARTS.reduce<GuideBlock[]>((blocks, part) => {
  const start = blocks.at(-1)?.end ?? 0;
  blocks.push({ ...part, start, end: start + part.minutes });
  return blocks;
}, []);

/** The steps before the class starts. */
export const BEFORE_CLASS: readonly string[] = [
  'Open the app on the projector’s computer and turn on presenter mode (Shift + P); it stays on after a reload.',
  'Send one prediction from the inspector, so the in-browser endpoint is warm before the class watches.',
  'If you will train live, open Train once beforehand: it downloads nothing, but the first run takes a few seconds longer.',
  'Share the address of the app with the class; every page has “Copy link to this view”, and the inspector also has “Copy link to this request”.',
];
