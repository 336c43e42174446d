/** The parts of the production environment, as the schematic on /deploy/endpoint shows them. */
export const PRODUCTION_PARTS = {
  users: {
    title: 'Users',
    text: 'People (or other programs) with data: a field researcher who measured a penguin and wants to know its species.',
  },
  application: {
    title: 'Application',
    text: 'The program the users touch: a web or phone app. It collects the data, sends it to the endpoint, and shows the prediction. It never loads the model file itself.',
  },
  endpoint: {
    title: 'Endpoint (REST API)',
    text: 'The model’s only door: a URL that accepts an HTTP request with data and answers with predictions. It checks the input, applies the preprocessing that shipped with the model, and refuses bad requests with a clear status code.',
  },
  model: {
    title: 'Model',
    text: 'The trained network and its fitted preprocessing numbers. It turns four measurements into three probabilities. It can be replaced by a new version without changing the endpoint’s URL.',
  },
  monitoring: {
    title: 'Monitoring',
    text: 'Watches every request at the endpoint: how many, how fast, how many fail, and whether the incoming data still looks like the training data.',
  },
  cloud: {
    title: 'The cloud',
    text: 'Rented machines that run the endpoint and the model all day, scale out (more machines) when many requests arrive, and are kept running by the provider.',
  },
} as const;
export type ProductionPart = keyof typeof PRODUCTION_PARTS;

/** The steps of one request through production, for the "send a request" walk-through. */
export const REQUEST_STEPS: readonly { part: ProductionPart; text: string }[] = [
  { part: 'users', text: 'A user types a penguin’s measurements into the application.' },
  { part: 'application', text: 'The application wraps them in an HTTP request: POST, a URL, headers, and a JSON body.' },
  { part: 'endpoint', text: 'The endpoint receives the request, validates the body and standardizes the numbers with the shipped scaler.' },
  { part: 'model', text: 'The model computes one probability per species.' },
  { part: 'monitoring', text: 'Monitoring records the request: its time, its status, and the input values.' },
  { part: 'endpoint', text: 'The endpoint sends back an HTTP response: a status code, headers, and the predictions as JSON.' },
  { part: 'application', text: 'The application shows the prediction to the user.' },
];
