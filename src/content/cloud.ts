/** A lesson section: a heading, paragraphs, and an optional list. */
export interface CloudSection {
  id: string;
  title: string;
  paragraphs: string[];
  points?: { term: string; text: string }[];
}

/** One characteristic of deployed model code, and where this app shows it. */
export interface Characteristic {
  id: string;
  name: string;
  text: string;
  /** A route of this app, optionally with a hash. */
  seeIt: { to: string; label: string };
}

/** One serving platform: how a model gets deployed on it and how an application calls it. Facts only. */
export interface Platform {
  id: string;
  name: string;
  kind: string;
  deploy: string;
  call: string;
}

/*
 * Sources for the platform facts: AWS, "Amazon SageMaker AI" developer guide (InvokeEndpoint; Model Monitor closed to new
 * customers); Microsoft Learn, "Authenticate clients for online endpoints" (key, aml_token, aad_token); KServe docs,
 * "Canary Rollout Strategy" (serverless deployment mode only) and the Open Inference Protocol (REST and gRPC); MLflow docs,
 * "Deploy MLflow models" (/invocations with dataframe_split, dataframe_records, instances or inputs, or CSV).
 */
export const CLOUD_SECTIONS: CloudSection[] = [
  {
    id: 'what',
    title: 'What cloud computing is',
    paragraphs: [
      'Cloud computing means using computers, storage and services that someone else runs, over the network. You ask for them when you need them and pay for what you use.',
      'Instead of buying a server, you rent one for an hour. Instead of buying disks, you pay per gigabyte stored. Providers also sell ready-made services, such as databases or model hosting.',
    ],
  },
  {
    id: 'why',
    title: 'Why the cloud suits deployed models',
    paragraphs: ['A deployed model must answer whenever an application calls it. The cloud helps with that in five ways.'],
    points: [
      { term: 'Scaling', text: 'More machines can serve the endpoint when traffic grows (scaling out), and fewer when it drops. A bigger machine instead of more machines is scaling up.' },
      { term: 'Availability', text: 'Providers run several data centers, so an endpoint can keep answering when one machine fails.' },
      { term: 'Managed infrastructure', text: 'The provider installs, patches and replaces the machines. Your team looks after the model.' },
      { term: 'No idle hardware', text: 'A server you own costs money even at night, with no requests. Rented capacity can shrink with the traffic.' },
      { term: 'Security and monitoring services', text: 'Access control, encryption, logs and metrics come built in, ready to connect to your endpoint.' },
    ],
  },
  {
    id: 'risks',
    title: 'Risks and costs',
    paragraphs: ['The cloud is not free of problems. Three come up again and again.'],
    points: [
      { term: 'Lock-in', text: 'Code written for one provider\'s services can be hard to move to another.' },
      { term: 'Data residency', text: 'Some data (health records, for example) may by law have to stay in a given country or on your own machines.' },
      { term: 'Bills', text: 'Pay-as-you-go also means a forgotten endpoint or a traffic spike keeps costing money. Set budgets and alerts.' },
    ],
  },
  {
    id: 'missing',
    title: 'Why deployment is often missing from machine-learning courses',
    paragraphs: [
      'Most courses stop once the model is evaluated. There are three reasons.',
    ],
    points: [
      { term: 'It is engineering', text: 'Deployment is about APIs, servers and reliability, more than statistics.' },
      { term: 'It needs infrastructure', text: 'Servers and cloud accounts are hard to give a whole class. This app runs its "cloud" in your browser for that reason.' },
      { term: 'It spans teams', text: 'In companies, data scientists, software engineers and operations share the work, so no single course owns it.' },
    ],
  },
  {
    id: 'deployed',
    title: 'What "deployed" means',
    paragraphs: [
      'A model is deployed when it runs in a production environment where applications can reach it. An application sends data to the model\'s endpoint and gets predictions back, at any time, without anyone opening a notebook.',
      'In Python terms: the application is the program, the model is the function ml_model, and the endpoint is the call predictions = ml_model(user_data). Deployment turns that call into a request over the network, usually an HTTP request.',
    ],
  },
];

export const CHARACTERISTICS: Characteristic[] = [
  { id: 'versioned', name: 'Versioned', text: 'Every model has a version, and every answer says which version gave it. That makes comparisons and rollbacks possible.', seeIt: { to: '/deploy/endpoint', label: 'Model versions behind the endpoint' } },
  { id: 'reproducible', name: 'Reproducible', text: 'The same data, seed and settings give the same model. Anyone can rebuild it.', seeIt: { to: '/data/prepare', label: 'The seeded split' } },
  { id: 'validated', name: 'Validated inputs', text: 'Every request is checked. Bad input gets a clear error (400, 415 or 422), never a crash.', seeIt: { to: '/deploy/inspect', label: 'Send a bad request in the inspector' } },
  { id: 'preprocessing', name: 'Preprocessing shipped with the model', text: 'The means and standard deviations fitted on the training set travel with the model, and the endpoint applies them to raw inputs.', seeIt: { to: '/data/prepare', label: 'Fit the standardizer' } },
  { id: 'monitored', name: 'Monitored', text: 'Traffic, errors, latency and the input data are watched, so problems and drift are seen early.', seeIt: { to: '/deploy/monitor', label: 'Monitoring' } },
  { id: 'tested', name: 'Tested', text: 'The model is measured on a held-out test set before release, and the endpoint\'s answers are checked against its contract.', seeIt: { to: '/model/evaluate', label: 'Evaluate on the test set' } },
  { id: 'contract', name: 'Documented contract', text: 'Callers can read which inputs the endpoint accepts and what it returns, including its errors.', seeIt: { to: '/deploy/inspect', label: 'Describe the endpoint (GET)' } },
  { id: 'stateless', name: 'Stateless per request', text: 'Each request carries everything needed to answer it. Any copy of the endpoint gives the same answer, so it can scale out.', seeIt: { to: '/deploy/inspect', label: 'Send the same request twice' } },
  { id: 'secure', name: 'Secure', text: 'Only allowed callers get in, over HTTPS. This app skips logins because everything runs in your browser; real platforms require a key or a token.', seeIt: { to: '#platforms', label: 'How each platform authenticates calls' } },
];

export const PLATFORMS: Platform[] = [
  {
    id: 'sagemaker',
    name: 'Amazon SageMaker AI',
    kind: 'Managed cloud service (AWS; called Amazon SageMaker until 2024)',
    deploy: 'Create a model (a container image plus model files in S3), an endpoint configuration (instance type and count, one or more variants with traffic weights), then an endpoint.',
    call: 'HTTPS POST to the SageMaker Runtime InvokeEndpoint API, at …/endpoints/{name}/invocations, signed with AWS credentials. Our API copies this path.',
  },
  {
    id: 'vertex',
    name: 'Google Cloud Vertex AI',
    kind: 'Managed cloud service (Google Cloud)',
    deploy: 'Upload the model to the Model Registry (prebuilt or custom container), create an endpoint, then deploy the model to it with a machine type, replica counts and a traffic split.',
    call: 'HTTPS POST to …/endpoints/{id}:predict with a JSON body {"instances": [...]} and an OAuth 2.0 access token; the answer holds "predictions".',
  },
  {
    id: 'azure',
    name: 'Azure Machine Learning',
    kind: 'Managed cloud service (Microsoft Azure)',
    deploy: 'Register the model, create a managed online endpoint, then add one or more deployments (model, environment, instance type and count) and split traffic between them.',
    call: 'HTTPS POST to the endpoint\'s scoring URI with a credential in the Authorization header: a key, an Azure Machine Learning token (aml_token) or a Microsoft Entra token (aad_token), as the endpoint\'s auth mode says.',
  },
  {
    id: 'kserve',
    name: 'KServe',
    kind: 'Open source, runs on Kubernetes',
    deploy: 'Apply an InferenceService resource that names the model format and where the model files are stored. KServe starts the server and can scale it. Canary rollouts (canaryTrafficPercent) work only in its serverless mode.',
    call: 'HTTP POST to /v1/models/{name}:predict with {"instances": [...]}, or /v2/models/{name}/infer (Open Inference Protocol). The V2 protocol also has a gRPC form.',
  },
  {
    id: 'mlflow',
    name: 'MLflow',
    kind: 'Open source',
    deploy: 'Log the model in MLflow format, then run mlflow models serve on it, or build a Docker image of it with mlflow models build-docker.',
    call: 'HTTP POST to /invocations with JSON ({"dataframe_split": …}, {"dataframe_records": …}, {"instances": …} or {"inputs": …}) or CSV.',
  },
  {
    id: 'bentoml',
    name: 'BentoML',
    kind: 'Open source',
    deploy: 'Write a Python service class whose methods are marked as APIs, run it with bentoml serve, or package it as a "Bento" and build a container image.',
    call: 'HTTP POST to /{method name} with a JSON body; each API method is its own path.',
  },
];
