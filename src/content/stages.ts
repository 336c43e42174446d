import { MIN_DRIFT_SAMPLES, NOISE_COVERAGE } from '../core/monitoring/drift-noise';
import { DRIFT_BAND_LIMITS } from '../core/monitoring/psi';
import { CLASS_MINUTES, PENGUIN_RECORDS } from './data-facts';

/** The three phases of the machine-learning workflow, in order. */
export const PHASES = [
  { id: 'data', title: 'Explore & process data' },
  { id: 'model', title: 'Modeling' },
  { id: 'deploy', title: 'Deployment' },
] as const;
export type PhaseId = (typeof PHASES)[number]['id'] | 'more';

/** One page of the tutorial: where it lives, what it is called and what it teaches first. */
export interface Stage {
  id: string;
  path: string;
  title: string;
  /** Short label for navigation and the workflow diagram. */
  short: string;
  phase: PhaseId;
  /** One sentence: what the learner does here. */
  summary: string;
  /** The lesson introduction, one idea per paragraph. */
  intro: string[];
  /** How the lab itself does this step (MSW, threads, workers), shown folded under "Under the hood". */
  underTheHood?: string[];
  /** True when the page's own part needs the full width (tables, charts, the inspector's two panes). */
  wide?: boolean;
  /** About how long the step takes a newcomer, reading and doing, in whole minutes (how measured: see STAGES). */
  minutes?: number;
}

/**
 * Every page in workflow order; the order drives navigation and previous/next links. The cloud lesson opens the
 * Deployment phase, because the review questions on deploying ask what the cloud is and why models run there.
 * Minutes: the rendered page's words read at 200 words a minute (counted in Chromium on the production build, before
 * any run: retrieve 428, explore 853, prepare 901, train 476, tune 271, evaluate 236, cloud 1,251, deploy 473,
 * inspect 638, monitor 623, update 708) plus the page's main actions in a walk-through with the defaults (training
 * takes about a second, a minute of monitor traffic, a minute of canary traffic), rounded up; 61 minutes for the
 * eleven steps, against about 40 minutes for an earlier learner who skimmed.
 */
export const STAGES: readonly Stage[] = [
  {
    id: 'overview',
    path: '/',
    title: 'From raw data to a deployed model',
    short: 'Overview',
    phase: 'more',
    summary: 'See the whole workflow and where you are in it.',
    intro: [],
  },
  {
    id: 'retrieve',
    path: '/data/retrieve',
    wide: true,
    title: 'Retrieve the data',
    short: 'Retrieve',
    phase: 'data',
    minutes: 3,
    summary: 'Download the raw penguin measurements over HTTP and look at them as they arrive.',
    intro: [
      `Every model starts with data. Ours is the Palmer penguins data set: ${PENGUIN_RECORDS} penguins from three islands in Antarctica, measured by scientists at Palmer Station.`,
      'Data usually lives somewhere else: a database, a bucket, an API. Here it sits behind the same REST API you will deploy your model to. Your browser asks for it with one GET request and gets back a CSV file.',
      'Look at the raw text before you trust it. Some cells are empty: the scientists could not measure every bird. You will deal with that in the next step.',
    ],
    underTheHood: [
      'There is no remote server behind this lab. A library called MSW (Mock Service Worker) answers every request to /api inside this tab, through the browser\'s service worker.',
      'The exchange is still real HTTP: open DevTools and its Network tab, and you will see the GET request and the CSV coming back.',
    ],
  },
  {
    id: 'explore',
    path: '/data/explore',
    wide: true,
    title: 'Clean and explore',
    short: 'Clean & explore',
    phase: 'data',
    minutes: 7,
    summary: 'Summarize, plot and clean the data: missing values, outliers and mistakes.',
    intro: [
      'A model learns whatever the data says, mistakes included. Cleaning means finding what is wrong before the model does.',
      'You explore with summaries and pictures: the count, mean and spread of every column, histograms of each measurement, and scatter plots of one measurement against another.',
      'Three kinds of trouble are common: missing values, outliers (values far from the rest) and plain mistakes, such as a body mass typed in kilograms instead of grams.',
    ],
  },
  {
    id: 'prepare',
    path: '/data/prepare',
    wide: true,
    title: 'Prepare the data',
    short: 'Prepare',
    phase: 'data',
    minutes: 6,
    summary: 'Split into training, validation and test sets, then normalize with numbers fitted on training data only.',
    intro: [
      'Before training, the data is split into three sets. The model learns from the training set. You tune your choices on the validation set. The test set is kept aside until the very end, to measure the model once, honestly.',
      'The four measurements use different scales: body mass is in the thousands of grams, bill depth is under 25 mm. Normalizing puts them on one scale, so no feature dominates just because its numbers are bigger.',
      'The normalization numbers (each feature\'s mean and standard deviation) are fitted on the training set only, and they travel with the model. The deployed endpoint applies the very same numbers to every request.',
    ],
  },
  {
    id: 'train',
    path: '/model/train',
    wide: true,
    title: 'Train a model',
    short: 'Train',
    phase: 'model',
    minutes: 5,
    summary: 'Train a small neural network in your browser and watch it learn.',
    intro: [
      'Training means adjusting a model\'s weights, step by step, so that its predictions match the training labels better. Each pass over the training data is an epoch.',
      'Our model is a small neural network: four measurements go in, three probabilities come out, one per species. It trains in your browser with TensorFlow.js.',
      'Two curves tell the story: the loss on the training set and the loss on the validation set. When the first keeps falling while the second rises, the model is memorizing instead of learning.',
    ],
    underTheHood: [
      'Training runs in a Web Worker: a script on a thread of its own, so the page stays responsive while the weights change.',
      'The in-page endpoint answers on the page\'s main thread. If training ran there too, every request would wait until an epoch finished.',
    ],
  },
  {
    id: 'tune',
    path: '/model/tune',
    wide: true,
    title: 'Tune on the validation set',
    short: 'Tune',
    phase: 'model',
    minutes: 4,
    summary: 'Try several settings and keep the one that does best on validation data.',
    intro: [
      'Settings you choose before training, such as the learning rate or the number of hidden units, are hyperparameters. Tuning means trying several and comparing them.',
      'You compare them on the validation set, never on the test set. If you picked the best model by its test score, that score would no longer be an honest estimate.',
    ],
  },
  {
    id: 'evaluate',
    path: '/model/evaluate',
    wide: true,
    title: 'Evaluate on the test set',
    short: 'Evaluate',
    phase: 'model',
    minutes: 4,
    summary: 'Measure the chosen model once on data it has never seen.',
    intro: [
      'The test set answers one question: how well will this model do on penguins it has never seen? You use it once, after all your choices are made.',
      'Accuracy is only the start. A confusion matrix shows which species get mixed up.',
      'Precision tells you how far to trust the model when it names a species: of its "Gentoo" answers, how many are right. Recall tells you how many penguins of a species it finds.',
      'A baseline keeps you honest: a "model" that always guesses the most common species is right surprisingly often. Yours has to beat it by a wide margin.',
    ],
  },
  {
    id: 'cloud',
    path: '/cloud',
    wide: true,
    title: 'Cloud computing and platforms',
    short: 'The cloud',
    phase: 'deploy',
    minutes: 7,
    summary: 'Why models are deployed in the cloud, and which platforms exist.',
    intro: [
      'Cloud computing means renting computers, storage and services over the internet instead of owning them. You pay for what you use, and you can get more capacity in minutes.',
      'That is why models are usually deployed in the cloud: the endpoint stays reachable all day, it can scale out (add machines) when many requests arrive, and someone else keeps the machines running.',
      'Platforms such as Amazon SageMaker AI, Google Vertex AI and Azure Machine Learning host endpoints for you. The endpoint in this tutorial copies the URL of SageMaker\'s: POST …/endpoints/{name}/invocations.',
    ],
  },
  {
    id: 'endpoint',
    path: '/deploy/endpoint',
    wide: true,
    title: 'Deploy behind an endpoint',
    short: 'Deploy',
    phase: 'deploy',
    minutes: 5,
    summary: 'Put the model into production behind a REST endpoint.',
    intro: [
      'A trained model on your laptop helps nobody else. Deploying means running it in a production environment where applications can reach it, at any time, from anywhere.',
      'Applications do not load your model file. They send data to an endpoint, a URL that accepts a request and answers with predictions. The endpoint is the single door into the model.',
      'In Python terms: if your web app calls predictions = ml_model(user_data), the endpoint is that call, the model is ml_model, and the application is the program around it. Over HTTP, the call becomes a POST request.',
    ],
  },
  {
    id: 'inspect',
    path: '/deploy/inspect',
    wide: true,
    title: 'Call the endpoint',
    short: 'Call the endpoint',
    phase: 'deploy',
    minutes: 7,
    summary: 'Build HTTP requests by hand, send them, and read every part of the answer.',
    intro: [
      'An HTTP request has a method (what to do), a URL (to what), headers (facts about the message) and sometimes a body (the data). The response has a status code, headers and a body.',
      'Pick a preset or write your own request, then send it. The answer comes from the endpoint running in this page: the model behind it was trained on the penguins data.',
      'Break things on purpose. Each error preset shows a status code the endpoint can return, and why. A good API says exactly what went wrong.',
    ],
    underTheHood: [
      'The endpoint lives in this tab: MSW (Mock Service Worker) hands each request to the same endpoint code a real server runs, and your browser\'s DevTools list every exchange in the Network tab.',
      'So curl or Python in a terminal cannot reach it. Against a real deployment, such as npm run serve, the same requests work unchanged.',
    ],
  },
  {
    id: 'monitor',
    path: '/deploy/monitor',
    wide: true,
    title: 'Monitor the deployed model',
    short: 'Monitor',
    phase: 'deploy',
    minutes: 6,
    summary: 'Watch traffic, errors, latency and the data the model receives.',
    intro: [
      'Deployment is not the end. Once a model serves real requests, you watch it: how many requests arrive, how many fail, and how long each takes.',
      'You also watch the data itself. If the penguins people send start to look different from the training data, the model\'s accuracy can drop without a single error. That is called data drift. It can creep in over months, or arrive in one morning, when a client starts sending kilograms instead of grams.',
      'Sometimes the inputs look just the same, but the right answer for them has changed. That is concept drift. Input checks cannot see it; only the true answers can.',
      'Accuracy needs the true answers, and they come back later, if at all: a biologist checks the penguin days after the prediction. Until then, drift in the inputs is your early warning.',
      'On this page you play the users. Send traffic, break it on purpose (a new colony, a unit mistake, a broken client) and see which numbers move first.',
      `A drift number from a few requests is mostly noise: even unchanged traffic never matches the training data exactly. So each feature waits for ${MIN_DRIFT_SAMPLES} values in the last minute before it gets a verdict, and shows its n and the noise expected at that n. With ${MIN_DRIFT_SAMPLES} values, normal traffic reads "no drift" (PSI below ${DRIFT_BAND_LIMITS.moderate}) in at least ${Math.round(NOISE_COVERAGE * 100)} % of minutes.`,
      'The first request after the model starts is slow: it loads the model, a cold start. The page lists it as such; it does not count towards the latency alert.',
    ],
    underTheHood: [
      'The traffic generator runs in a Web Worker, so its timer and fetch calls stay off the page\'s main thread, where MSW answers every request.',
      'The request log is filled from MSW\'s own events, so a request you type in DevTools shows up on the dashboard too.',
      'Every generated request is a new penguin: its species is picked by the share in your data, and its measurements are drawn from that species\' averages, spreads and correlations (a normal distribution fitted on your prepared rows). No real row is replayed.',
    ],
  },
  {
    id: 'update',
    path: '/deploy/update',
    wide: true,
    title: 'Update the model',
    short: 'Update',
    phase: 'deploy',
    minutes: 7,
    summary: 'Release a new version safely: canary, compare, promote or roll back.',
    intro: [
      'When monitoring shows a problem, the workflow loops back: get new data, retrain, and deploy a new version.',
      'Your new data is already here. Every feedback call in the request log carries the true species of penguins the endpoint has seen, so the log holds labelled rows from the population the model meets today.',
      'A new version should not take all the traffic at once. A canary release sends it a small share first, so you can compare it with the old version on the same live requests.',
      'The comparison is only fair on penguins neither version learned from. The traffic sends new penguins, never the rows whose labels trained the new version, and the table counts only requests since the last change of the traffic split, so each version\'s share matches the split you set.',
      'Then you decide: promote it to 100%, or roll back to the config you had before. Both are one PUT request to the endpoint.',
    ],
  },
  {
    id: 'quiz',
    path: '/quiz',
    wide: true,
    title: 'Check yourself',
    short: 'Quiz',
    phase: 'more',
    minutes: 8,
    summary: 'Answer the review questions and see what to revisit.',
    intro: [
      'The review questions cover the whole path: what the workflow is, where deployment fits, what cloud computing is and why we deploy there, what "deployed" means, what deployed code must be like, and which platforms exist.',
    ],
  },
  {
    id: 'recap',
    path: '/recap',
    title: 'Your recap',
    short: 'Recap',
    phase: 'more',
    summary: 'What you built, in your own numbers, and where to go next.',
    intro: [
      'Here is the path you walked, read back from what this browser saved: your data choices, your model, your test score and what your endpoint serves.',
      'A step you have not done yet says so. Nothing here is an example number.',
    ],
  },
  {
    id: 'glossary',
    path: '/glossary',
    title: 'Glossary',
    short: 'Glossary',
    phase: 'more',
    summary: 'Every word the lessons use, in one plain sentence each.',
    intro: ['Underlined words in the lessons open their definition in place, with a link to this page. Type in the filter to find a word, and follow "See it" to the page where you meet it in action.'],
  },
  {
    id: 'instructor',
    path: '/instructor',
    wide: true,
    title: 'Instructor guide',
    short: 'Instructor guide',
    phase: 'more',
    summary: `A ${CLASS_MINUTES}-minute class through the app: what to show, what to ask, and which keys to press.`,
    intro: [
      'Each block below has a time, the pages to open (links that open with the right settings), what to show and the questions to ask the class.',
      'Turn on presenter mode before you start: larger text for the projector, and quiz answers hidden until you reveal them.',
    ],
  },
];

/** The stage served at a path, or undefined. */
export function stageByPath(path: string): Stage | undefined {
  return STAGES.find((s) => s.path === path);
}

/** The stages before and after a path in workflow order (for previous/next links). */
export function neighbours(path: string): { previous: Stage | undefined; next: Stage | undefined } {
  const i = STAGES.findIndex((s) => s.path === path);
  return { previous: i > 0 ? STAGES[i - 1] : undefined, next: i >= 0 ? STAGES[i + 1] : undefined };
}
