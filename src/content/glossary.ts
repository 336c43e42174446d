import { PENGUIN_RECORDS } from './data-facts';
import { TECHNICAL_TERMS } from './glossary-technical';

/** One word of the course, defined in one plain sentence. */
export interface GlossaryTerm {
  /** Anchor id on /glossary: `/glossary#drift` links straight to it. */
  id: string;
  /** The word as the glossary lists it. */
  term: string;
  /**
   * Other spellings that lesson text links to this term (the term itself always counts; plurals are added
   * automatically). The name counts too, split at a bracket: "drift (data drift)". All-capital forms such as REST match only in capitals, so "the rest" stays plain text.
   */
  forms?: string[];
  /** Phrases that contain a spelling but mean something else: "body mass" is not an HTTP body. */
  notIn?: string[];
  /** One sentence, plain words. */
  definition: string;
  /** The page where the learner meets it in action. */
  seeIt?: { to: string; label: string };
}

const INSPECT = { to: '/deploy/inspect', label: 'Call the endpoint' };
const ENDPOINT = { to: '/deploy/endpoint', label: 'Deploy behind an endpoint' };
const MONITOR = { to: '/deploy/monitor', label: 'Monitor the deployed model' };
const UPDATE = { to: '/deploy/update', label: 'Update the model' };
const CLOUD = { to: '/cloud', label: 'Cloud computing and platforms' };
const EXPLORE = { to: '/data/explore', label: 'Clean and explore' };
const PREPARE = { to: '/data/prepare', label: 'Prepare the data' };
const TRAIN = { to: '/model/train', label: 'Train a model' };
const TUNE = { to: '/model/tune', label: 'Tune on the validation set' };
const EVALUATE = { to: '/model/evaluate', label: 'Evaluate on the test set' };
const RETRIEVE = { to: '/data/retrieve', label: 'Retrieve the data' };

/**
 * The course's core words, alphabetical by `term` (the glossary page sorts again, so order is for readers of this file).
 * Sources for the definitions that are easy to get wrong: REST, Fielding 2000 (dissertation, ch. 5); problem details and
 * extension members, RFC 9457 §3 and §3.2; status code families, RFC 9110 §15 and RFC 6585 §4 (429).
 */
const CORE_TERMS: readonly GlossaryTerm[] = [
  { id: 'accuracy', term: 'accuracy', definition: 'The share of predictions that are right: 0.97 means 97 of every 100 penguins get the right species.', seeIt: EVALUATE },
  { id: 'api', term: 'API', definition: 'An application programming interface: the requests a program accepts and the answers it gives back.', seeIt: INSPECT },
  { id: 'application', term: 'application', definition: 'The program people use, such as a web or phone app, that sends data to the endpoint and shows the prediction.', seeIt: ENDPOINT },
  { id: 'artifact', term: 'artifact (model artifact)', forms: ['artifact', 'model artifact'], definition: 'The saved files of a trained model: its architecture, its weights and the preprocessing numbers it needs.', seeIt: EVALUATE },
  { id: 'availability', term: 'availability', definition: 'How much of the time a service answers; providers keep it high by running copies in several places.', seeIt: CLOUD },
  { id: 'baseline', term: 'baseline', definition: 'A simple reference to compare against, such as always guessing the most common species, or the training data when you watch live inputs.', seeIt: EVALUATE },
  { id: 'batch', term: 'batch (request batch)', forms: ['batch', 'request batch'], definition: 'Several instances sent in one request, which saves round trips; not the same as a training mini-batch.', seeIt: INSPECT },
  { id: 'blue-green', term: 'blue/green deployment', forms: ['blue/green', 'blue-green'], definition: 'Running the old and the new version side by side and moving all traffic from one to the other at once, so you can switch back just as fast.', seeIt: UPDATE },
  { id: 'body', term: 'body', notIn: ['body mass'], definition: 'The data part of an HTTP message, such as the JSON with a penguin’s measurements.', seeIt: INSPECT },
  { id: 'canary', term: 'canary release', forms: ['canary'], definition: 'Sending a small share of the traffic to a new version first, to compare it with the old one before it takes everything.', seeIt: UPDATE },
  { id: 'client', term: 'client', definition: 'The program that sends a request, as opposed to the server that answers it.', seeIt: INSPECT },
  { id: 'cloud-computing', term: 'cloud computing', forms: ['the cloud'], definition: 'Renting computers, storage and ready-made services over the internet, and paying for what you use.', seeIt: CLOUD },
  { id: 'confusion-matrix', term: 'confusion matrix', definition: 'A table that counts, for each true species, how often the model predicted each species, so you see which ones get mixed up.', seeIt: EVALUATE },
  { id: 'container', term: 'container', definition: 'A program packed with everything it needs to run (code, libraries, settings), so it runs the same on any machine.', seeIt: CLOUD },
  { id: 'contract', term: 'contract (API contract)', forms: ['contract'], definition: 'The documented promise of an endpoint: which requests it accepts and which answers, errors included, it gives.', seeIt: INSPECT },
  { id: 'csv', term: 'CSV', definition: 'Comma-separated values: a plain-text table with one row per line and commas between the columns.', seeIt: RETRIEVE },
  { id: 'data-quality', term: 'data quality', definition: 'Whether incoming values are present, of the right type and inside their valid ranges.', seeIt: MONITOR },
  { id: 'data-residency', term: 'data residency', definition: 'A rule, often a law, that some data must stay in a given country or on your own machines.', seeIt: CLOUD },
  { id: 'data-set', term: 'data set', forms: ['dataset'], definition: `A collection of examples, one row each: here, ${PENGUIN_RECORDS} penguins with their measurements and species.`, seeIt: RETRIEVE },
  { id: 'leakage', term: 'data leakage', forms: ['leakage', 'target leakage'], definition: 'Training on information the model will not have when it predicts, such as test rows or a column that gives the answer away, so scores look better than they will be.', seeIt: PREPARE },
  { id: 'deployment', term: 'deployment', forms: ['deploy', 'deploying', 'deployed'], definition: 'Running a model in a production environment where applications can reach it at any time.', seeIt: ENDPOINT },
  { id: 'concept-drift', term: 'concept drift', definition: 'A change in how the inputs relate to the right answer while the inputs look the same, so only feedback with the true answers can reveal it.', seeIt: MONITOR },
  { id: 'drift', term: 'drift (data drift)', forms: ['drift', 'data drift'], definition: 'A change, slow or sudden, in the data a deployed model receives compared with its training data, which can lower accuracy without a single error.', seeIt: MONITOR },
  { id: 'endpoint', term: 'endpoint', definition: 'A URL that accepts requests with data and answers with predictions: the single door into a deployed model.', seeIt: ENDPOINT },
  { id: 'extension-member', term: 'extension member', definition: 'A field a problem-details body adds to the ones RFC 9457 defines, such as this API’s errors list with a pointer to each wrong field.', seeIt: INSPECT },
  { id: 'epoch', term: 'epoch', definition: 'One pass of training over every row of the training set.', seeIt: TRAIN },
  { id: 'feature', term: 'feature', definition: 'One input column the model reads, such as bill length in millimetres.', seeIt: EXPLORE },
  { id: 'feedback', term: 'feedback (ground truth)', forms: ['feedback', 'ground truth'], definition: 'The true answer that arrives later for a past prediction, such as the species a biologist confirmed, used to measure live accuracy.', seeIt: MONITOR },
  { id: 'header', term: 'header', definition: 'A name and a value that state a fact about an HTTP message, such as Content-Type: application/json.', seeIt: INSPECT },
  { id: 'http', term: 'HTTP', definition: 'The HyperText Transfer Protocol: the rules by which a client sends a request and a server sends back a response.', seeIt: INSPECT },
  { id: 'hyperparameter', term: 'hyperparameter', definition: 'A setting chosen before training, such as the learning rate or the number of hidden units, rather than learned from the data.', seeIt: TUNE },
  { id: 'inference', term: 'inference', definition: 'Using a trained model to make predictions on new data, as opposed to training it.', seeIt: INSPECT },
  { id: 'instance', term: 'instance', definition: 'One example sent for prediction: here, one penguin’s four measurements.', seeIt: INSPECT },
  { id: 'json', term: 'JSON', definition: 'JavaScript Object Notation: a text format for data made of {} objects, [] lists, strings and numbers.', seeIt: INSPECT },
  { id: 'label', term: 'label', definition: 'The right answer for a training example: here, the penguin’s species.', seeIt: EXPLORE },
  { id: 'latency', term: 'latency', definition: 'How long one request takes, from sending it to receiving the whole answer, in milliseconds.', seeIt: MONITOR },
  { id: 'learning-rate', term: 'learning rate', definition: 'How big a step training takes each time it adjusts the weights.', seeIt: TUNE },
  { id: 'lock-in', term: 'lock-in', definition: 'Being tied to one provider because your code depends on its own services.', seeIt: CLOUD },
  { id: 'loss', term: 'loss', definition: 'A number that measures how wrong the model’s predictions are; training tries to make it smaller.', seeIt: TRAIN },
  { id: 'managed-service', term: 'managed service', forms: ['managed infrastructure'], definition: 'A service whose machines the provider installs, patches and replaces, so your team only looks after the model.', seeIt: CLOUD },
  { id: 'method', term: 'method (HTTP method)', forms: ['method', 'HTTP method'], definition: 'The verb of an HTTP request that says what to do: GET reads, POST sends data, PUT replaces, DELETE removes.', seeIt: INSPECT },
  { id: 'missing-value', term: 'missing value', definition: 'A cell with no measurement in it, which must be dropped or filled in before training.', seeIt: EXPLORE },
  { id: 'model', term: 'model', definition: 'A function learned from data that turns inputs, here four measurements, into a prediction, here a species.', seeIt: TRAIN },
  { id: 'monitoring', term: 'monitoring', definition: 'Watching a deployed model’s traffic, errors, latency and incoming data, so problems are seen early.', seeIt: MONITOR },
  { id: 'msw', term: 'MSW (Mock Service Worker)', forms: ['MSW', 'Mock Service Worker'], definition: 'A library that answers this app’s HTTP requests inside your browser, standing in for a real server.', seeIt: INSPECT },
  { id: 'neural-network', term: 'neural network', definition: 'A model made of layers of simple units whose weights are adjusted during training.', seeIt: TRAIN },
  { id: 'normalization', term: 'normalization', forms: ['normalize', 'normalizing', 'normalized'], definition: 'Putting all features on a similar scale, so that none dominates just because its numbers are bigger.', seeIt: PREPARE },
  { id: 'outlier', term: 'outlier', definition: 'A value far from the others, which can be a rare real case or a mistake.', seeIt: EXPLORE },
  { id: 'overfitting', term: 'overfitting', forms: ['overfit', 'memorizing'], definition: 'When a model learns the training data by heart, noise included, and does worse on new data.', seeIt: TRAIN },
  { id: 'p95', term: 'p95 (95th percentile)', forms: ['p95', '95th percentile'], definition: 'The latency that 95 of every 100 requests beat: the slow tail that averages hide.', seeIt: MONITOR },
  { id: 'payload', term: 'payload', definition: 'The data a request or response carries in its body, such as the list of instances.', seeIt: INSPECT },
  { id: 'precision', term: 'precision', definition: 'Of the penguins the model called a given species, the share that really are that species.', seeIt: EVALUATE },
  { id: 'prediction', term: 'prediction', definition: 'The model’s answer for one instance: the species it finds most likely, with a probability for each.', seeIt: INSPECT },
  { id: 'preprocessing', term: 'preprocessing', definition: 'The steps that turn raw inputs into what the model expects, such as standardizing with the training set’s means and standard deviations.', seeIt: PREPARE },
  { id: 'problem-details', term: 'problem details', definition: 'A standard JSON error body (RFC 9457) that says what went wrong: a type (a URI naming the kind of problem), a title, the status and a detail.', seeIt: INSPECT },
  { id: 'production', term: 'production (production environment)', forms: ['production', 'production environment'], definition: 'Where software runs for real users, as opposed to your own laptop or notebook.', seeIt: ENDPOINT },
  { id: 'psi', term: 'PSI (Population Stability Index)', forms: ['PSI', 'Population Stability Index'], definition: 'One number that says how far a feature’s live distribution has moved from its training distribution.', seeIt: MONITOR },
  { id: 'recall', term: 'recall', definition: 'Of the penguins that really are a given species, the share the model found.', seeIt: EVALUATE },
  { id: 'registry', term: 'registry (model registry)', forms: ['registry', 'model registry'], definition: 'The catalogue of model versions, each with its files and metrics, from which endpoints pick what to serve.', seeIt: ENDPOINT },
  { id: 'request', term: 'request', definition: 'The message a client sends: a method, a URL, headers and sometimes a body.', seeIt: INSPECT },
  { id: 'response', term: 'response', definition: 'The message a server sends back: a status code, headers and usually a body.', seeIt: INSPECT },
  { id: 'rest', term: 'REST', forms: ['REST', 'REST API'], definition: 'An architectural style for the web: stateless requests from client to server, cacheable answers, layers between, and one uniform interface where URLs name resources.', seeIt: ENDPOINT },
  { id: 'rollback', term: 'rollback', forms: ['roll back', 'rolled back'], definition: 'Sending the traffic back to the previous version when a new one does worse.', seeIt: UPDATE },
  { id: 'scaler', term: 'scaler', definition: 'The fitted numbers (mean and standard deviation, or minimum and maximum) that normalize each feature and ship with the model.', seeIt: PREPARE },
  { id: 'scaling', term: 'scaling', forms: ['scale out', 'scaling out', 'scale up', 'scaling up'], definition: 'Changing capacity with the traffic: scaling out adds machines, scaling up moves to a bigger machine, and both can shrink again when traffic drops.', seeIt: CLOUD },
  { id: 'serverless', term: 'serverless', definition: 'Running code on machines the provider starts only when requests arrive, paying per call instead of per hour.', seeIt: CLOUD },
  { id: 'service-worker', term: 'service worker', definition: 'A script the browser runs beside the page that can answer the page’s network requests; here it hosts the endpoint.', seeIt: INSPECT },
  { id: 'split', term: 'split', definition: 'Dividing the rows into training, validation and test sets before any model sees them.', seeIt: PREPARE },
  { id: 'standard-deviation', term: 'standard deviation', definition: 'How spread out values are around their mean, in the feature’s own unit.', seeIt: EXPLORE },
  { id: 'standardization', term: 'standardization', forms: ['standardize', 'standardizing', 'standardized'], definition: 'Normalizing a feature by subtracting its training mean and dividing by its training standard deviation.', seeIt: PREPARE },
  { id: 'stateless', term: 'stateless', definition: 'Each request carries everything needed to answer it, so any copy of the endpoint gives the same answer.', seeIt: CLOUD },
  { id: 'status-code', term: 'status code', definition: 'Three digits that say how a request went: 2xx success, 4xx a client error (change the request, or after 429 wait and resend it), 5xx a server failure.', seeIt: INSPECT },
  { id: 'test-set', term: 'test set', definition: 'Data kept aside until the very end and used once, to estimate how the model does on penguins it has never seen.', seeIt: EVALUATE },
  { id: 'training-set', term: 'training set', forms: ['training data'], definition: 'The data the model learns its weights from.', seeIt: PREPARE },
  { id: 'url', term: 'URL', definition: 'The address of a resource on the web, such as /api/endpoints/penguins/invocations on this site.', seeIt: INSPECT },
  { id: 'validation-set', term: 'validation set', forms: ['validation data'], definition: 'Data used to compare settings and pick the best model, kept apart from both training and test data.', seeIt: TUNE },
  { id: 'version', term: 'version (model version)', forms: ['version', 'model version'], definition: 'A numbered, saved model (v1, v2 and so on), so you can compare, deploy and roll back exactly that one.', seeIt: UPDATE },
  { id: 'weights', term: 'weights', forms: ['weight'], definition: 'The numbers inside a neural network that training adjusts, step by step.', seeIt: TRAIN },
];

/** Every term the lessons and the pages use: the core words, then the technical ones (glossary-technical.ts). */
export const GLOSSARY: readonly GlossaryTerm[] = [...CORE_TERMS, ...TECHNICAL_TERMS];

/** The term with this id, or undefined. */
export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return GLOSSARY.find((t) => t.id === id);
}
