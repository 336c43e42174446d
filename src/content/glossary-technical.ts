import type { GlossaryTerm } from './glossary';

const TRAIN = { to: '/model/train', label: 'Train a model' };
const TUNE = { to: '/model/tune', label: 'Tune on the validation set' };
const EVALUATE = { to: '/model/evaluate', label: 'Evaluate on the test set' };
const EXPLORE = { to: '/data/explore', label: 'Clean and explore' };
const PREPARE = { to: '/data/prepare', label: 'Prepare the data' };
const INSPECT = { to: '/deploy/inspect', label: 'Call the endpoint' };
const MONITOR = { to: '/deploy/monitor', label: 'Monitor the deployed model' };
const CLOUD = { to: '/cloud', label: 'Cloud computing and platforms' };

/**
 * The technical words of the pages' benches (network settings, outlier rules, headers, tools and platforms), alphabetical.
 * Sources: ReLU/tanh/sigmoid/softmax, Goodfellow et al., Deep Learning (2016) ch. 6; Adam, Kingma & Ba (2015); the IQR
 * rule with k = 1.5, Tukey, Exploratory Data Analysis (1977); F1, van Rijsbergen (1979); KiB/MiB, IEC 80000-13; FP32,
 * IEEE 754 binary32 (24-bit significand, about 7 decimal digits); JSON Pointer, RFC 6901; Server-Timing, W3C Server
 * Timing; problem details, RFC 9457; Open Inference Protocol V2, KServe and Triton docs; MLflow scoring server, MLflow docs.
 */
export const TECHNICAL_TERMS: readonly GlossaryTerm[] = [
  { id: 'activation', term: 'activation function', forms: ['activation'], definition: 'The function a unit applies to its weighted sum, such as ReLU; without one, stacked layers would collapse into a single straight-line function.', seeIt: TUNE },
  { id: 'adam', term: 'Adam', definition: 'An optimizer: gradient descent that adapts the step size of each weight from its recent gradients, which usually trains faster than plain SGD.', seeIt: TUNE },
  { id: 'azure-ml', term: 'Azure Machine Learning', definition: 'Microsoft Azure’s managed service for training models and hosting them behind endpoints.', seeIt: CLOUD },
  { id: 'cache-control', term: 'Cache-Control', definition: 'A header that says whether and for how long a client or proxy may keep an answer instead of asking again.', seeIt: INSPECT },
  { id: 'cold-start', term: 'cold start', definition: 'The slow first request after a server or model starts, spent loading the model; the requests after it are fast.', seeIt: MONITOR },
  { id: 'content-disposition', term: 'Content-Disposition', definition: 'A header that says whether to show a body or save it as a file, and which file name to use.', seeIt: INSPECT },
  { id: 'curl', term: 'curl', definition: 'A command-line program that sends HTTP requests, handy for trying an endpoint from a terminal.', seeIt: INSPECT },
  { id: 'devtools', term: 'DevTools', forms: ['developer tools'], definition: 'The browser’s built-in developer tools (F12), whose Network tab lists every request the page sends.', seeIt: INSPECT },
  { id: 'early-stopping', term: 'early stopping', definition: 'Keeping the weights from the epoch where validation loss was lowest, before overfitting set in, instead of the last epoch’s.', seeIt: TRAIN },
  { id: 'exponential-backoff', term: 'exponential backoff', forms: ['backoff'], definition: 'Waiting twice as long after each failed try (0.5 s, 1 s, 2 s and so on) before retrying, so a struggling server gets room to recover.', seeIt: INSPECT },
  { id: 'f1', term: 'F1 score', forms: ['F1'], definition: 'The harmonic mean of precision and recall, 2PR / (P + R): high only when both are high.', seeIt: EVALUATE },
  { id: 'fp32', term: 'FP32 (float32)', forms: ['FP32', 'float32'], definition: 'A 32-bit floating-point number, 4 bytes with about 7 significant digits: the format the model’s weights are stored in.', seeIt: TRAIN },
  { id: 'gradient-descent', term: 'gradient descent', forms: ['gradient'], definition: 'How training lowers the loss: work out how the loss changes with each weight (the gradient), then move every weight a small step downhill.', seeIt: TRAIN },
  { id: 'hidden-layer', term: 'hidden layer', forms: ['hidden unit'], definition: 'A layer between a network’s inputs and its outputs; its units, here 16 by default, learn combinations of the measurements.', seeIt: TUNE },
  { id: 'histogram', term: 'histogram', definition: 'A bar chart of how many values fall in each range of one measurement.', seeIt: EXPLORE },
  { id: 'iqr', term: 'IQR (interquartile range)', forms: ['IQR', 'interquartile range'], definition: 'Q3 minus Q1, the width of the middle half of the values; the IQR rule flags values more than k × IQR below Q1 or above Q3.', seeIt: EXPLORE },
  { id: 'json-pointer', term: 'JSON Pointer', definition: 'A path to one value inside a JSON document, such as /instances/0/body_mass_g (RFC 6901).', seeIt: INSPECT },
  { id: 'kib', term: 'KiB (kibibyte)', forms: ['KiB', 'kibibyte', 'MiB', 'mebibyte'], definition: 'A kibibyte is 1,024 bytes, and a mebibyte (MiB) is 1,024 KiB.', seeIt: INSPECT },
  { id: 'kserve', term: 'KServe', definition: 'Open-source software that serves models on Kubernetes and answers the Open Inference Protocol V2.', seeIt: CLOUD },
  { id: 'kubernetes', term: 'Kubernetes', definition: 'Open-source software that runs containers across a group of machines, restarting, scaling and connecting them.', seeIt: CLOUD },
  { id: 'main-thread', term: 'main thread', definition: 'The one thread on which a page runs its scripts, draws itself and handles clicks, so long work there makes everything wait.', seeIt: TRAIN },
  { id: 'mini-batch', term: 'mini-batch (training batch)', forms: ['mini-batch', 'training batch'], definition: 'A small group of training rows whose loss gives one weight update; not the same as a batch of instances in one request.', seeIt: TUNE },
  { id: 'mlflow', term: 'MLflow', definition: 'An open-source platform that tracks training runs, registers models and serves them behind a /invocations URL.', seeIt: INSPECT },
  { id: 'mlp', term: 'MLP (multilayer perceptron)', forms: ['MLP', 'multilayer perceptron'], definition: 'A neural network of fully connected layers, such as 4-16-3 here: 4 inputs, 16 hidden units, 3 outputs.', seeIt: TRAIN },
  { id: 'one-hot', term: 'one-hot encoding', forms: ['one-hot'], definition: 'Writing a category as 0s with a single 1, such as Gentoo as [0, 0, 1], so a model can compare it with its outputs.', seeIt: TRAIN },
  { id: 'open-inference', term: 'Open Inference Protocol (V2)', forms: ['Open Inference Protocol', 'V2 protocol'], definition: 'A shared request and answer format for model servers, used by KServe and Triton: POST /v2/models/{name}/infer.', seeIt: INSPECT },
  { id: 'optimizer', term: 'optimizer', definition: 'The rule that turns gradients into weight changes during training, such as SGD or Adam.', seeIt: TUNE },
  { id: 'p50', term: 'p50 (median)', forms: ['p50', 'median'], definition: 'The value half of the measurements fall below: for latency, the time a typical request takes.', seeIt: MONITOR },
  { id: 'p99', term: 'p99 (99th percentile)', forms: ['p99', '99th percentile'], definition: 'The latency that 99 of every 100 requests beat: the slowest one in a hundred.', seeIt: MONITOR },
  { id: 'quantile-bin', term: 'quantile bin', forms: ['quintile', 'quintile bin', 'quantile'], definition: 'One of the ranges that cut the training values into equal shares, such as five bins of 20 % each, over which PSI compares shares.', seeIt: MONITOR },
  { id: 'quartile', term: 'quartile (Q1, Q3)', forms: ['Q1', 'Q3', 'quartile'], definition: 'Q1 is the value a quarter of the values fall below, and Q3 the value three quarters fall below.', seeIt: EXPLORE },
  { id: 'relu', term: 'ReLU', forms: ['relu'], definition: 'An activation that keeps positive numbers and turns negative ones into zero: max(0, x).', seeIt: TUNE },
  { id: 'rfc', term: 'RFC (Request for Comments)', forms: ['RFC', 'RFC 9457', 'RFC 9110', 'RFC 6901'], definition: 'A numbered internet standard from the IETF, such as RFC 9110 for HTTP or RFC 9457 for problem details.', seeIt: INSPECT },
  { id: 'sagemaker', term: 'SageMaker (Amazon SageMaker AI)', forms: ['SageMaker AI', 'Amazon SageMaker'], definition: 'Amazon Web Services’ managed service for training models and hosting them behind endpoints.', seeIt: CLOUD },
  { id: 'scatter-plot', term: 'scatter plot', definition: 'A chart with one dot per row, one measurement across and another up, that shows how the two relate.', seeIt: EXPLORE },
  { id: 'seed', term: 'seed (random seed)', forms: ['seed', 'random seed'], definition: 'A number that fixes every random choice, such as the split and the starting weights, so the same seed gives the same results.', seeIt: PREPARE },
  { id: 'server-timing', term: 'Server-Timing', definition: 'A response header listing how long the server spent on each step, such as model-load;dur=120 (milliseconds).', seeIt: INSPECT },
  { id: 'sgd', term: 'SGD (stochastic gradient descent)', forms: ['SGD', 'sgd', 'stochastic gradient descent'], definition: 'Gradient descent that updates the weights after each mini-batch, with the same step size for every weight.', seeIt: TUNE },
  { id: 'sigmoid', term: 'sigmoid', definition: 'An activation that squashes any number into the range 0 to 1 along an S-shaped curve.', seeIt: TUNE },
  { id: 'softmax', term: 'softmax', definition: 'The output layer’s function that turns raw scores into probabilities that add up to 1, one per species.', seeIt: TRAIN },
  { id: 'tanh', term: 'tanh', definition: 'An activation that squashes any number into the range −1 to 1 along an S-shaped curve.', seeIt: TUNE },
  { id: 'tensor', term: 'tensor', definition: 'A grid of numbers with a shape, such as 51 × 4 for 51 penguins with 4 measurements each; TensorFlow.js computes with tensors.', seeIt: TRAIN },
  { id: 'tensorflow-js', term: 'TensorFlow.js', forms: ['tfjs'], definition: 'Google’s library for building, training and running neural networks in JavaScript, in the browser or in Node.', seeIt: TRAIN },
  { id: 'triton', term: 'Triton (Triton Inference Server)', forms: ['Triton', 'Triton Inference Server'], definition: 'NVIDIA’s open-source model server, which runs models from many frameworks and answers the Open Inference Protocol V2.', seeIt: INSPECT },
  { id: 'vertex-ai', term: 'Vertex AI', definition: 'Google Cloud’s managed service for training models and hosting them behind endpoints.', seeIt: CLOUD },
  { id: 'web-worker', term: 'Web Worker', definition: 'A script the browser runs on a thread of its own, so long work such as training does not freeze the page.', seeIt: TRAIN },
  { id: 'x-request-id', term: 'X-Request-Id', definition: 'A header with a unique id for one exchange: quote it when you report a problem, so it can be found in the logs.', seeIt: INSPECT },
  { id: 'x-train', term: 'X_train', forms: ['y_train'], definition: 'The usual Python names for the training set’s inputs (X_train, one row per penguin) and their labels (y_train).', seeIt: PREPARE },
  { id: 'z-score', term: 'z-score', definition: 'How many standard deviations a value lies from the mean; the z-score rule flags values beyond a threshold such as 3.', seeIt: EXPLORE },
];
