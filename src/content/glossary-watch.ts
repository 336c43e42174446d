/**
 * Jargon a newcomer cannot be expected to know. Any lesson or page text that uses one of these words (or its plural)
 * must be explained by a glossary entry: glossary-watch.test.ts scans the content and the pages' text and fails on
 * a use that no entry's spelling covers. All-capital words are watched in capitals only, as the linker matches them.
 * Add a word here when a lesson starts using it, then give it an entry.
 */
export const WATCHED_WORDS: readonly string[] = [
  // Modeling
  'activation', 'relu', 'tanh', 'sigmoid', 'softmax', 'Adam', 'SGD', 'sgd', 'stochastic gradient descent', 'gradient descent',
  'optimizer', 'mini-batch', 'training batch', 'seed', 'one-hot', 'X_train', 'y_train', 'weights', 'epoch', 'loss', 'MLP',
  'hidden unit', 'hidden layer', 'neural network', 'tensor', 'TensorFlow.js', 'tfjs', 'FP32', 'float32', 'learning rate',
  'hyperparameter', 'overfitting', 'early stopping', 'F1', 'F1 score', 'precision', 'recall', 'confusion matrix', 'baseline',
  // Data
  'IQR', 'interquartile range', 'Q1', 'Q3', 'quartile', 'z-score', 'standardization', 'normalization', 'outlier',
  'histogram', 'scatter plot', 'leakage', 'scaler', 'preprocessing', 'validation set', 'test set', 'training set',
  // HTTP and the browser
  'KiB', 'MiB', 'Cache-Control', 'Content-Disposition', 'X-Request-Id', 'Server-Timing', 'DevTools', 'service worker',
  'Web Worker', 'main thread', 'cold start', 'curl', 'JSON Pointer', 'RFC', 'RFC 9457', 'exponential backoff',
  'problem details', 'extension member', 'payload', 'MSW', 'Mock Service Worker',
  // Monitoring
  'p50', 'p95', 'p99', 'PSI', 'quantile', 'quintile', 'quantile bin', 'latency', 'drift', 'concept drift', 'data quality',
  // Platforms and operations
  'SageMaker', 'KServe', 'Triton', 'MLflow', 'Kubernetes', 'Vertex AI', 'Azure Machine Learning', 'Open Inference Protocol',
  'canary', 'blue/green', 'rollback', 'registry', 'serverless', 'container', 'stateless',
];
