import type { Question } from '../core/quiz/question';

type Choice = { id: string; text: string; correct: boolean; explanation: string };
/** A right option. */
const yes = (id: string, text: string, explanation: string): Choice => ({ id, text, correct: true, explanation });
/** A wrong option. */
const no = (id: string, text: string, explanation: string): Choice => ({ id, text, correct: false, explanation });

/** Review questions: the eight questions of the course, plus an ordering and a free-text check. */
const REVIEW: Question[] = [
  {
    id: 'review-workflow',
    kind: 'single',
    review: 'workflow',
    prompt: 'What is the machine-learning workflow?',
    options: [
      yes('cycle', 'A cycle of steps: get and prepare data, build and check a model, then deploy, monitor and update it.', 'Right. The steps fall in three phases: data, modeling and deployment. Monitoring loops back to new data, so it is a cycle.'),
      no('coding', 'Writing the code of a neural network.', 'Writing model code is only part of one step (training). The workflow also covers the data before it and the deployment after it.'),
      no('line', 'A straight line of steps that ends when the model is trained.', 'Training is in the middle, not at the end. After it come evaluation, deployment and monitoring, and monitoring leads back to the start.'),
      no('tools', 'A list of Python libraries used for data science.', 'Libraries are tools you use inside the steps. The workflow is the steps themselves and their order.'),
    ],
  },
  {
    id: 'review-workflow-order',
    kind: 'ordering',
    review: 'workflow',
    prompt: 'Put the steps of the machine-learning workflow in order, first step at the top.',
    items: [
      { id: 'retrieve', text: 'Retrieve the data', explanation: 'Everything starts with data: you fetch it from where it lives.' },
      { id: 'explore', text: 'Clean and explore the data', explanation: 'You look at the data and fix problems before any model sees it.' },
      { id: 'prepare', text: 'Prepare the data (split and standardize)', explanation: 'You split the clean data into three sets and put features on one scale.' },
      { id: 'train', text: 'Train the model', explanation: 'The model learns from the prepared training set.' },
      { id: 'tune', text: 'Tune it on the validation set', explanation: 'You compare settings on validation data, after a first training run.' },
      { id: 'evaluate', text: 'Evaluate it once on the test set', explanation: 'The test set comes last in modeling, when all choices are made.' },
      { id: 'deploy', text: 'Deploy it behind an endpoint', explanation: 'Only an evaluated model goes into production.' },
      { id: 'monitor', text: 'Monitor and update it', explanation: 'Once it serves requests you watch it, and loop back to new data when it needs an update.' },
    ],
  },
  {
    id: 'review-deployment-fit',
    kind: 'single',
    review: 'deployment-in-workflow',
    prompt: 'Where does deployment fit in the workflow?',
    options: [
      yes('after-eval', 'After the model is evaluated on the test set. It starts the last phase, which also holds monitoring and updates.', 'Right. Deployment takes a checked model and makes it available to applications. Monitoring and updating follow it.'),
      no('first', 'It is the first step: you deploy, then collect data.', 'You need a trained and evaluated model before there is anything to deploy.'),
      no('instead', 'It replaces evaluation: users test the model for you.', 'Skipping evaluation means shipping a model you have not measured. Users would find its mistakes for you.'),
      no('outside', 'It is outside the workflow. Other teams do it.', 'Other people may help, but deployment is a step of the workflow. Without it, nobody can use the model.'),
    ],
  },
  {
    id: 'review-cloud-computing',
    kind: 'single',
    review: 'cloud-computing',
    prompt: 'What is cloud computing?',
    options: [
      yes('rent', 'Using computers, storage and services over the network, on demand, and paying for what you use.', 'Right. You do not own the machines. You ask for capacity when you need it and give it back when you do not.'),
      no('usb', 'Keeping your files on an external drive.', 'An external drive is storage you own and carry. The cloud is capacity you rent from a provider over the network.'),
      no('any-internet', 'Any program that uses the internet.', 'Many programs use the internet without running on rented infrastructure. The cloud is about where the computing happens and who runs it.'),
      no('model-type', 'A kind of machine-learning model.', 'The cloud is where a model can run, not a kind of model.'),
    ],
  },
  {
    id: 'review-why-cloud',
    kind: 'multiple',
    review: 'why-cloud',
    prompt: 'Why do teams often deploy models in the cloud?',
    options: [
      yes('scale', 'It can add machines when many requests arrive, and remove them when traffic drops.', 'Right. This is scaling: capacity follows traffic.'),
      yes('available', 'The endpoint stays reachable all day, from anywhere.', 'Right. Providers run data centers built to stay up, so applications can call the model at any time.'),
      yes('managed', 'The provider keeps the machines running and patched.', 'Right. Managed infrastructure lets the team focus on the model instead of the hardware.'),
      yes('idle', 'You do not pay for your own hardware while it sits idle.', 'Right. You pay for what you use. Owning servers costs money even when no request arrives.'),
      no('accuracy', 'Models become more accurate in the cloud.', 'Wrong. The same model gives the same predictions wherever it runs. The cloud changes how it is served, not what it learned.'),
      no('free', 'The cloud has no costs or risks.', 'Wrong. Bills can grow fast, you can get tied to one provider (lock-in), and some data must stay in certain countries.'),
    ],
  },
  {
    id: 'review-missing-from-courses',
    kind: 'multiple',
    review: 'missing-from-curricula',
    prompt: 'Why is deployment often missing from machine-learning courses?',
    options: [
      yes('engineering', 'It is mostly software engineering, not statistics.', 'Right. Courses focus on models and math. Deployment is about APIs, servers and reliability.'),
      yes('infrastructure', 'It needs infrastructure: servers, cloud accounts, sometimes money.', 'Right. That is hard to set up for a whole class. This app runs the "cloud" inside your browser for that reason.'),
      yes('teams', 'In companies it spans several teams: data science, engineering and operations.', 'Right. No single role owns all of it, so no single course covers all of it.'),
      no('unimportant', 'Deployment does not matter much in practice.', 'Wrong. A model that is never deployed helps nobody. In practice, much of the work is in deployment and monitoring.'),
      no('no-tests', 'Deployed models do not need testing, so there is little to teach.', 'Wrong. Deployed code needs more testing, not less: its inputs come from strangers and its answers drive decisions.'),
    ],
  },
  {
    id: 'review-deployed-meaning',
    kind: 'single',
    review: 'deployed-meaning',
    prompt: 'What does it mean for a model to be deployed?',
    options: [
      yes('production', 'It runs in a production environment, where applications send it data through an endpoint and get predictions back.', 'Right. Deployed means available: other software can use the model, at any time, without your laptop.'),
      no('saved', 'It is saved to a file on your laptop.', 'A saved file is a step on the way. Nobody else can send it data yet.'),
      no('accurate', 'It reached a good accuracy on the test set.', 'A good score says the model is ready to deploy. It does not make it deployed.'),
      no('pushed', 'Its code is pushed to a Git repository.', 'Git stores code and its history. It does not run the model or answer requests.'),
    ],
  },
  {
    id: 'review-deployed-in-own-words',
    kind: 'free',
    review: 'deployed-meaning',
    prompt: 'In two or three sentences: what changes when a model goes from your notebook to deployed?',
    modelAnswer: 'In the notebook, only you can run the model, by hand, on data you loaded. Deployed, it runs in a production environment behind an endpoint. Any application can send it new data at any time and get predictions back, so it must check its inputs, be versioned, and be watched.',
    keyPoints: ['other applications can reach it through an endpoint', 'it runs without you, on new data', 'it must be reliable: validated inputs, versions, monitoring'],
  },
  {
    id: 'review-deployed-code',
    kind: 'multiple',
    review: 'deployed-code',
    prompt: 'Which of these are characteristics of good deployed model code?',
    options: [
      yes('versioned', 'Each model has a version, and you can tell which version answered a request.', 'Right. Versions let you compare, roll back and explain any prediction. Our endpoint returns an X-Model-Version header.'),
      yes('validates', 'It checks every input and rejects bad data with a clear error.', 'Right. Inputs come from other programs and can be wrong. Our endpoint answers 422 with the field that is wrong.'),
      yes('preprocessing', 'It ships the preprocessing (for example the training means and standard deviations) with the model.', 'Right. The endpoint must transform raw inputs exactly like the training data, or predictions go wrong.'),
      yes('stateless', 'Each request is handled on its own, without depending on earlier requests.', 'Right. Stateless code can run on many machines at once, and a request gives the same answer wherever it lands.'),
      no('test-set', 'It loads the test set on every request to check itself.', 'Wrong. The test set is for evaluation before deployment. Monitoring checks the live model instead.'),
      no('laptop', 'It depends on files that only exist on the data scientist\'s laptop.', 'Wrong. Deployed code must be reproducible: everything it needs is packaged with it.'),
    ],
  },
  {
    id: 'review-platforms',
    kind: 'multiple',
    review: 'platforms',
    prompt: 'Which of these can deploy a model behind an endpoint?',
    options: [
      yes('sagemaker', 'Amazon SageMaker', 'Right. SageMaker hosts models behind endpoints. Our API copies the shape of its invocations URL.'),
      yes('vertex', 'Google Cloud Vertex AI', 'Right. Vertex AI deploys models to endpoints that applications call for online predictions.'),
      yes('azure', 'Azure Machine Learning', 'Right. Azure Machine Learning has online endpoints for real-time predictions.'),
      yes('kserve', 'KServe (open source, on Kubernetes)', 'Right. KServe is open-source serving software that runs models behind HTTP endpoints on your own Kubernetes cluster.'),
      no('git', 'Git', 'Wrong. Git tracks changes to files. It does not run models.'),
      no('pandas', 'pandas', 'Wrong. pandas is a Python library for tables of data. It helps prepare data, not serve models.'),
    ],
  },
];

/** Stage questions: at least three per workflow stage. */
const STAGE_QUESTIONS: Question[] = [
  // retrieve
  {
    id: 'retrieve-method',
    kind: 'single',
    stage: 'retrieve',
    prompt: 'Which HTTP method does the page use to download the penguins CSV?',
    options: [
      yes('get', 'GET', 'Right. GET asks for a resource and changes nothing on the server.'),
      no('post', 'POST', 'POST sends data for the server to process, such as instances to predict. Downloading needs no body.'),
      no('put', 'PUT', 'PUT creates or replaces a resource. In our API it sets an endpoint\'s config.'),
      no('delete', 'DELETE', 'DELETE removes a resource. It would not give you the data.'),
    ],
  },
  {
    id: 'retrieve-raw-first',
    kind: 'single',
    stage: 'retrieve',
    prompt: 'Why look at the raw text of the data before using it?',
    options: [
      yes('spot', 'To spot problems early, such as empty cells, odd values or a wrong format.', 'Right. Our CSV has empty cells where birds were not measured. You want to know that before training.'),
      no('speed', 'It makes the download faster.', 'Looking at data does not change how fast it arrives.'),
      no('model', 'The model needs you to read it first.', 'The model never knows whether you looked. You look for your own sake, to find problems.'),
      no('format', 'It converts the CSV into JSON.', 'Reading text does not convert it. Conversion is a separate step you write code for.'),
    ],
  },
  {
    id: 'retrieve-sources',
    kind: 'multiple',
    stage: 'retrieve',
    prompt: 'Where can the data for a model come from?',
    options: [
      yes('database', 'A database', 'Right. Many companies keep their data in databases and query it.'),
      yes('bucket', 'A file in cloud storage (a bucket)', 'Right. Large data sets often sit as files in cloud storage.'),
      yes('api', 'A web API', 'Right. That is how this page gets the penguins: with a GET request to an API.'),
      no('weights', 'The model\'s own weights', 'Wrong. Weights are what training produces from the data. They are not the data.'),
    ],
  },
  // explore
  {
    id: 'explore-problems',
    kind: 'multiple',
    stage: 'explore',
    prompt: 'Which problems do you look for when cleaning data?',
    options: [
      yes('missing', 'Missing values', 'Right. Empty cells must be dropped or filled, or the model cannot use the row.'),
      yes('outliers', 'Outliers: values far from the rest', 'Right. An outlier can be a rare real value or an error. You check which before you remove it.'),
      yes('mistakes', 'Mistakes, such as a value in the wrong unit', 'Right. A body mass typed in kilograms instead of grams is a classic one.'),
      no('long-names', 'Columns with long names', 'Wrong. A long name is inconvenient but harmless. The model only sees the values.'),
    ],
  },
  {
    id: 'explore-scatter',
    kind: 'single',
    stage: 'explore',
    prompt: 'Why draw a scatter plot of two measurements, with one mark per species?',
    options: [
      yes('separate', 'To see which measurements separate the species well: the prominent features.', 'Right. If the groups form separate clouds, those features will help the model tell species apart.'),
      no('clean', 'To remove the missing values.', 'A plot shows data. It does not change it. Rows with missing values are simply left out of the plot.'),
      no('train', 'To train the model faster.', 'Plots are for you, not for the model. Training speed does not depend on them.'),
      no('prove', 'To prove the model will be accurate.', 'A plot can suggest that a task is easy. Only the test set measures the model.'),
    ],
  },
  {
    id: 'explore-unit-mistake',
    kind: 'single',
    stage: 'explore',
    prompt: 'Most body masses are between 2,700 and 6,300 grams. One row says 4.2. What is it most likely?',
    options: [
      yes('kilograms', 'A mistake: someone typed kilograms instead of grams.', 'Right. 4.2 kg is 4,200 g, a normal penguin. Fix it or drop the row; do not let the model learn from it.'),
      no('tiny', 'A real, very tiny penguin.', 'A 4-gram penguin is impossible. Use what you know about the world to spot mistakes.'),
      no('fine', 'A normal value. The model will handle it.', 'The model learns whatever the data says. A wrong value teaches it something wrong.'),
      no('missing', 'A missing value.', 'The cell is not empty. It holds a value, just a wrong one.'),
    ],
  },
  // prepare
  {
    id: 'prepare-why-standardize',
    kind: 'single',
    stage: 'prepare',
    prompt: 'Why do many models expect standardized features?',
    options: [
      yes('scale', 'It puts all features on one scale, so a feature does not dominate just because its numbers are big.', 'Right. Body mass is in thousands, bill depth under 25. After standardizing, both have mean 0 and standard deviation 1.'),
      no('more-data', 'It adds more rows to the data set.', 'Standardizing changes the values in each column. The number of rows stays the same.'),
      no('outliers', 'It removes outliers.', 'An outlier stays an outlier after standardizing. It is just measured in standard deviations.'),
      no('csv', 'CSV files require it.', 'CSV is a text format. It stores any numbers, scaled or not.'),
    ],
  },
  {
    id: 'prepare-split-purpose',
    kind: 'matching',
    stage: 'prepare',
    prompt: 'Match each data set with what it is used for.',
    pairs: [
      { id: 'training', left: 'Training set', right: 'The model learns its weights from it', explanation: 'The training set is the only data the model learns from.' },
      { id: 'validation', left: 'Validation set', right: 'You compare settings and choose one', explanation: 'The validation set is for your choices, such as the learning rate.' },
      { id: 'test', left: 'Test set', right: 'One final, honest measurement', explanation: 'The test set is used once, at the end, so its score stays honest.' },
    ],
  },
  {
    id: 'prepare-fit-on',
    kind: 'single',
    stage: 'prepare',
    prompt: 'The standardizer needs a mean and a standard deviation per feature. Which rows do you compute them on?',
    options: [
      yes('train', 'The training rows only. Then apply the same numbers to every set and to the endpoint.', 'Right. Fitting on training rows only keeps the other sets unseen. The numbers ship with the model.'),
      no('all', 'All rows, before splitting.', 'Then the test rows shape the numbers: information leaks from the test set into training.'),
      no('each', 'Each set on its own rows.', 'Then the same penguin would get different values in different sets. And the endpoint has no "set" to fit on.'),
      no('test', 'The test rows only.', 'That uses the test set before the end, and the training data would be scaled by numbers it never saw.'),
    ],
  },
  // train
  {
    id: 'train-what',
    kind: 'single',
    stage: 'train',
    prompt: 'What happens during training?',
    options: [
      yes('weights', 'The model\'s weights are adjusted, step by step, to make the loss on the training data smaller.', 'Right. The loss measures how wrong the predictions are. Training pushes it down.'),
      no('store', 'The model stores every training row to look up later.', 'A neural network keeps only its weights, not the rows. Our model has far fewer numbers than the data set.'),
      no('test', 'The model is checked on the test set after each step.', 'The test set stays untouched until the end. Training watches training and validation loss.'),
      no('rules', 'You write the rules that tell species apart.', 'In machine learning the model finds the rules from examples. You choose the model and the data.'),
    ],
  },
  {
    id: 'train-overfit',
    kind: 'single',
    stage: 'train',
    prompt: 'The training loss keeps falling, but the validation loss starts to rise. What is happening?',
    options: [
      yes('overfit', 'The model is memorizing the training data (overfitting).', 'Right. It gets better on rows it has seen and worse on new ones. Stop earlier or use a simpler model.'),
      no('good', 'The model keeps improving. Train longer.', 'Only on the training rows. The validation loss shows it is getting worse on new data.'),
      no('bug', 'The data set is broken.', 'This pattern is normal when training goes on too long. It does not mean the data is broken.'),
      no('lr', 'The learning rate is zero.', 'With a learning rate of zero nothing would change: both losses would stay flat.'),
    ],
  },
  {
    id: 'train-epoch',
    kind: 'single',
    stage: 'train',
    prompt: 'What is an epoch?',
    options: [
      yes('pass', 'One full pass over the training data.', 'Right. Training usually runs for many epochs.'),
      no('model', 'One trained model.', 'One model is trained over many epochs.'),
      no('row', 'One row of data.', 'A row is one example. An epoch goes over all of them once.'),
      no('time', 'One second of training.', 'Epochs count passes over the data, not time.'),
    ],
  },
  // tune
  {
    id: 'tune-hyperparameter',
    kind: 'single',
    stage: 'tune',
    prompt: 'What is a hyperparameter?',
    options: [
      yes('setting', 'A setting you choose before training, such as the learning rate or the number of hidden units.', 'Right. Training does not learn it. You try values and compare them.'),
      no('weight', 'A weight the model learns.', 'Weights are parameters: training sets them. Hyperparameters are set by you.'),
      no('feature', 'A column of the data.', 'That is a feature, such as flipper length.'),
      no('score', 'The accuracy on the test set.', 'That is a result of evaluation, not a setting.'),
    ],
  },
  {
    id: 'tune-which-set',
    kind: 'single',
    stage: 'tune',
    prompt: 'You trained three models with different learning rates. Which set do you use to pick the best one?',
    options: [
      yes('validation', 'The validation set', 'Right. It is held out from training, and it exists to support exactly this choice.'),
      no('training', 'The training set', 'A model can score well on rows it learned from just by memorizing them. That says little about new data.'),
      no('test', 'The test set', 'If the test score picks the model, it is no longer an honest estimate. Keep it for the very end.'),
      no('all', 'All rows together', 'That mixes in the training rows and the test rows, with both problems above.'),
    ],
  },
  {
    id: 'tune-why-not-test',
    kind: 'free',
    stage: 'tune',
    prompt: 'Explain why you must not choose your settings by their test score.',
    modelAnswer: 'The test score should estimate how the model does on data it has never seen. If you pick settings because they score best on the test set, the test set has shaped your model. Its score becomes too optimistic, and you have nothing honest left to measure with.',
    keyPoints: ['the test score must stay an honest estimate', 'choosing by it makes the test set part of training', 'use the validation set for choices'],
  },
  // evaluate
  {
    id: 'evaluate-when',
    kind: 'single',
    stage: 'evaluate',
    prompt: 'When do you use the test set?',
    options: [
      yes('once', 'Once, after all choices are made.', 'Right. Then its score tells how the model will do on new penguins.'),
      no('each-epoch', 'After every epoch of training.', 'That is what the validation loss is for. Looking at the test set often turns it into a second validation set.'),
      no('tuning', 'While tuning, to compare settings.', 'Comparing settings is the job of the validation set.'),
      no('never', 'Never; the validation score is enough.', 'The validation score helped you choose, so it is slightly optimistic. The test set gives the final, honest number.'),
    ],
  },
  {
    id: 'evaluate-confusion',
    kind: 'single',
    stage: 'evaluate',
    prompt: 'What does a confusion matrix show?',
    options: [
      yes('mixups', 'For each true species, how often the model predicted each species: which ones get mixed up.', 'Right. The diagonal holds the right answers. Everything else is a mix-up.'),
      no('loss', 'How the loss changed during training.', 'That is the loss curve from the training step.'),
      no('features', 'Which features are most important.', 'A confusion matrix counts predictions. It says nothing about features.'),
      no('accuracy-only', 'Only the overall accuracy.', 'It shows much more: accuracy alone hides which species are confused.'),
    ],
  },
  {
    id: 'evaluate-baseline',
    kind: 'single',
    stage: 'evaluate',
    prompt: 'Why compare your model with a baseline that always guesses the most common species?',
    options: [
      yes('beat', 'To check the model learned more than "guess the common answer".', 'Right. Such a baseline is right surprisingly often. A useful model beats it by a wide margin.'),
      no('replace', 'Because the baseline may be deployed instead.', 'It could be, in theory, but that is not why we compute it. It is a yardstick.'),
      no('train', 'The baseline is needed to train the model.', 'Training does not use the baseline. It is only computed for comparison.'),
      no('same', 'Because they should have the same accuracy.', 'If they did, your model would have learned nothing useful.'),
    ],
  },
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
      yes('rules', 'A set of rules for programs to talk over HTTP: resources have URLs, and methods say what to do with them.', 'Right. GET reads, PUT creates or replaces, DELETE removes, and POST sends data to process.'),
      no('library', 'A Python library for machine learning.', 'REST is a style of API, not a library. Any language can use it.'),
      no('sleep', 'A pause that lets the server recover.', 'A play on words, but no. In our API a busy endpoint says so with 503 and Retry-After.'),
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
      { id: 's503', left: '503 Service Unavailable', right: 'No model version serves traffic; try again later', explanation: '5xx means the server side has a problem. 503 comes with Retry-After.' },
    ],
  },
  {
    id: 'inspect-status-families',
    kind: 'single',
    stage: 'inspect',
    prompt: 'Your request gets a 4xx status code. Where is the problem?',
    options: [
      yes('client', 'In the request: the client sent something the server cannot accept.', 'Right. 4xx is the client error family. Read the body: our API says what to fix.'),
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
      yes('inputs-change', 'The data the model receives slowly becomes different from its training data.', 'Right. For example, penguins from a new island. The model was never trained for them.'),
      no('weights', 'The model\'s weights change on their own over time.', 'A deployed model\'s weights stay fixed until you deploy a new version.'),
      no('latency', 'Requests become slower.', 'That is a latency problem, which you also monitor. Drift is about the data.'),
      no('errors', 'The endpoint returns more 500 errors.', 'Drift usually causes no errors at all. That is what makes it dangerous.'),
    ],
  },
  {
    id: 'monitor-silent',
    kind: 'single',
    stage: 'monitor',
    prompt: 'Every request gets 200 OK, yet the predictions are getting worse. How can that be?',
    options: [
      yes('drift', 'The inputs have drifted: the model answers confidently, but on data unlike what it learned from.', 'Right. A status code only says the request worked, not that the prediction is right.'),
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

/** Every question of the quiz, review questions first, then stage by stage in workflow order. */
export const QUIZ_BANK: readonly Question[] = [...REVIEW, ...STAGE_QUESTIONS];
