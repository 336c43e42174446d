import type { Question } from '../core/quiz/question';
import { no, yes } from './quiz-choices';

/** Questions for the deployment stages: at least three per stage. */
export const DEPLOYMENT_QUESTIONS: Question[] = [
  // endpoint
  {
    id: 'endpoint-python-analogy',
    kind: 'matching',
    stage: 'endpoint',
    review: 'deployed-meaning',
    prompt: 'Your web app runs predictions = ml_model(user_data). Match each part of deployment with its Python counterpart.',
    pairs: [
      { id: 'endpoint', left: 'Endpoint', right: 'The call ml_model(user_data)', explanation: 'The endpoint is the call: data goes in, predictions come out.' },
      { id: 'model', left: 'Model', right: 'The function ml_model', explanation: 'The model does the work, like the body of the function.' },
      { id: 'application', left: 'Application', right: 'The whole program (web_app.py)', explanation: 'The application gets the user\'s data, calls the model and shows the result.' },
    ],
  },
  {
    id: 'endpoint-why-post',
    kind: 'single',
    stage: 'endpoint',
    prompt: 'Why does a prediction request use POST, not GET?',
    options: [
      yes('body', 'It sends the input data in the body and asks the server to compute something with it.', 'Right. POST carries a body. In our API: POST /api/endpoints/penguins/invocations.'),
      no('faster', 'POST is faster than GET.', 'Both methods travel the same way. The difference is meaning, not speed.'),
      no('secret', 'POST encrypts the data.', 'Encryption comes from HTTPS, for every method.'),
      no('delete', 'POST deletes the old prediction first.', 'POST deletes nothing. DELETE removes resources, such as an endpoint in our API.'),
    ],
  },
  {
    id: 'endpoint-rest',
    kind: 'single',
    stage: 'endpoint',
    prompt: 'What is REST?',
    options: [
      yes('style', 'An architectural style for web APIs: stateless requests, resources named by URLs, and the standard methods acting on them.', 'Right. Roy Fielding described it in 2000. Each request carries all it needs, and answers can be cached. Over HTTP, GET reads, PUT creates or replaces, DELETE removes, and POST sends data to process.'),
      no('library', 'A Python library for machine learning.', 'REST is an architectural style, not a library. Any language can follow it.'),
      no('sleep', 'A pause that lets the server recover.', 'A play on words, but no. In our API an endpoint that cannot answer says so with 503 and Retry-After.'),
      no('model', 'A format for saving models.', 'Model files use formats such as the TensorFlow.js layers format. REST is about communication.'),
    ],
  },
  // inspect
  {
    id: 'inspect-label-request',
    kind: 'label',
    stage: 'inspect',
    prompt: 'Label each part of this raw HTTP request: method, URL, header or body.',
    parts: [
      { id: 'method', text: 'POST', role: 'method', explanation: 'The method comes first on the request line. POST sends data to process.' },
      { id: 'url', text: '/api/endpoints/penguins/invocations', role: 'url', explanation: 'The URL says which resource: here, the invocations of the penguins endpoint.' },
      { id: 'content-type', text: 'Content-Type: application/json', role: 'header', explanation: 'A header is a name, a colon and a value. This one says the body is JSON.' },
      { id: 'accept', text: 'Accept: application/json', role: 'header', explanation: 'Another header: the client asks for a JSON answer.' },
      { id: 'body', text: '{"instances":[{"bill_length_mm":39.1,"bill_depth_mm":18.7,"flipper_length_mm":181,"body_mass_g":3750}]}', role: 'body', explanation: 'The body comes after an empty line. It holds the user\'s data: one penguin to classify.' },
    ],
  },
  {
    id: 'inspect-status-codes',
    kind: 'matching',
    stage: 'inspect',
    prompt: 'Match each status code with what it means in our API.',
    pairs: [
      { id: 's200', left: '200 OK', right: 'The prediction is in the body', explanation: '2xx means success. 200 comes with the predictions.' },
      { id: 's404', left: '404 Not Found', right: 'No endpoint has that name', explanation: '404 means the URL points at nothing.' },
      { id: 's415', left: '415 Unsupported Media Type', right: 'The Content-Type is missing or not JSON or CSV', explanation: '415 is about the format of the body, as stated in the Content-Type header.' },
      { id: 's422', left: '422 Unprocessable Content', right: 'The body parses, but a field is missing or out of range', explanation: '422 means the body could be read but its values are wrong.' },
      { id: 's503', left: '503 Service Unavailable', right: 'No model version serves traffic; retry once one is deployed', explanation: '5xx means the server side has a problem. 503 comes with Retry-After, but with no version deployed a retry only helps once someone deploys one.' },
    ],
  },
  {
    id: 'inspect-status-families',
    kind: 'single',
    stage: 'inspect',
    prompt: 'Your request gets a 4xx status code. Where is the problem?',
    options: [
      yes('client', 'In the request: the client sent something the server cannot accept.', 'Right. 4xx is the client error family. Read the body: our API says what to fix. One exception: after 429 Too Many Requests the same request can succeed, once you wait for Retry-After.'),
      no('server', 'In the server: it crashed.', 'Server problems are 5xx, such as 500 or 503.'),
      no('success', 'Nowhere: 4xx means success.', 'Success is 2xx, such as 200 or 201.'),
      no('network', 'In the network cable.', 'If the network fails, there is no status code at all: no response arrives.'),
    ],
  },
  // monitor
  {
    id: 'monitor-what',
    kind: 'multiple',
    stage: 'monitor',
    prompt: 'What do you watch on a deployed model?',
    options: [
      yes('requests', 'How many requests arrive', 'Right. Traffic tells you how much the model is used, and when to scale.'),
      yes('errors', 'How many requests fail, and with which status codes', 'Right. A rise in 4xx can mean a broken client; a rise in 5xx, a broken server.'),
      yes('latency', 'How long each request takes (latency)', 'Right. A slow endpoint makes the application slow.'),
      yes('inputs', 'Whether the input data still looks like the training data', 'Right. That is how you catch data drift.'),
      no('train-loss', 'The training loss of the model', 'Wrong. The training loss is fixed once training ends. It says nothing about live traffic.'),
    ],
  },
  {
    id: 'monitor-drift',
    kind: 'single',
    stage: 'monitor',
    prompt: 'What is data drift?',
    options: [
      yes('inputs-change', 'The data the model receives becomes different from its training data, slowly or all at once.', 'Right. Slowly: penguins from a new island start to arrive. All at once: a client starts sending kilograms instead of grams. Either way the model was never trained for that data.'),
      no('weights', 'The model\'s weights change on their own over time.', 'A deployed model\'s weights stay fixed until you deploy a new version.'),
      no('latency', 'Requests become slower.', 'That is a latency problem, which you also monitor. Drift is about the data.'),
      no('errors', 'The endpoint returns more 500 errors.', 'Drift usually causes no errors at all. That is what makes it dangerous.'),
    ],
  },
  {
    id: 'monitor-silent',
    kind: 'multiple',
    stage: 'monitor',
    prompt: 'Every request gets 200 OK, yet the predictions are getting worse. Which causes can explain it?',
    options: [
      yes('drift', 'The inputs have drifted: the model answers confidently, but on data unlike what it learned from.', 'Right. A status code only says the request worked, not that the prediction is right.'),
      yes('concept', 'The inputs look the same, but the right answer for them has changed (concept drift).', 'Right. Input checks cannot see it. Only feedback with the true answers shows the accuracy falling.'),
      no('impossible', 'It cannot happen: 200 means the prediction is right.', '200 means the server handled the request. It knows nothing about whether the species is right.'),
      no('cache', 'The browser cached old answers.', 'Prediction requests use POST, which browsers do not cache by default.'),
      no('test', 'The test set was too small.', 'A small test set makes the first estimate less certain. It does not make a model get worse over time.'),
    ],
  },
  // update
  {
    id: 'update-canary',
    kind: 'single',
    stage: 'update',
    prompt: 'What is a canary release?',
    options: [
      yes('share', 'The new version gets a small share of the traffic first, next to the old one.', 'Right. If it does worse, few requests were affected, and you can roll back.'),
      no('all', 'The new version replaces the old one for everyone at once.', 'That is a full switch. It puts every request at risk if the new version is bad.'),
      no('bird', 'A model trained on bird data.', 'Our penguins are birds, but the name comes from canaries once taken into mines as an early warning.'),
      no('test', 'Running the new version on the test set.', 'That is evaluation, before deployment. A canary uses live traffic.'),
    ],
  },
  {
    id: 'update-rollback',
    kind: 'single',
    stage: 'update',
    prompt: 'Your canary (v2, 10 % of traffic) has more errors than v1. What do you do?',
    options: [
      yes('rollback', 'Roll back: send all traffic to v1 again, then find out what went wrong with v2.', 'Right. Keeping the old version deployed is what makes a quick rollback possible.'),
      no('promote', 'Promote v2 to 100 % so you get more data about the errors.', 'That would hit every user with the problem. Fix first, then try again.'),
      no('delete-v1', 'Delete v1 to free resources.', 'v1 is the version that works. Deleting it leaves nothing to fall back on.'),
      no('ignore', 'Wait: the errors will go away on their own.', 'Errors rarely fix themselves. Meanwhile, real users get them.'),
    ],
  },
  {
    id: 'update-loop-order',
    kind: 'ordering',
    stage: 'update',
    review: 'deployment-in-workflow',
    prompt: 'Monitoring shows a problem. Put the steps of the update in order.',
    items: [
      { id: 'notice', text: 'Monitoring shows the model does worse', explanation: 'The loop starts from what monitoring shows.' },
      { id: 'new-data', text: 'Retrieve new data that covers the change', explanation: 'The workflow loops back to its first step: data.' },
      { id: 'retrain', text: 'Retrain and evaluate a new version', explanation: 'A new version must pass the same checks as the first one.' },
      { id: 'canary', text: 'Deploy it as a canary with a small share of traffic', explanation: 'Only a small share of traffic is put at risk.' },
      { id: 'promote', text: 'Compare, then promote it or roll back', explanation: 'The comparison decides: all traffic to the new version, or back to the old.' },
    ],
  },
];
